// What the overview draws for a view: collapsed groups as discs, expanded groups as their actors,
// links counting the relationships they stand for, and never more links between groups than the budget.
import { describe, expect, it } from "vitest";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { OVERVIEW_MAX_GROUP_LINKS } from "../../../src/domain/limits";
import { discRadius, type Disc } from "../../../src/domain/overview/discs";
import type { Grouping } from "../../../src/domain/overview/grouping";
import {
  groupKeyOfActor,
  groupNodeId,
  isGroupKey,
  overviewOf,
  overviewSummary,
  type OverviewLink,
} from "../../../src/domain/overview/overviewView";
import { applyView, DEFAULT_FILTERS, DEFAULT_VIEW_SPEC } from "../../../src/domain/view/filters";
import type { ViewFilters } from "../../../src/domain/view/types";
import { graphDataset } from "../../fixtures/viewDataset";

// Three groups, keyed by their hubs g1a, g2a, g3a:
//   G1: g1a -links-> g1b, g1c        G2: g2a -links-> g2b        G3: g3a
//   between: g1a -funds-> g2a, g1b -funds-> g2b, g1c -links-> g2a, g2a -allied- g3a, g3a -allied- g2b
const dataset = graphDataset(
  ["g1a", "g1b", "g1c", "g2a", "g2b", "g3a"],
  [
    ["e1", "g1a", "g1b", "links"],
    ["e2", "g1a", "g2a", "funds"],
    ["e3", "g1b", "g2b", "funds"],
    ["e4", "g1c", "g2a", "links"],
    ["e5", "g2a", "g3a", "allied"],
    ["e6", "g3a", "g2b", "allied"],
    ["e7", "g2a", "g2b", "links"],
  ],
);
const index = indexDataset(dataset);
const discs: Disc[] = [
  { x: 0, y: 0, r: discRadius(3) },
  { x: 500, y: 0, r: discRadius(2) },
  { x: 0, y: 500, r: discRadius(1) },
];
const grouping: Grouping = {
  groups: [
    { key: "g1a", kind: "community", hub: 0, size: 3 },
    { key: "g2a", kind: "community", hub: 3, size: 2 },
    { key: "g3a", kind: "loose", hub: 5, size: 1, typeId: "actor" },
  ],
  groupOf: Int32Array.from([0, 0, 0, 1, 1, 2]),
  discs,
};

const visible = (filters: Partial<ViewFilters> = {}) =>
  applyView(index, {
    ...DEFAULT_VIEW_SPEC,
    filters: { ...DEFAULT_FILTERS, hideIsolated: false, ...filters },
  });
const linkRows = (links: readonly OverviewLink[]) =>
  links.map((l) => `${l.source} ${l.type} ${l.target} ×${l.relationships}`).sort();

describe("overviewOf", () => {
  it("draws every group collapsed as one disc, and one link per pair of groups and type", () => {
    const view = overviewOf(index, visible(), grouping, new Set());
    expect([...view.nodeIds].sort()).toEqual(["group::g1a", "group::g2a", "group::g3a"]);
    expect(view.groups.map((g) => [g.key, g.name, g.actors, g.expanded])).toEqual([
      ["g1a", "Around G1A", 3, false],
      ["g2a", "Around G2A", 2, false],
      ["g3a", "Actor, few links", 1, false],
    ]);
    expect(view.groups[1]).toMatchObject(discs[1]!);
    // A mutual relationship is one link whichever way round it was written.
    expect(linkRows(view.links)).toEqual([
      "group::g1a funds group::g2a ×2",
      "group::g1a links group::g2a ×1",
      "group::g2a allied group::g3a ×2",
    ]);
    expect([...view.edgeIds].sort()).toEqual(view.links.map((l) => l.id).sort());
    expect(view.places.size).toBe(0);
  });

  it("draws an expanded group's actors and relationships as they are, linked to the other groups", () => {
    const view = overviewOf(index, visible(), grouping, new Set(["g1a"]));
    expect([...view.nodeIds].sort()).toEqual(["g1a", "g1b", "g1c", "group::g1a", "group::g2a", "group::g3a"]);
    expect(view.groups[0]!.expanded).toBe(true);
    expect(view.edgeIds.has("e1")).toBe(true);
    expect(linkRows(view.links)).toEqual([
      "g1a funds group::g2a ×1",
      "g1b funds group::g2a ×1",
      "g1c links group::g2a ×1",
      "group::g2a allied group::g3a ×2",
    ]);
    // Inside their disc, the hub at its centre, and the same places every time.
    const disc = discs[0]!;
    for (const id of ["g1a", "g1b", "g1c"]) {
      const place = view.places.get(id)!;
      expect(Math.hypot(place.x - disc.x, place.y - disc.y)).toBeLessThan(disc.r);
    }
    expect(Math.hypot(view.places.get("g1a")!.x, view.places.get("g1a")!.y)).toBeLessThan(30);
    expect(overviewOf(index, visible(), grouping, new Set(["g1a"])).places).toEqual(view.places);
  });

  it("draws relationships between two expanded groups as they are, and no links", () => {
    const view = overviewOf(index, visible(), grouping, new Set(["g1a", "g2a", "g3a"]));
    expect([...view.edgeIds].sort()).toEqual(["e1", "e2", "e3", "e4", "e5", "e6", "e7"]);
    expect(view.links).toEqual([]);
  });

  it("counts only what the filters leave, and leaves out a group with nothing visible", () => {
    const view = overviewOf(index, visible({ hiddenRelationshipTypes: ["funds"] }), grouping, new Set());
    expect(linkRows(view.links)).toEqual([
      "group::g1a links group::g2a ×1",
      "group::g2a allied group::g3a ×2",
    ]);
    const noG3 = overviewOf(
      index,
      visible({ hiddenRelationshipTypes: ["allied"], hideIsolated: true }),
      grouping,
      new Set(),
    );
    expect(noG3.groups.map((g) => g.key)).toEqual(["g1a", "g2a"]);
  });

  it("ignores expanded keys this grouping does not have", () => {
    const view = overviewOf(index, visible(), grouping, new Set(["nobody", "g2b"]));
    expect(view.groups.every((g) => !g.expanded)).toBe(true);
    expect(isGroupKey(index, grouping, "g2a")).toBe(true);
    expect(isGroupKey(index, grouping, "g2b")).toBe(false);
    expect(groupKeyOfActor(index, grouping, "g2b")).toBe("g2a");
    expect(groupKeyOfActor(index, grouping, "nobody")).toBeUndefined();
  });

  it("draws only the strongest links between collapsed groups, and says how many it left out", () => {
    // Every one of 60 one-actor groups linked to every other: 1,770 links, more than the budget.
    const ids = Array.from({ length: 60 }, (_, i) => `n${i}`);
    const edges: [string, string, string, string][] = [];
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        edges.push([`e${i}-${j}`, ids[i]!, ids[j]!, "links"]);
        // The pairs with n0 carry two relationships each: the strongest, always drawn.
        if (i === 0) edges.push([`f${j}`, ids[i]!, ids[j]!, "links"]);
      }
    const big = indexDataset(graphDataset(ids, edges));
    const many: Grouping = {
      groups: ids.map((key, i) => ({ key, kind: "community" as const, hub: i, size: 1 })),
      groupOf: Int32Array.from(ids, (_, i) => i),
      discs: ids.map((_, i) => ({ x: i * 200, y: 0, r: 60 })),
    };
    const all = applyView(big, DEFAULT_VIEW_SPEC);
    const view = overviewOf(big, all, many, new Set());
    expect(view.links).toHaveLength(OVERVIEW_MAX_GROUP_LINKS);
    expect(view.groupLinks).toBe(1770);
    expect(view.undrawnGroupLinks).toBe(1770 - OVERVIEW_MAX_GROUP_LINKS);
    expect(view.links.filter((l) => l.source === groupNodeId("n0"))).toHaveLength(59);
    expect(overviewSummary(view)).toBe(
      "60 actors in 60 groups · the 1,500 strongest of 1,770 links between groups drawn",
    );
    // Links from an expanded group's actors are not part of that budget.
    const open = overviewOf(big, all, many, new Set(["n5"]));
    expect(open.links.filter((l) => l.source === "n5" || l.target === "n5")).toHaveLength(59);
  });
});

describe("overviewSummary", () => {
  it("says how many actors, groups and expanded groups are shown", () => {
    expect(overviewSummary(overviewOf(index, visible(), grouping, new Set(["g2a"])))).toBe(
      "6 actors in 3 groups · 1 expanded",
    );
  });
});
