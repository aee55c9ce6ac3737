/**
 * A dataset indexed by id, for the lookups every panel and the canvas make: node, edge, source and
 * type by id, and the relationships touching each actor. Built once per opened dataset.
 */
import type { Dataset, GraphEdge, GraphNode, NodeType, RelationshipType, Source } from "./schema";

export interface DatasetIndex {
  dataset: Dataset;
  nodesById: ReadonlyMap<string, GraphNode>;
  edgesById: ReadonlyMap<string, GraphEdge>;
  sourcesById: ReadonlyMap<string, Source>;
  nodeTypesById: ReadonlyMap<string, NodeType>;
  relationshipTypesById: ReadonlyMap<string, RelationshipType>;
  /** Every edge that starts or ends at the node, in dataset order. */
  edgesByNode: ReadonlyMap<string, readonly GraphEdge[]>;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * Built once per dataset object: the loader indexes a file's dataset on the page while the worker
 * is still validating it, and opening it then finds the index ready. Datasets are never mutated.
 */
const indexes = new WeakMap<Dataset, DatasetIndex>();

export function indexDataset(dataset: Dataset): DatasetIndex {
  const known = indexes.get(dataset);
  if (known) return known;
  const index = buildIndex(dataset);
  indexes.set(dataset, index);
  return index;
}

function buildIndex(dataset: Dataset): DatasetIndex {
  const edgesByNode = new Map<string, GraphEdge[]>(dataset.nodes.map((n) => [n.id, []]));
  for (const edge of dataset.edges) {
    edgesByNode.get(edge.source)?.push(edge);
    if (edge.target !== edge.source) edgesByNode.get(edge.target)?.push(edge);
  }
  return {
    dataset,
    nodesById: byId(dataset.nodes),
    edgesById: byId(dataset.edges),
    sourcesById: byId(dataset.sources),
    nodeTypesById: byId(dataset.nodeTypes),
    relationshipTypesById: byId(dataset.relationshipTypes),
    edgesByNode,
  };
}

export function degreeOf(index: DatasetIndex, nodeId: string): number {
  return index.edgesByNode.get(nodeId)?.length ?? 0;
}

/** The actor most connected to others: a sensible default root for hierarchical layouts. */
export function mostConnectedNode(index: DatasetIndex): string | undefined {
  let best: string | undefined;
  let bestDegree = -1;
  for (const node of index.dataset.nodes) {
    const degree = degreeOf(index, node.id);
    if (degree > bestDegree) {
      best = node.id;
      bestDegree = degree;
    }
  }
  return best;
}
