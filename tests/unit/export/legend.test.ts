import { describe, expect, it } from "vitest";
import { composeLegend } from "../../../src/domain/export/legend";
import { smallDataset } from "../../fixtures/smallDataset";

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
