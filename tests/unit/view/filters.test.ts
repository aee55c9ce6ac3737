import { describe, expect, it } from "vitest";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import {
  activeFilterCount,
  applyView,
  DEFAULT_FILTERS,
  DEFAULT_VIEW_SPEC,
  isHideIsolatedOn,
  toggleListValue,
  type TypeCount,
} from "../../../src/domain/view/filters";
import { smallDataset, smallDatasetWithStances } from "../../fixtures/smallDataset";
import { graphDataset, viewDataset } from "../../fixtures/viewDataset";
import { datasetYearSpan, dateSpanYears } from "../../../src/domain/dataset/dates";
import { type Focus, type PathQuery, type ViewFilters, type ViewSpec } from "../../../src/domain/view/types";

const dataset = viewDataset();
const index = indexDataset(dataset);

const ALL_NODES = dataset.nodes.map((n) => n.id).sort();
const ALL_EDGES = dataset.edges.map((e) => e.id).sort();
const ALL_RELATIONSHIP_TYPES = dataset.relationshipTypes.map((t) => t.id);

// Short names for the fixture's edges (see the picture in tests/fixtures/viewDataset.ts).
const E = {
  iranFunds: "iran-funds-quds-force",
  trainsHezbollah: "quds-force-trains-hezbollah",
  trainsKataib: "quds-force-trains-kataib-hezbollah",
  houthisAllied: "hezbollah-allied-houthis",
  sanctions: "united-states-sanctions-quds-force",
  leads: "soleimani-leads-quds-force",
  strike: "airport-strike-targets-soleimani",
  oldFunds: "iran-funds-old-militia",
  islands: "island-a-allied-island-b",
};

function specOf(
  filters: Partial<ViewFilters> = {},
  focus: Focus | null = null,
  path: PathQuery | null = null,
) {
  return { filters: { ...DEFAULT_FILTERS, ...filters }, focus, path } satisfies ViewSpec;
}

function without(all: readonly string[], ...ids: string[]): string[] {
  return all.filter((id) => !ids.includes(id));
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe("applyView: filters", () => {
  it.each<[string, Partial<ViewFilters>, string[], string[]]>([
    ["no filters: everything, isolated actors included", {}, ALL_NODES, ALL_EDGES],
    [
      "a hidden relationship type removes exactly its edges",
      { hiddenRelationshipTypes: ["trains"], hideIsolated: false },
      ALL_NODES,
      without(ALL_EDGES, E.trainsHezbollah, E.trainsKataib),
    ],
    [
      "a hidden actor type removes its actors and their edges",
      { hiddenNodeTypes: ["person"], hideIsolated: false },
      without(ALL_NODES, "soleimani"),
      without(ALL_EDGES, E.leads, E.strike),
    ],
    [
      "every relationship type hidden, isolated actors shown",
      { hiddenRelationshipTypes: ALL_RELATIONSHIP_TYPES, hideIsolated: false },
      ALL_NODES,
      [],
    ],
    [
      "every relationship type hidden, isolated rule automatic",
      { hiddenRelationshipTypes: ALL_RELATIONSHIP_TYPES },
      [],
      [],
    ],
    [
      "2000-2005 keeps overlapping, ongoing and undated elements",
      { years: { from: 2000, to: 2005 }, hideIsolated: false },
      without(ALL_NODES, "airport-strike", "old-militia"),
      [E.iranFunds, E.trainsHezbollah, E.trainsKataib, E.houthisAllied, E.leads, E.islands].sort(),
    ],
    [
      "2000-2005 without undated relationships",
      { years: { from: 2000, to: 2005 }, includeUndated: false, hideIsolated: false },
      without(ALL_NODES, "airport-strike", "old-militia"),
      [E.iranFunds, E.trainsHezbollah, E.trainsKataib, E.leads].sort(),
    ],
    [
      "open-ended 2010-: ongoing elements stay, ended ones go",
      { years: { from: 2010 }, hideIsolated: false },
      without(ALL_NODES, "old-militia"),
      [E.iranFunds, E.trainsKataib, E.houthisAllied, E.leads, E.strike, E.islands].sort(),
    ],
    [
      "open-started -1985: later-founded actors go",
      { years: { to: 1985 }, hideIsolated: false },
      ["hezbollah", "iran", "island-a", "island-b", "lone-cell", "old-militia", "united-states"],
      [E.oldFunds, E.islands].sort(),
    ],
    [
      "2007 alone: a point-in-time relationship inside the range",
      { years: { from: 2007, to: 2007 }, hideIsolated: false },
      without(ALL_NODES, "airport-strike", "old-militia"),
      [E.iranFunds, E.trainsKataib, E.houthisAllied, E.sanctions, E.leads, E.islands].sort(),
    ],
    [
      "2021-: an ongoing relationship goes when its endpoint ended",
      { years: { from: 2021 }, hideIsolated: false },
      without(ALL_NODES, "airport-strike", "old-militia", "soleimani"),
      [E.iranFunds, E.trainsKataib, E.houthisAllied, E.islands].sort(),
    ],
    ["an empty year range filters nothing", { years: {} }, ALL_NODES, ALL_EDGES],
    [
      "one source: its claims, their endpoints, and actors citing it in an attribute",
      { sources: ["treasury"], hideIsolated: false },
      ["quds-force", "soleimani", "united-states"],
      [E.sanctions],
    ],
    [
      "one source, isolated rule automatic",
      { sources: ["treasury"] },
      ["quds-force", "united-states"],
      [E.sanctions],
    ],
    [
      "another source: endpoints are shown though they cite other sources",
      { sources: ["report"], hideIsolated: false },
      ["iran", "kataib-hezbollah", "quds-force", "soleimani"],
      [E.iranFunds, E.leads, E.trainsKataib].sort(),
    ],
    [
      "a source whose claim loses an endpoint to another filter",
      { sources: ["treasury"], hiddenNodeTypes: ["state"], hideIsolated: false },
      ["soleimani"],
      [],
    ],
    ["no sources chosen: nothing", { sources: [], hideIsolated: false }, [], []],
    ["hiding isolated actors explicitly", { hideIsolated: true }, without(ALL_NODES, "lone-cell"), ALL_EDGES],
    [
      "automatic isolated rule on with a filter",
      { hiddenRelationshipTypes: ["targets"] },
      without(ALL_NODES, "lone-cell", "airport-strike"),
      without(ALL_EDGES, E.strike),
    ],
    [
      "showing isolated actors explicitly with a filter",
      { hiddenRelationshipTypes: ["targets"], hideIsolated: false },
      ALL_NODES,
      without(ALL_EDGES, E.strike),
    ],
  ])("%s", (_name, filters, nodes, edges) => {
    const graph = applyView(index, specOf(filters));
    expect(sorted(graph.nodeIds)).toEqual(nodes);
    expect(sorted(graph.edgeIds)).toEqual(edges);
    expect(sorted(graph.filteredEdgeIds)).toEqual(edges);
    expect(graph.notices).toEqual([]);
  });
});

describe("applyView: focus", () => {
  const focus = (nodeIds: string[], hops: Focus["hops"]): Focus => ({ nodeIds, hops });

  it.each<[string, Partial<ViewFilters>, Focus, string[], string[]]>([
    ["houthis, 1 hop", {}, focus(["houthis"], 1), ["hezbollah", "houthis"], [E.houthisAllied]],
    [
      "houthis, 2 hops",
      {},
      focus(["houthis"], 2),
      ["hezbollah", "houthis", "quds-force"],
      [E.houthisAllied, E.trainsHezbollah].sort(),
    ],
    [
      "houthis, 3 hops",
      {},
      focus(["houthis"], 3),
      ["hezbollah", "houthis", "iran", "kataib-hezbollah", "quds-force", "soleimani", "united-states"],
      [E.houthisAllied, E.trainsHezbollah, E.iranFunds, E.trainsKataib, E.sanctions, E.leads].sort(),
    ],
    [
      "quds force, 1 hop, in either direction",
      {},
      focus(["quds-force"], 1),
      ["hezbollah", "iran", "kataib-hezbollah", "quds-force", "soleimani", "united-states"],
      [E.iranFunds, E.trainsHezbollah, E.trainsKataib, E.sanctions, E.leads].sort(),
    ],
    [
      "expands over kept relationship types only",
      { hiddenRelationshipTypes: ["trains"] },
      focus(["houthis"], 3),
      ["hezbollah", "houthis"],
      [E.houthisAllied],
    ],
    [
      "expands over edges kept by the time filter only",
      { years: { from: 2010 } },
      focus(["quds-force"], 1),
      ["iran", "kataib-hezbollah", "quds-force", "soleimani"],
      [E.iranFunds, E.trainsKataib, E.leads].sort(),
    ],
    [
      "two focused actors in different parts",
      {},
      focus(["kataib-hezbollah", "island-a"], 1),
      ["island-a", "island-b", "kataib-hezbollah", "quds-force"],
      [E.islands, E.trainsKataib].sort(),
    ],
    ["a focused isolated actor stays", {}, focus(["lone-cell"], 2), ["lone-cell"], []],
  ])("%s", (_name, filters, theFocus, nodes, edges) => {
    const graph = applyView(index, specOf(filters, theFocus));
    expect(sorted(graph.nodeIds)).toEqual(nodes);
    expect(sorted(graph.edgeIds)).toEqual(edges);
    expect(graph.notices).toEqual([]);
  });

  it("keeps the filtered edges, not the focused ones, for the path finder", () => {
    const graph = applyView(index, specOf({}, focus(["houthis"], 1)));
    expect(sorted(graph.filteredEdgeIds)).toEqual(ALL_EDGES);
  });

  it.each<[string, Partial<ViewFilters>, Focus, string[], string[]]>([
    [
      "the only focused actor is hidden: nothing to show",
      { hiddenNodeTypes: ["person"] },
      focus(["soleimani"], 2),
      [],
      ['Focus: "Qasem Soleimani" is hidden by the current filters.'],
    ],
    [
      "one of two focused actors is hidden",
      { hiddenNodeTypes: ["person"] },
      focus(["soleimani", "kataib-hezbollah"], 1),
      ["kataib-hezbollah", "quds-force"],
      ['Focus: "Qasem Soleimani" is hidden by the current filters.'],
    ],
    [
      "a focused actor the dataset lacks",
      {},
      focus(["nobody"], 1),
      [],
      ['Focus: "nobody" is not in this dataset.'],
    ],
  ])("%s", (_name, filters, theFocus, nodes, notices) => {
    const graph = applyView(index, specOf(filters, theFocus));
    expect(sorted(graph.nodeIds)).toEqual(nodes);
    expect(graph.notices).toEqual(notices);
  });

  it("treats an empty focus as no focus", () => {
    const graph = applyView(index, specOf({}, focus([], 1)));
    expect(sorted(graph.nodeIds)).toEqual(ALL_NODES);
  });
});

describe("applyView: path query", () => {
  const path = (from: string, to: string): PathQuery => ({ from, to, directed: false });

  it("changes nothing that is visible", () => {
    const withPath = applyView(index, specOf({ years: { from: 2010 } }, null, path("iran", "houthis")));
    const withoutPath = applyView(index, specOf({ years: { from: 2010 } }));
    expect(sorted(withPath.nodeIds)).toEqual(sorted(withoutPath.nodeIds));
    expect(sorted(withPath.edgeIds)).toEqual(sorted(withoutPath.edgeIds));
  });

  it("keeps its ends through the isolated rule", () => {
    const graph = applyView(index, specOf({ hideIsolated: true }, null, path("lone-cell", "iran")));
    expect(graph.nodeIds.has("lone-cell")).toBe(true);
    expect(graph.notices).toEqual([]);
  });

  it.each<[string, Partial<ViewFilters>, Focus | null, PathQuery, string[]]>([
    [
      "an end hidden by the filters",
      { hiddenNodeTypes: ["person"] },
      null,
      path("soleimani", "iran"),
      ['Path: "Qasem Soleimani" is hidden by the current filters.'],
    ],
    [
      "an end outside the focus",
      {},
      { nodeIds: ["houthis"], hops: 1 },
      path("houthis", "iran"),
      ['Path: "Iran" is outside the current focus.'],
    ],
    [
      "an end the dataset lacks",
      {},
      null,
      path("iran", "nobody"),
      ['Path: "nobody" is not in this dataset.'],
    ],
  ])("explains %s", (_name, filters, theFocus, query, notices) => {
    expect(applyView(index, specOf(filters, theFocus, query)).notices).toEqual(notices);
  });
});

describe("applyView: counts per type", () => {
  it("counts every declared type, including unused ones, in dataset order", () => {
    const graph = applyView(index, DEFAULT_VIEW_SPEC);
    expect([...graph.nodeTypeCounts]).toEqual([
      ["state", { visible: 2, total: 2 }],
      ["group", { visible: 8, total: 8 }],
      ["person", { visible: 1, total: 1 }],
      ["event", { visible: 1, total: 1 }],
    ]);
    expect([...graph.relationshipTypeCounts]).toEqual([
      ["funds", { visible: 2, total: 2 }],
      ["trains", { visible: 2, total: 2 }],
      ["allied", { visible: 2, total: 2 }],
      ["leads", { visible: 1, total: 1 }],
      ["sanctions", { visible: 1, total: 1 }],
      ["targets", { visible: 1, total: 1 }],
      ["arms", { visible: 0, total: 0 }],
    ]);
  });

  it("counts what the final graph shows", () => {
    const graph = applyView(index, specOf({ hiddenNodeTypes: ["person"] }));
    expect(Object.fromEntries(graph.nodeTypeCounts)).toEqual({
      state: { visible: 2, total: 2 },
      group: { visible: 7, total: 8 }, // the lone cell is isolated
      person: { visible: 0, total: 1 },
      event: { visible: 0, total: 1 }, // the strike's only relationship was with the hidden person
    });
    expect(graph.relationshipTypeCounts.get("leads")).toEqual({ visible: 0, total: 1 });
    expect(graph.relationshipTypeCounts.get("targets")).toEqual({ visible: 0, total: 1 });
    expect(graph.relationshipTypeCounts.get("funds")).toEqual({ visible: 2, total: 2 });
  });
});

describe("applyView: memoisation", () => {
  it("returns the same object for the same spec object", () => {
    const spec = specOf({ hiddenRelationshipTypes: ["funds"] });
    expect(applyView(index, spec)).toBe(applyView(index, spec));
  });

  it("keeps a few recent specs, so stepping back is free", () => {
    const first = specOf({ hideIsolated: true });
    const second = specOf({ hideIsolated: false });
    const firstGraph = applyView(index, first);
    const secondGraph = applyView(index, second);
    expect(applyView(index, first)).toBe(firstGraph);
    expect(applyView(index, second)).toBe(secondGraph);
  });

  it("computes afresh for an equal new spec or another index", () => {
    const spec = specOf({ hiddenNodeTypes: ["event"] });
    const graph = applyView(index, spec);
    const again = applyView(index, specOf({ hiddenNodeTypes: ["event"] }));
    expect(again).not.toBe(graph);
    expect(again).toEqual(graph);
    expect(applyView(indexDataset(viewDataset()), spec)).not.toBe(graph);
  });
});

describe("applyView: only relationships stated as fact", () => {
  // trains: a fact (article) and a claim (treasury); sanctions on the Quds Force: a fact (treasury);
  // sanctions on Soleimani: a claim (article); leads: a fact (article); fights: disputed (article).
  const stances = indexDataset(smallDatasetWithStances());
  const S = {
    trains: "quds-force-trains-hezbollah",
    sanctionsQuds: "us-sanctions-quds-force",
    sanctionsSoleimani: "us-sanctions-soleimani",
    leads: "soleimani-leads-quds-force",
    fights: "hezbollah-fights-isis",
  };
  const everyone = ["hezbollah", "isis", "qasem-soleimani", "quds-force", "united-states"];

  it.each<[string, Partial<ViewFilters>, string[], string[]]>([
    [
      "claims and disputed points go; a relationship one source states as fact stays",
      { factsOnly: true, hideIsolated: false },
      everyone,
      [S.leads, S.sanctionsQuds, S.trains].sort(),
    ],
    [
      "actors are not judged by stance; one left without relationships goes by the automatic rule",
      { factsOnly: true },
      without(everyone, "isis"),
      [S.leads, S.sanctionsQuds, S.trains].sort(),
    ],
    [
      "with a sources filter, the chosen source must be the one stating it as fact",
      { factsOnly: true, sources: ["treasury"], hideIsolated: false },
      ["quds-force", "united-states"],
      [S.sanctionsQuds],
    ],
    [
      "a sources filter alone keeps that source's claims too",
      { sources: ["treasury"], hideIsolated: false },
      ["hezbollah", "quds-force", "united-states"],
      [S.sanctionsQuds, S.trains].sort(),
    ],
    [
      "another source's facts only",
      { factsOnly: true, sources: ["article"], hideIsolated: false },
      everyone,
      [S.leads, S.trains].sort(),
    ],
    ["off: everything", {}, everyone, Object.values(S).sort()],
  ])("%s", (_name, filters, nodes, edges) => {
    const graph = applyView(stances, specOf(filters));
    expect(sorted(graph.nodeIds)).toEqual(nodes);
    expect(sorted(graph.edgeIds)).toEqual(edges);
  });

  it.each<[string, Partial<ViewFilters>, TypeCount]>([
    ["no filter", {}, { visible: 2, total: 2 }],
    ["facts only", { factsOnly: true }, { visible: 0, total: 2 }],
    ["a type hidden", { hiddenRelationshipTypes: ["fights"] }, { visible: 1, total: 2 }],
  ])("counts the relationships no source states as fact: %s", (_name, filters, count) => {
    expect(applyView(stances, specOf(filters)).claimedCount).toEqual(count);
  });

  it("counts none in a dataset stated as fact throughout", () => {
    expect(applyView(index, DEFAULT_VIEW_SPEC).claimedCount).toEqual({ visible: 0, total: 0 });
  });
});

describe("activeFilterCount and isHideIsolatedOn", () => {
  it.each<[string, Partial<ViewFilters>, number]>([
    ["defaults", {}, 0],
    ["a hidden relationship type", { hiddenRelationshipTypes: ["funds", "trains"] }, 1],
    ["a hidden actor type", { hiddenNodeTypes: ["person"] }, 1],
    ["a year range", { years: { from: 2000 } }, 1],
    ["an empty year range", { years: {} }, 0],
    ["undated excluded without a year range", { includeUndated: false }, 0],
    ["undated excluded with a year range", { years: { to: 2000 }, includeUndated: false }, 2],
    ["a sources filter", { sources: ["report"] }, 1],
    ["an empty sources filter", { sources: [] }, 1],
    ["only relationships stated as fact", { factsOnly: true }, 1],
    ["hiding isolated actors explicitly", { hideIsolated: true }, 1],
    ["showing isolated actors explicitly", { hideIsolated: false }, 0],
    [
      "everything",
      {
        hiddenRelationshipTypes: ["funds"],
        hiddenNodeTypes: ["event"],
        years: { from: 1990, to: 2000 },
        includeUndated: false,
        sources: ["report"],
        factsOnly: true,
        hideIsolated: true,
      },
      7,
    ],
  ])("%s counts %#", (_name, filters, count) => {
    expect(activeFilterCount({ ...DEFAULT_FILTERS, ...filters })).toBe(count);
  });

  it.each<[string, ViewSpec, boolean]>([
    ["defaults: off", DEFAULT_VIEW_SPEC, false],
    ["a focus: on", specOf({}, { nodeIds: ["iran"], hops: 1 }), true],
    ["a path only: off", specOf({}, null, { from: "iran", to: "houthis", directed: false }), false],
    ["a filter: on", specOf({ hiddenNodeTypes: ["event"] }), true],
    ["only relationships stated as fact: on", specOf({ factsOnly: true }), true],
    ["undated excluded without a year range: off", specOf({ includeUndated: false }), false],
    ["explicitly off despite a filter", specOf({ sources: ["report"], hideIsolated: false }), false],
    ["explicitly on", specOf({ hideIsolated: true }), true],
  ])("%s", (_name, spec, on) => {
    expect(isHideIsolatedOn(spec)).toBe(on);
  });
});

describe("dates", () => {
  it.each<[string | undefined, string | undefined, [number, number] | null]>([
    [undefined, undefined, null],
    ["1983", undefined, [1983, Infinity]],
    [undefined, "2003", [-Infinity, 2003]],
    ["2019-04", "2020-01-03", [2019, 2020]],
    ["2019-04-15", "2019-04-15", [2019, 2019]],
    ["not a date", undefined, null],
  ])("dateSpanYears(%s, %s) is %j", (start, end, span) => {
    expect(dateSpanYears(start, end)).toEqual(span);
  });

  it.each([
    ["the view fixture", viewDataset(), { min: 1970, max: 2020 }],
    ["the small fixture", smallDataset(), { min: 1982, max: 2020 }],
    ["an undated graph", graphDataset(["a", "b"], [["a-links-b", "a", "b", "links"]]), null],
  ])("datasetYearSpan of %s", (_name, data, span) => {
    expect(datasetYearSpan(data)).toEqual(span);
  });
});

describe("toggleListValue", () => {
  it.each<[string[], string, string[]]>([
    [["b", "d"], "c", ["b", "c", "d"]],
    [["b", "c"], "b", ["c"]],
    [[], "a", ["a"]],
    [["c", "a", "c"], "b", ["a", "b", "c"]],
  ])("toggles %j with %s", (list, value, expected) => {
    const before = [...list];
    expect(toggleListValue(list, value)).toEqual(expected);
    expect(list).toEqual(before);
  });
});
