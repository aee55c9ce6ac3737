import { describe, expect, it } from "vitest";
import { composeLegend } from "../../../src/domain/export/legend";
import type { Citation } from "../../../src/domain/dataset/schema";
import { smallDataset, smallDatasetWithStances } from "../../fixtures/smallDataset";

const dataset = smallDataset();
const summary = (legend: ReturnType<typeof composeLegend>) => ({
  nodes: legend.nodeTypes.map((e) => [e.type.id, e.count]),
  edges: legend.relationshipTypes.map((e) => [e.type.id, e.count]),
});

describe("composeLegend", () => {
  it.each([
    {
      name: "everything drawn",
      nodes: dataset.nodes,
      edges: dataset.edges,
      expected: {
        nodes: [
          ["state", 1],
          ["armed-group", 3],
          ["person", 1],
        ],
        edges: [
          ["trains", 1],
          ["sanctions", 2],
          ["fights", 1],
          ["leads", 1],
        ],
      },
    },
    {
      name: "only the types present, in vocabulary order",
      nodes: dataset.nodes.filter((n) => n.type === "person"),
      edges: dataset.edges.filter((e) => e.type === "fights"),
      expected: { nodes: [["person", 1]], edges: [["fights", 1]] },
    },
    { name: "nothing drawn", nodes: [], edges: [], expected: { nodes: [], edges: [] } },
  ])("$name", ({ nodes, edges, expected }) => {
    expect(summary(composeLegend(dataset, nodes, edges))).toEqual(expected);
  });
});

describe("composeLegend: relationships no source states as fact", () => {
  const stances = smallDatasetWithStances();
  const edges = (...ids: string[]) => stances.edges.filter((e) => ids.includes(e.id));

  it.each<[string, { type: string; citations?: Citation[] }[], number | undefined]>([
    ["a claim and a disputed point", edges("us-sanctions-soleimani", "hezbollah-fights-isis"), 2],
    ["a mixed relationship is stated as fact by one source", edges("quds-force-trains-hezbollah"), undefined],
    ["only facts: no item", edges("soleimani-leads-quds-force", "us-sanctions-quds-force"), undefined],
    ["everything", stances.edges, 2],
    ["edges given without citations count as facts", [{ type: "fights" }], undefined],
  ])("%s", (_name, drawn, claimed) => {
    expect(composeLegend(stances, [], drawn).claimed).toBe(claimed);
  });
});
