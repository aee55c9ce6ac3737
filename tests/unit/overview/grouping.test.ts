// The overview's groups: communities by a seeded Louvain, small clusters and lone actors by type,
// nothing larger than the expand limit, and the same answer every time for the same dataset.
import { describe, expect, it } from "vitest";
import { groupActors, groupingInputOf, type Grouping } from "../../../src/domain/overview/grouping";
import { OVERVIEW_MAX_GROUP_ACTORS } from "../../../src/domain/limits";
import type { Dataset } from "../../../src/domain/dataset/schema";
import { graphDataset } from "../../fixtures/viewDataset";

type EdgeRow = [string, string, string, string];

/** `count` actors `${prefix}0…`, all linked to each other (a clique: one obvious community). */
function clique(prefix: string, count: number): { ids: string[]; edges: EdgeRow[] } {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  const edges: EdgeRow[] = [];
  for (let i = 0; i < count; i++)
    for (let j = i + 1; j < count; j++)
      edges.push([`${prefix}${i}-${prefix}${j}`, ids[i]!, ids[j]!, "links"]);
  return { ids, edges };
}

/** Actors of a second type ("person") get that type, so loose groups can be told apart. */
function withPeople(dataset: Dataset, people: readonly string[]): Dataset {
  return {
    ...dataset,
    nodeTypes: [
      ...dataset.nodeTypes,
      { id: "person", label: "Person", description: "A person.", color: "#027a48", shape: "ellipse" },
    ],
    nodes: dataset.nodes.map((n) => (people.includes(n.id) ? { ...n, type: "person" } : n)),
  };
}

function membersOf(dataset: Dataset, grouping: Grouping): string[][] {
  return grouping.groups.map((_, g) =>
    dataset.nodes.filter((_, i) => grouping.groupOf[i] === g).map((n) => n.id),
  );
}

// Two cliques of 8 joined by one relationship, a pair, and three actors with no relationship.
const a = clique("a", 8);
const b = clique("b", 8);
const twoClusters = withPeople(
  graphDataset(
    [...a.ids, ...b.ids, "pair-1", "pair-2", "lone-1", "lone-2", "lone-person"],
    [...a.edges, ...b.edges, ["bridge", "a0", "b0", "links"], ["pair", "pair-1", "pair-2", "funds"]],
  ),
  ["lone-person"],
);

describe("groupActors", () => {
  const grouping = groupActors(groupingInputOf(twoClusters));
  const members = membersOf(twoClusters, grouping);

  it("finds each clique as a community, keyed by its most connected actor", () => {
    const communities = grouping.groups.filter((g) => g.kind === "community");
    expect(communities.map((g) => g.key).sort()).toEqual(["a0", "b0"]);
    expect(communities.map((g) => g.size)).toEqual([8, 8]);
    const ofA = grouping.groups.findIndex((g) => g.key === "a0");
    expect(members[ofA]!.sort()).toEqual([...a.ids].sort());
  });

  it("puts clusters too small to stand alone and lone actors into one loose group per type", () => {
    const loose = grouping.groups.filter((g) => g.kind === "loose");
    expect(loose.map((g) => [g.typeId, g.size])).toEqual([
      ["actor", 4],
      ["person", 1],
    ]);
    const ofPeople = grouping.groups.findIndex((g) => g.typeId === "person");
    expect(members[ofPeople]).toEqual(["lone-person"]);
  });

  it("gives every actor exactly one group, a disc per group, largest groups first", () => {
    expect(grouping.groupOf).toHaveLength(twoClusters.nodes.length);
    expect(members.flat().sort()).toEqual(twoClusters.nodes.map((n) => n.id).sort());
    expect(grouping.discs).toHaveLength(grouping.groups.length);
    const sizes = grouping.groups.map((g) => g.size);
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
  });

  it("is the same every time for the same dataset (links name groups by key)", () => {
    const again = groupActors(groupingInputOf(twoClusters));
    expect(again.groups).toEqual(grouping.groups);
    expect([...again.groupOf]).toEqual([...grouping.groupOf]);
    expect(again.discs).toEqual(grouping.discs);
  });

  it("ignores relationships whose ends are missing and relationships of an actor with itself", () => {
    const odd = graphDataset(
      ["x", "y", "z"],
      [
        ["self", "x", "x", "links"],
        ["dangling", "x", "nobody", "links"],
      ],
    );
    const result = groupActors(groupingInputOf(odd));
    expect(result.groups).toEqual([{ key: "x", kind: "loose", hub: 0, size: 3, typeId: "actor" }]);
  });

  it("opens an empty dataset as no groups", () => {
    const result = groupActors(groupingInputOf(graphDataset([], [])));
    expect(result.groups).toEqual([]);
    expect(result.discs).toEqual([]);
  });
});

describe("groupActors on groups larger than the expand limit", () => {
  const over = OVERVIEW_MAX_GROUP_ACTORS + 500;

  it.each<[string, () => Dataset]>([
    [
      // A star is one community however finely Louvain looks: split by type, then in slices.
      "one star",
      () => {
        const ids = Array.from({ length: over }, (_, i) => `s${i}`);
        return graphDataset(
          ids,
          ids.slice(1).map((id): EdgeRow => [`hub-${id}`, "s0", id, "links"]),
        );
      },
    ],
    [
      // Many actors with no relationship: the loose group of their type, in slices.
      "actors with no relationships",
      () =>
        graphDataset(
          Array.from({ length: over }, (_, i) => `lone${i}`),
          [],
        ),
    ],
  ])("splits %s so no group holds more than the limit", (_name, make) => {
    const dataset = make();
    const grouping = groupActors(groupingInputOf(dataset));
    expect(Math.max(...grouping.groups.map((g) => g.size))).toBeLessThanOrEqual(OVERVIEW_MAX_GROUP_ACTORS);
    expect(grouping.groups.reduce((sum, g) => sum + g.size, 0)).toBe(over);
    expect(new Set(grouping.groups.map((g) => g.key)).size).toBe(grouping.groups.length);
    // A few groups of about the limit, not thousands of one-actor discs.
    expect(grouping.groups).toHaveLength(Math.ceil(over / OVERVIEW_MAX_GROUP_ACTORS));
  });
});
