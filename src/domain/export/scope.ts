/**
 * Which actors and relationships an export contains: the whole filtered graph, what is in the
 * current view, or the selected actors (optionally with their neighbours). Every writer (image, JSON,
 * CSV, GraphML, citation list) works from the same `ExportElements`, so they always agree.
 */
import type { DatasetIndex } from "../dataset/datasetIndex";
import type { GraphEdge, GraphNode } from "../dataset/schema";

export type ExportScope = "graph" | "viewport" | "selection";

export interface ScopeInput {
  /** What the canvas shows after filters and focus. */
  visibleNodeIds: ReadonlySet<string>;
  visibleEdgeIds: ReadonlySet<string>;
  /** Actors the user selected (shift-click / box), in order; may include hidden ones (ignored). */
  selectedNodeIds: readonly string[];
  /** With "selection": add the selected actors' direct neighbours over visible relationships. */
  includeNeighbours: boolean;
  /** With "viewport": the visible actors whose centre is inside the current view (the canvas computes it). */
  viewportNodeIds?: ReadonlySet<string>;
}

export interface ExportElements {
  nodeIds: Set<string>;
  edgeIds: Set<string>;
}

export const SCOPE_LABELS: Record<ExportScope, string> = {
  graph: "Filtered graph",
  viewport: "Current view",
  selection: "Selected actors",
};

export function exportScopeElements(
  index: DatasetIndex,
  scope: ExportScope,
  input: ScopeInput,
): ExportElements {
  const nodeIds = inDatasetOrder(index, scopeNodeIds(index, scope, input));
  return { nodeIds, edgeIds: visibleEdgesWithin(index, nodeIds, input.visibleEdgeIds) };
}

function scopeNodeIds(index: DatasetIndex, scope: ExportScope, input: ScopeInput): Set<string> {
  const visible = (id: string) => input.visibleNodeIds.has(id);
  switch (scope) {
    case "graph":
      return new Set(input.visibleNodeIds);
    case "viewport":
      // Without a measured view nothing is known to be in it; exporting the whole graph instead
      // would label a bigger picture "Current view".
      return new Set([...(input.viewportNodeIds ?? [])].filter(visible));
    case "selection": {
      const selected = new Set(input.selectedNodeIds.filter(visible));
      return input.includeNeighbours ? withNeighbours(index, selected, input) : selected;
    }
  }
}

/** Neighbours are reached only over relationships the user can see, so hidden links add nobody. */
function withNeighbours(index: DatasetIndex, selected: Set<string>, input: ScopeInput): Set<string> {
  const result = new Set(selected);
  for (const id of selected) {
    for (const edge of index.edgesByNode.get(id) ?? []) {
      const other = edge.source === id ? edge.target : edge.source;
      if (input.visibleEdgeIds.has(edge.id) && input.visibleNodeIds.has(other)) result.add(other);
    }
  }
  return result;
}

/** Sets in dataset order, so every file lists actors the same way whatever the selection order. */
function inDatasetOrder(index: DatasetIndex, ids: ReadonlySet<string>): Set<string> {
  return new Set(index.dataset.nodes.filter((node) => ids.has(node.id)).map((node) => node.id));
}

function visibleEdgesWithin(
  index: DatasetIndex,
  nodeIds: ReadonlySet<string>,
  visibleEdgeIds: ReadonlySet<string>,
): Set<string> {
  const edges = index.dataset.edges.filter(
    (edge) => visibleEdgeIds.has(edge.id) && nodeIds.has(edge.source) && nodeIds.has(edge.target),
  );
  return new Set(edges.map((edge) => edge.id));
}

/** The exported actors, in dataset order. */
export function exportedNodes(index: DatasetIndex, elements: ExportElements): GraphNode[] {
  return index.dataset.nodes.filter((node) => elements.nodeIds.has(node.id));
}

/**
 * The exported relationships, in dataset order. A relationship whose other end is not exported is
 * left out: every format needs both ends (GraphML and the JSON validator reject dangling edges).
 */
export function exportedEdges(index: DatasetIndex, elements: ExportElements): GraphEdge[] {
  return index.dataset.edges.filter(
    (edge) =>
      elements.edgeIds.has(edge.id) && elements.nodeIds.has(edge.source) && elements.nodeIds.has(edge.target),
  );
}
