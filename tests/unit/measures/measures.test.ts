import { describe, expect, it } from "vitest";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import {
  betweennessNote,
  communityNote,
  degreeNote,
  describeRank,
  ordinal,
  pageRankNote,
  rankOf,
  ShownNeighbourhood,
} from "../../../src/domain/measures/explain";
import { computeMeasures, type MeasureColumns } from "../../../src/domain/measures/measures";
import { shownGraphOf } from "../../../src/domain/measures/shownGraph";
import { applyView, DEFAULT_FILTERS, DEFAULT_VIEW_SPEC } from "../../../src/domain/view/filters";
import { graphDataset, viewDataset } from "../../fixtures/viewDataset";

type Edge = [string, string, string, string];

/** Two 4-cliques (a, b) joined through one bridge actor x, which links a1 and b1. */
const cliques = (): { ids: string[]; edges: Edge[] } => {
  const ids = ["a1", "a2", "a3", "a4", "x", "b1", "b2", "b3", "b4"];
  const edges: Edge[] = [];
  for (const side of ["a", "b"])
    for (let i = 1; i <= 4; i++)
      for (let j = i + 1; j <= 4; j++)
        edges.push([`${side}${i}-${side}${j}`, `${side}${i}`, `${side}${j}`, "allied"]);
  edges.push(["a1-x", "a1", "x", "allied"], ["x-b1", "x", "b1", "allied"]);
  return { ids, edges };
};

const star = (): { ids: string[]; edges: Edge[] } => ({
  ids: ["hub", "s1", "s2", "s3", "s4"],
  edges: ["s1", "s2", "s3", "s4"].map((s) => [`hub-${s}`, "hub", s, "funds"] as Edge),
});

const path4 = (): { ids: string[]; edges: Edge[] } => ({
  ids: ["p0", "p1", "p2", "p3"],
  edges: [
    ["p0-p1", "p0", "p1", "allied"],
    ["p1-p2", "p1", "p2", "allied"],
    ["p2-p3", "p2", "p3", "allied"],
  ],
});

function measuresOf({ ids, edges }: { ids: string[]; edges: Edge[] }, spec = DEFAULT_VIEW_SPEC) {
  const index = indexDataset(graphDataset(ids, edges));
  const visible = applyView(index, spec);
  const measures = computeMeasures(shownGraphOf(index, visible));
  const at = (id: string) => measures.actorIds.indexOf(id);
  const value = (column: keyof Omit<MeasureColumns, "actorIds" | "communityCount">, id: string) =>
    measures[column][at(id)]!;
  return { index, visible, measures, at, value };
}

describe("computeMeasures", () => {
  // Expected betweenness and PageRank from networkx 3 (betweenness_centrality, pagerank alpha=0.85).
  it.each([
    ["a star's hub", star(), "hub", { degree: 4, inDegree: 0, outDegree: 4, betweenness: 1 }],
    ["a star's leaf", star(), "s1", { degree: 1, inDegree: 1, outDegree: 0, betweenness: 0 }],
    ["a path's inner actor", path4(), "p1", { degree: 2, inDegree: 0, outDegree: 0, betweenness: 2 / 3 }],
    ["a path's end", path4(), "p0", { degree: 1, inDegree: 0, outDegree: 0, betweenness: 0 }],
    ["the bridge between two cliques", cliques(), "x", { degree: 2, betweenness: 0.571429 }],
    ["a clique's gate to the bridge", cliques(), "a1", { degree: 4, betweenness: 0.535714 }],
    ["a clique member", cliques(), "a2", { degree: 3, betweenness: 0 }],
  ])("%s", (_, graph, id, expected) => {
    const { value } = measuresOf(graph);
    for (const [column, number] of Object.entries(expected)) {
      expect(value(column as "degree", id), column).toBeCloseTo(number, 5);
    }
  });

  it("gives the bridge actor the highest betweenness", () => {
    const { measures, at } = measuresOf(cliques());
    expect(rankOf(measures.betweenness, at("x"))).toEqual({ rank: 1, of: 9, tied: false });
  });

  it("computes PageRank over direction, as networkx does", () => {
    const { value, measures } = measuresOf({
      ids: ["a", "b", "c", "d"],
      edges: [
        ["ab", "a", "b", "funds"],
        ["bc", "b", "c", "funds"],
        ["ca", "c", "a", "funds"],
        ["dc", "d", "c", "funds"],
      ],
    });
    const expected = { a: 0.320213, b: 0.309681, c: 0.332606, d: 0.0375 };
    for (const [id, rank] of Object.entries(expected)) expect(value("pageRank", id)).toBeCloseTo(rank, 4);
    expect([...measures.pageRank].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it("counts parallel relationships in the degree but one link per pair elsewhere", () => {
    const { value } = measuresOf({
      ids: ["a", "b", "c"],
      edges: [
        ["ab1", "a", "b", "funds"],
        ["ab2", "a", "b", "links"],
        ["bc", "b", "c", "allied"],
      ],
    });
    expect([
      value("degree", "a"),
      value("outDegree", "a"),
      value("degree", "b"),
      value("inDegree", "b"),
    ]).toEqual([2, 2, 3, 2]);
    expect(value("betweenness", "b")).toBeCloseTo(1, 6);
  });

  it("finds the two cliques as two communities, numbered by size, the same on every run", () => {
    const first = measuresOf(cliques());
    const community = (id: string) => first.value("community", id);
    expect(new Set(["a1", "a2", "a3", "a4"].map(community)).size).toBe(1);
    expect(new Set(["b1", "b2", "b3", "b4"].map(community)).size).toBe(1);
    expect(community("a2")).not.toBe(community("b2"));
    expect(first.measures.communityCount).toBe(2);
    expect([...first.measures.community].every((c) => c >= 1 && c <= 2)).toBe(true);
    const again = measuresOf(cliques());
    expect([...again.measures.community]).toEqual([...first.measures.community]);
  });

  it("measures an empty view without failing", () => {
    const graph = star();
    const spec = { ...DEFAULT_VIEW_SPEC, filters: { ...DEFAULT_FILTERS, hiddenNodeTypes: ["actor"] } };
    const { measures } = measuresOf(graph, spec);
    expect(measures.actorIds).toEqual([]);
    expect(measures.communityCount).toBe(0);
  });

  it("measures what is shown: hiding a relationship type changes the numbers", () => {
    const index = indexDataset(viewDataset());
    const all = computeMeasures(shownGraphOf(index, applyView(index, DEFAULT_VIEW_SPEC)));
    const onlyTrains = {
      ...DEFAULT_VIEW_SPEC,
      filters: {
        ...DEFAULT_FILTERS,
        hiddenRelationshipTypes: index.dataset.relationshipTypes
          .map((t) => t.id)
          .filter((t) => t !== "trains"),
      },
    };
    const trains = computeMeasures(shownGraphOf(index, applyView(index, onlyTrains)));
    const degreeOf = (m: MeasureColumns, id: string) => m.degree[m.actorIds.indexOf(id)];
    expect(degreeOf(all, "quds-force")).toBe(5);
    expect(degreeOf(trains, "quds-force")).toBe(2);
    expect(trains.actorIds).toEqual(["quds-force", "hezbollah", "kataib-hezbollah"]);
  });
});

describe("ranks", () => {
  it.each([
    [[5, 3, 3, 1], 0, "1st of 4"],
    [[5, 3, 3, 1], 1, "tied 2nd of 4"],
    [[5, 3, 3, 1], 3, "4th of 4"],
    [[0.1 + 0.2, 0.3], 0, "tied 1st of 2"],
  ])("%j at %i is %s", (values, position, text) => {
    expect(describeRank(rankOf(values, position))).toBe(text);
  });

  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [22, "22nd"],
    [101, "101st"],
    [1000, "1,000th"],
  ])("ordinal(%i) is %s", (n, text) => expect(ordinal(n)).toBe(text));
});

describe("what lies behind a measure", () => {
  const context = (graph: { ids: string[]; edges: Edge[] }) => {
    const m = measuresOf(graph);
    const shown = new ShownNeighbourhood(m.index, m.visible.edgeIds);
    const community = (id: string) => m.measures.community[m.at(id)];
    return { ...m, shown, community };
  };

  it("lists the relationships a degree counts, by direction", () => {
    const { shown } = context({
      ids: ["a", "b", "c", "d"],
      edges: [
        ["ab", "a", "b", "funds"],
        ["ca", "c", "a", "funds"],
        ["ad", "a", "d", "allied"],
      ],
    });
    const note = degreeNote(shown, "a");
    expect([note.outgoing, note.incoming, note.mutual].map((list) => list.map((e) => e.id))).toEqual([
      ["ab"],
      ["ca"],
      ["ad"],
    ]);
  });

  it("gives the bridge's own shortest path as its example", () => {
    const { shown, community } = context(cliques());
    const note = betweennessNote(shown, "x", community);
    expect(note.examples.map((p) => [p.from, p.to, p.steps.map((e) => e.id), p.shortestPaths])).toEqual([
      ["a1", "b1", ["a1-x", "x-b1"], 1],
    ]);
    expect(note).toMatchObject({ pairs: 1, partial: false });
  });

  it("finds no brokered pair for an actor whose neighbours all know each other", () => {
    const { shown, community } = context(cliques());
    expect(betweennessNote(shown, "a2", community)).toEqual({ examples: [], pairs: 0, partial: false });
  });

  it("prefers pairs the actor alone connects", () => {
    // hub joins s1..s3; s1 and s2 share a second broker, so only s3's pairs are the hub's alone.
    const { shown, community } = context({
      ids: ["hub", "s1", "s2", "s3", "other"],
      edges: [
        ["h1", "hub", "s1", "allied"],
        ["h2", "hub", "s2", "allied"],
        ["h3", "hub", "s3", "allied"],
        ["o1", "other", "s1", "allied"],
        ["o2", "other", "s2", "allied"],
      ],
    });
    const note = betweennessNote(shown, "hub", community);
    expect(note.examples.map((p) => [p.from, p.to, p.shortestPaths])).toEqual([
      ["s1", "s3", 1],
      ["s2", "s3", 1],
      ["s1", "s2", 2],
    ]);
  });

  it("lists who points at an actor, highest PageRank first", () => {
    const { shown, value } = context({
      ids: ["a", "b", "c", "d"],
      edges: [
        ["ab", "a", "b", "funds"],
        ["cb", "c", "b", "funds"],
        ["dc", "d", "c", "funds"],
        ["bd", "b", "d", "allied"],
      ],
    });
    const note = pageRankNote(shown, "b", (id) => value("pageRank", id));
    expect(note.from.map((f) => [f.actorId, f.edges.map((e) => e.id)])).toEqual([
      ["d", ["bd"]],
      ["c", ["cb"]],
      ["a", ["ab"]],
    ]);
  });

  it("names an actor's community and its relationships across", () => {
    const { shown, measures } = context(cliques());
    const positions = new Map(measures.actorIds.map((id, i) => [id, i]));
    const note = communityNote(shown, "a1", measures, positions);
    expect(new Set(note.members)).toEqual(
      new Set(
        ["a2", "a3", "a4", "x"].filter(
          (id) => measures.community[positions.get(id)!] === measures.community[positions.get("a1")!],
        ),
      ),
    );
    expect(note.inside.length + note.outside.length).toBe(4);
  });
});
