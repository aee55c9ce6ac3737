/**
 * The legend: the node and relationship types present among the drawn elements, with counts, in the
 * vocabulary's order, and how many of the relationships no source states as fact (drawn fainter,
 * with hollow markers). It is the key on screen and in exported images.
 */
import { isClaimedOnly } from "../dataset/citations";
import type { Citation, Dataset, NodeType, RelationshipType } from "../dataset/schema";

/** The legend's words for relationships no source states as fact. */
export const CLAIMED_LEGEND_LABEL = "Claimed, not stated as fact";
/** The neutral colour of that legend item's swatch: the cue is the markers, not a colour. */
export const CLAIMED_SWATCH_COLOR = "#6b7280";
/** How opaque the canvas draws such a relationship (the legend's swatch matches it). */
export const CLAIMED_EDGE_OPACITY = 0.5;

export interface LegendEntry<T> {
  type: T;
  count: number;
}

export interface Legend {
  nodeTypes: LegendEntry<NodeType>[];
  relationshipTypes: LegendEntry<RelationshipType>[];
  /** Drawn relationships no source states as fact; the item is shown only when there are some. */
  claimed?: number;
}

function countBy(items: Iterable<{ type: string }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
  return counts;
}

export function composeLegend(
  dataset: Pick<Dataset, "nodeTypes" | "relationshipTypes">,
  nodes: Iterable<{ type: string }>,
  edges: Iterable<{ type: string; citations?: readonly Citation[] }>,
): Legend {
  const edgeList = [...edges];
  const nodeCounts = countBy(nodes);
  const edgeCounts = countBy(edgeList);
  const claimed = edgeList.filter((e) => e.citations && isClaimedOnly(e.citations)).length;
  return {
    nodeTypes: dataset.nodeTypes
      .filter((t) => nodeCounts.has(t.id))
      .map((type) => ({ type, count: nodeCounts.get(type.id) ?? 0 })),
    relationshipTypes: dataset.relationshipTypes
      .filter((t) => edgeCounts.has(t.id))
      .map((type) => ({ type, count: edgeCounts.get(type.id) ?? 0 })),
    ...(claimed > 0 ? { claimed } : {}),
  };
}
