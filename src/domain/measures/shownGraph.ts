/**
 * The graph the measures are computed on: exactly what the canvas shows (after filters, focus and
 * path: applyView's visible actors and relationships), as plain arrays that cross to a worker cheaply.
 * Actors keep the dataset's order, so the same view always gives the same input (and the same
 * communities from a seeded Louvain). A relationship of an actor with itself connects it to no one,
 * so it is left out of every measure.
 */
import type { DatasetIndex } from "../dataset/datasetIndex";
import type { VisibleGraph } from "../view/filters";

export interface ShownGraph {
  /** The shown actors, in dataset order. */
  actorIds: string[];
  /** The shown relationships, in dataset order: ids, endpoints as positions in actorIds, direction. */
  edgeIds: string[];
  sources: Int32Array;
  targets: Int32Array;
  /** 1 for a directed relationship type, 0 for a mutual one ("allied with", "fights"). */
  directed: Uint8Array;
}

export function shownGraphOf(index: DatasetIndex, visible: VisibleGraph): ShownGraph {
  const { dataset } = index;
  const actorIds = dataset.nodes.filter((n) => visible.nodeIds.has(n.id)).map((n) => n.id);
  const position = new Map(actorIds.map((id, i) => [id, i]));
  const edges = dataset.edges.filter(
    (e) =>
      e.source !== e.target && visible.edgeIds.has(e.id) && position.has(e.source) && position.has(e.target),
  );
  return {
    actorIds,
    edgeIds: edges.map((e) => e.id),
    sources: Int32Array.from(edges, (e) => position.get(e.source)!),
    targets: Int32Array.from(edges, (e) => position.get(e.target)!),
    directed: Uint8Array.from(edges, (e) =>
      index.relationshipTypesById.get(e.type)?.directed === false ? 0 : 1,
    ),
  };
}
