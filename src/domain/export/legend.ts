/**
 * The legend: the node and relationship types present among the drawn elements, with counts, in the
 * vocabulary's order. It is the key on screen and, later, in exported images.
 */
import type { Dataset, NodeType, RelationshipType } from "../dataset/schema";

export interface LegendEntry<T> {
  type: T;
  count: number;
}

export interface Legend {
  nodeTypes: LegendEntry<NodeType>[];
  relationshipTypes: LegendEntry<RelationshipType>[];
}

function countBy(items: Iterable<{ type: string }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
  return counts;
}

export function composeLegend(
  dataset: Pick<Dataset, "nodeTypes" | "relationshipTypes">,
  nodes: Iterable<{ type: string }>,
  edges: Iterable<{ type: string }>,
): Legend {
  const nodeCounts = countBy(nodes);
  const edgeCounts = countBy(edges);
  return {
    nodeTypes: dataset.nodeTypes
      .filter((t) => nodeCounts.has(t.id))
      .map((type) => ({ type, count: nodeCounts.get(type.id) ?? 0 })),
    relationshipTypes: dataset.relationshipTypes
      .filter((t) => edgeCounts.has(t.id))
      .map((type) => ({ type, count: edgeCounts.get(type.id) ?? 0 })),
  };
}
