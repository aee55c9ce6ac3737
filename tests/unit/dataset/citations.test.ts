import { describe, expect, it } from "vitest";
import {
  citationsOfEdge,
  citationsOfNode,
  describeSource,
  isClaimedOnly,
  numberSources,
  safeHttpUrl,
  stanceTag,
  stanceWords,
  statedAs,
  type StatedAs,
} from "../../../src/domain/dataset/citations";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import type { Citation } from "../../../src/domain/dataset/schema";
import { smallDataset, smallDatasetWithStances } from "../../fixtures/smallDataset";
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

describe("how a source states a claim", () => {
  const fact: Citation = { source: "a" };
  const explicitFact: Citation = { source: "a", stance: "fact" };
  const claim: Citation = { source: "a", stance: "claim", claimedBy: "the Treasury" };
  const anonymous: Citation = { source: "a", stance: "claim" };
  const disputed: Citation = { source: "a", stance: "disputed", note: "Dated 1979 elsewhere." };

  it.each<[string, Citation, string | undefined, string | undefined]>([
    ["no stance: a fact", fact, undefined, undefined],
    ["an explicit fact", explicitFact, undefined, undefined],
    ["a claim", claim, "Reported as a claim by the Treasury", "claim of the Treasury"],
    ["a claim without its claimant", anonymous, "Reported as a claim", "claim"],
    ["a disputed point", disputed, "The sources disagree", "disputed"],
  ])("%s: the panel's words and the export's tag", (_name, citation, words, tag) => {
    expect(stanceWords(citation)).toBe(words);
    expect(stanceTag(citation)).toBe(tag);
  });

  it.each<[string, Citation[], StatedAs, boolean]>([
    ["every citation a fact", [fact, explicitFact], "fact", false],
    ["nothing cited", [], "fact", false],
    ["a fact and a claim", [fact, claim], "mixed", false],
    ["a fact and a disputed point", [disputed, fact], "mixed", false],
    ["claims only", [claim, anonymous], "claim", true],
    ["a disputed point only", [disputed], "disputed", true],
    ["a claim and a disputed point", [claim, disputed], "disputed", true],
  ])("%s: stated as %s", (_name, citations, stated, claimedOnly) => {
    expect(statedAs(citations)).toBe(stated);
    expect(isClaimedOnly(citations)).toBe(claimedOnly);
  });

  it("collects a relationship's citations with its attributes'", () => {
    const edge = indexDataset(smallDatasetWithStances()).edgesById.get("us-sanctions-quds-force")!;
    expect(citationsOfEdge(edge).map((c) => c.quote ?? c.locator)).toEqual([
      "press release",
      "freezes assets",
    ]);
  });
});
