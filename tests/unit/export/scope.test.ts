import { describe, expect, it } from "vitest";
import {
  SCOPE_LABELS,
  exportScopeElements,
  exportedEdges,
  exportedNodes,
  type ExportScope,
  type ScopeInput,
} from "../../../src/domain/export/scope";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { smallDataset } from "../../fixtures/smallDataset";

const index = indexDataset(smallDataset());
const ALL_NODES = index.dataset.nodes.map((n) => n.id);
const ALL_EDGES = index.dataset.edges.map((e) => e.id);
const SANCTIONS = ["us-sanctions-quds-force", "us-sanctions-soleimani"];

function input(overrides: Partial<ScopeInput> = {}): ScopeInput {
  return {
    visibleNodeIds: new Set(ALL_NODES),
    visibleEdgeIds: new Set(ALL_EDGES),
    selectedNodeIds: [],
    includeNeighbours: false,
    ...overrides,
  };
}

const without = (ids: string[], hidden: string[]) => new Set(ids.filter((id) => !hidden.includes(id)));

describe("exportScopeElements", () => {
  it.each<[string, ExportScope, ScopeInput, string[], string[]]>([
    ["graph: everything visible", "graph", input(), ALL_NODES, ALL_EDGES],
    [
      "graph: a hidden actor and its relationship stay out",
      "graph",
      input({
        visibleNodeIds: without(ALL_NODES, ["isis"]),
        visibleEdgeIds: without(ALL_EDGES, ["hezbollah-fights-isis"]),
      }),
      ["quds-force", "hezbollah", "united-states", "qasem-soleimani"],
      [
        "quds-force-trains-hezbollah",
        "us-sanctions-quds-force",
        "us-sanctions-soleimani",
        "soleimani-leads-quds-force",
      ],
    ],
    [
      "graph: a hidden relationship type stays out",
      "graph",
      input({ visibleEdgeIds: without(ALL_EDGES, SANCTIONS) }),
      ALL_NODES,
      ["quds-force-trains-hezbollah", "soleimani-leads-quds-force", "hezbollah-fights-isis"],
    ],
    [
      "viewport: the actors in view and the relationships between them",
      "viewport",
      input({ viewportNodeIds: new Set(["isis", "quds-force", "hezbollah"]) }),
      ["quds-force", "hezbollah", "isis"],
      ["quds-force-trains-hezbollah", "hezbollah-fights-isis"],
    ],
    [
      "viewport: a hidden actor reported in view is ignored",
      "viewport",
      input({
        visibleNodeIds: without(ALL_NODES, ["isis"]),
        viewportNodeIds: new Set(["isis", "hezbollah"]),
      }),
      ["hezbollah"],
      [],
    ],
    ["viewport: no measured view exports nothing", "viewport", input(), [], []],
    [
      "selection: one actor alone",
      "selection",
      input({ selectedNodeIds: ["quds-force"] }),
      ["quds-force"],
      [],
    ],
    [
      "selection: the relationships among the selected, in dataset order",
      "selection",
      input({ selectedNodeIds: ["hezbollah", "quds-force"] }),
      ["quds-force", "hezbollah"],
      ["quds-force-trains-hezbollah"],
    ],
    [
      "selection with neighbours: every direct neighbour and the links among them",
      "selection",
      input({ selectedNodeIds: ["quds-force"], includeNeighbours: true }),
      ["quds-force", "hezbollah", "united-states", "qasem-soleimani"],
      [
        "quds-force-trains-hezbollah",
        "us-sanctions-quds-force",
        "us-sanctions-soleimani",
        "soleimani-leads-quds-force",
      ],
    ],
    [
      "selection with neighbours: only over visible relationships",
      "selection",
      input({
        selectedNodeIds: ["quds-force"],
        includeNeighbours: true,
        visibleEdgeIds: without(ALL_EDGES, SANCTIONS),
      }),
      ["quds-force", "hezbollah", "qasem-soleimani"],
      ["quds-force-trains-hezbollah", "soleimani-leads-quds-force"],
    ],
    [
      "selection: hidden selected actors are ignored",
      "selection",
      input({
        selectedNodeIds: ["isis", "hezbollah"],
        includeNeighbours: true,
        visibleNodeIds: without(ALL_NODES, ["isis"]),
        visibleEdgeIds: without(ALL_EDGES, ["hezbollah-fights-isis"]),
      }),
      ["quds-force", "hezbollah"],
      ["quds-force-trains-hezbollah"],
    ],
    ["selection: nothing selected exports nothing", "selection", input(), [], []],
    [
      "selection: nothing selected exports nothing, even with neighbours",
      "selection",
      input({ includeNeighbours: true }),
      [],
      [],
    ],
  ])("%s", (_name, scope, scopeInput, nodeIds, edgeIds) => {
    const elements = exportScopeElements(index, scope, scopeInput);
    expect([...elements.nodeIds]).toEqual(nodeIds);
    expect([...elements.edgeIds]).toEqual(edgeIds);
  });
});

describe("exportedNodes and exportedEdges", () => {
  it("leave out relationships with an end outside the export", () => {
    const elements = { nodeIds: new Set(["hezbollah", "quds-force"]), edgeIds: new Set(ALL_EDGES) };
    expect(exportedNodes(index, elements).map((n) => n.id)).toEqual(["quds-force", "hezbollah"]);
    expect(exportedEdges(index, elements).map((e) => e.id)).toEqual(["quds-force-trains-hezbollah"]);
  });
});

describe("SCOPE_LABELS", () => {
  it.each([
    ["graph", "Filtered graph"],
    ["viewport", "Current view"],
    ["selection", "Selected actors"],
  ] as const)("%s reads %s", (scope, label) => {
    expect(SCOPE_LABELS[scope]).toBe(label);
  });
});
