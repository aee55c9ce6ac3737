import { describe, expect, it } from "vitest";
import {
  citationsOfNode,
  describeSource,
  numberSources,
  safeHttpUrl,
} from "../../../src/domain/dataset/citations";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { smallDataset } from "../../fixtures/smallDataset";
import { formatDateRange, formatPartialDate } from "../../../src/domain/dataset/dates";

describe("safeHttpUrl", () => {
  it.each([
    ["https://example.org/a?b=1", "https://example.org/a?b=1"],
    ["http://example.org", "http://example.org/"],
    ["javascript:alert(1)", undefined],
    ["JavaScript:alert(1)", undefined],
    ["data:text/html,<b>x</b>", undefined],
    ["file:///etc/passwd", undefined],
    ["ftp://example.org", undefined],
    ["not a url", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("%s -> %s", (url, expected) => {
    expect(safeHttpUrl(url)).toBe(expected);
  });
});

describe("formatPartialDate and formatDateRange", () => {
  it.each([
    ["1983", "1983"],
    ["2019-04", "April 2019"],
    ["2019-04-15", "15 April 2019"],
  ])("%s reads %s", (date, text) => expect(formatPartialDate(date)).toBe(text));

  it.each([
    [undefined, undefined, ""],
    ["2003", "2011", "2003 – 2011"],
    ["2019", undefined, "from 2019"],
    [undefined, "2018-05", "until May 2018"],
    ["1983", "1983", "1983"],
  ])("%s..%s reads %j", (start, end, text) => expect(formatDateRange(start, end)).toBe(text));
});

describe("numberSources", () => {
  const index = indexDataset(smallDataset());
  it("numbers each source once, in order of first use, skipping unknown ones", () => {
    const numbers = numberSources(
      [{ source: "treasury" }, { source: "article" }, { source: "treasury" }, { source: "missing" }],
      index,
    );
    expect([...numbers]).toEqual([
      ["treasury", 1],
      ["article", 2],
    ]);
  });

  it("collects a node's citations with its attributes'", () => {
    const quds = index.nodesById.get("quds-force")!;
    expect(citationsOfNode(quds).map((c) => c.quote)).toEqual([
      "Iran’s Quds Force is in charge",
      "about 10,000 to 20,000 members",
    ]);
  });

  it("describes a source by publisher and date", () => {
    expect(describeSource(index.sourcesById.get("treasury")!)).toBe(
      "U.S. Department of the Treasury · 25 October 2007",
    );
    expect(describeSource(index.sourcesById.get("article")!)).toBe("");
  });
});
