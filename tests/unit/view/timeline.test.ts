import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/domain/dataset/schema";
import { buildTimeline, inRange, isEventType, rangeBetween } from "../../../src/domain/view/timeline";

type Dated = { start?: string; end?: string };
const dataset = (edges: (Dated & { type: string })[], events: Dated[] = []) =>
  ({
    nodeTypes: [
      { id: "state", label: "State" },
      { id: "event", label: "Event" },
    ],
    relationshipTypes: [{ id: "trains" }, { id: "funds" }],
    nodes: [
      { id: "s", type: "state", start: "1900" },
      ...events.map((e, i) => ({ id: `e${i}`, type: "event", ...e })),
    ],
    edges: edges.map((e, i) => ({ id: `r${i}`, source: "s", target: "s", citations: [], ...e })),
  }) as unknown as Dataset;

const summary = (d: Dataset) => {
  const t = buildTimeline(d);
  return {
    bins: t.bins.map((b) => [b.year, b.total, Object.fromEntries(b.relationshipsByType), b.events]),
    peak: t.peak,
    undated: t.undatedRelationships,
  };
};

describe("buildTimeline", () => {
  it.each([
    ["nothing dated", dataset([{ type: "trains" }]), { bins: [], peak: 1, undated: 1 }],
    [
      "counted once, in the start year, empty years kept, types in vocabulary order",
      dataset([
        { type: "funds", start: "2001-05", end: "2010" },
        { type: "trains", start: "2001" },
        { type: "trains", start: "2003-02-01" },
      ]),
      {
        bins: [
          [2001, 2, { trains: 1, funds: 1 }, 0],
          [2002, 0, {}, 0],
          [2003, 1, { trains: 1 }, 0],
        ],
        peak: 2,
        undated: 0,
      },
    ],
    [
      "an end only counts in the end year; events count beside relationships; other actors do not",
      dataset(
        [{ type: "funds", end: "1999" }, { type: "trains" }],
        [{ start: "1999" }, { start: "2000", end: "2001" }],
      ),
      {
        bins: [
          [1999, 2, { funds: 1 }, 1],
          [2000, 1, {}, 1],
        ],
        peak: 2,
        undated: 1,
      },
    ],
  ])("%s", (_, d, expected) => expect(summary(d)).toEqual(expected));
});

describe("isEventType", () => {
  it.each([
    [{ id: "event", label: "Event" }, true],
    [{ id: "attack", label: "Events and attacks" }, true],
    [{ id: "state", label: "State" }, false],
    [{ id: "eventual", label: "Eventually" }, false],
  ])("%j", (type, expected) => expect(isEventType(type)).toBe(expected));
});

describe("rangeBetween and inRange", () => {
  const bins = buildTimeline(
    dataset([
      { type: "trains", start: "1990" },
      { type: "trains", start: "2000" },
    ]),
  ).bins;
  it.each([
    [1995, 1992, { from: 1992, to: 1995 }],
    [1980, 2030, { from: 1990, to: 2000 }],
    [1993, 1993, { from: 1993, to: 1993 }],
  ])("%i..%i", (a, b, expected) => expect(rangeBetween(a, b, bins)).toEqual(expected));
  it.each([
    [1995, null, true],
    [1995, { from: 1996 }, false],
    [1995, { to: 1995 }, true],
    [1995, { from: 1990, to: 1994 }, false],
  ])("%i in %j", (year, range, expected) => expect(inRange(year, range)).toBe(expected));
});
