/**
 * The rows of the table view: one per actor and one per relationship the canvas shows, with the
 * facts the columns read already worked out (counts, stance), so sorting and filtering 50,000 rows
 * compares plain values. The rows come from the same visible graph the canvas draws (applyView in
 * domain/view/filters.ts): the table never decides on its own what is shown. Rows are in dataset
 * order and built once per visible graph (memoised on its identity).
 */
import { citationsOfEdge, citationsOfNode, stanceOf, statedAs, type StatedAs } from "../dataset/citations";
import type { DatasetIndex } from "../dataset/datasetIndex";
import { asVerb } from "../dataset/relationships";
import type { Citation } from "../dataset/schema";
import type { VisibleGraph } from "../view/filters";

export interface ActorRow {
  id: string;
  label: string;
  type: string;
  start?: string;
  end?: string;
  /** Relationships of the actor that are shown now (after filters and focus). */
  relationships: number;
  /** Citations of the actor itself and of its facts (attributes). */
  citations: number;
  /** How many of those citations report someone's claim, and how many mark a disputed point. */
  claims: number;
  disputed: number;
}

export interface RelationshipRow {
  id: string;
  sourceId: string;
  sourceLabel: string;
  /** The relationship type read inside a sentence: "trains", "is part of" reads "part of". */
  relationship: string;
  targetId: string;
  targetLabel: string;
  start?: string;
  end?: string;
  citations: number;
  statedAs: StatedAs;
  /** Who makes the claims its citations report, each once, in order of first use. */
  claimedBy: string[];
}

interface StanceCounts {
  claims: number;
  disputed: number;
}

function stanceCounts(citations: readonly Citation[]): StanceCounts {
  let claims = 0;
  let disputed = 0;
  for (const citation of citations) {
    const stance = stanceOf(citation);
    if (stance === "claim") claims++;
    else if (stance === "disputed") disputed++;
  }
  return { claims, disputed };
}

/** How many shown relationships touch each actor: one pass over the shown relationships. */
function shownDegrees(index: DatasetIndex, edgeIds: ReadonlySet<string>): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const id of edgeIds) {
    const edge = index.edgesById.get(id);
    if (!edge) continue;
    degrees.set(edge.source, (degrees.get(edge.source) ?? 0) + 1);
    if (edge.target !== edge.source) degrees.set(edge.target, (degrees.get(edge.target) ?? 0) + 1);
  }
  return degrees;
}

const actorCache = new WeakMap<VisibleGraph, readonly ActorRow[]>();
const relationshipCache = new WeakMap<VisibleGraph, readonly RelationshipRow[]>();

/** The actors the canvas shows, in dataset order. */
export function actorRows(index: DatasetIndex, visible: VisibleGraph): readonly ActorRow[] {
  const cached = actorCache.get(visible);
  if (cached) return cached;
  const degrees = shownDegrees(index, visible.edgeIds);
  const rows: ActorRow[] = [];
  for (const node of index.dataset.nodes) {
    if (!visible.nodeIds.has(node.id)) continue;
    const citations = citationsOfNode(node);
    rows.push({
      id: node.id,
      label: node.label,
      type: index.nodeTypesById.get(node.type)?.label ?? node.type,
      ...(node.start ? { start: node.start } : {}),
      ...(node.end ? { end: node.end } : {}),
      relationships: degrees.get(node.id) ?? 0,
      citations: citations.length,
      ...stanceCounts(citations),
    });
  }
  actorCache.set(visible, rows);
  return rows;
}

/** The relationships the canvas shows, in dataset order. */
export function relationshipRows(index: DatasetIndex, visible: VisibleGraph): readonly RelationshipRow[] {
  const cached = relationshipCache.get(visible);
  if (cached) return cached;
  const label = (id: string) => index.nodesById.get(id)?.label ?? id;
  const rows: RelationshipRow[] = [];
  for (const edge of index.dataset.edges) {
    if (!visible.edgeIds.has(edge.id)) continue;
    const citations = citationsOfEdge(edge);
    rows.push({
      id: edge.id,
      sourceId: edge.source,
      sourceLabel: label(edge.source),
      relationship: asVerb(index.relationshipTypesById.get(edge.type)?.label ?? edge.type),
      targetId: edge.target,
      targetLabel: label(edge.target),
      ...(edge.start ? { start: edge.start } : {}),
      ...(edge.end ? { end: edge.end } : {}),
      citations: citations.length,
      statedAs: statedAs(edge.citations),
      claimedBy: [
        ...new Set(
          edge.citations.flatMap((c) => (stanceOf(c) === "claim" && c.claimedBy ? [c.claimedBy] : [])),
        ),
      ],
    });
  }
  relationshipCache.set(visible, rows);
  return rows;
}
