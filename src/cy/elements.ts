/**
 * Turns dataset nodes and edges into the plain element definitions the canvas draws. The data carried
 * is only what styling and hit-testing need; the panels read the dataset, never the canvas. Whether
 * a relationship is only claimed (no source states it as fact) is decided here, once, at load: the
 * stylesheet draws it from the data, so no interaction ever restyles by stance.
 */
import type { ElementDefinition } from "cytoscape";
import type { DatasetIndex } from "../domain/dataset/datasetIndex";
import { degreeOf } from "../domain/dataset/datasetIndex";
import { isClaimedOnly } from "../domain/dataset/citations";
import { canvasLabel } from "../domain/limits";

const MIN_SIZE = 22;
const MAX_SIZE = 58;

/** Node size grows with the square root of its degree, so hubs stand out without swamping the rest. */
export function nodeSize(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return MIN_SIZE;
  return Math.round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(degree / maxDegree));
}

/** The largest value, by a loop: spreading 100,000 arguments into Math.max overflows some engines' stacks. */
function largest(values: Iterable<number>): number {
  let max = 0;
  for (const value of values) max = Math.max(max, value);
  return max;
}

/**
 * The canvas's elements. Actors are sized by their relationships in the whole dataset, or, with
 * `sizeValues` (a network measure of the shown graph, by actor id), by that measure; an actor
 * without a value gets the smallest size. Only the `size` data changes, so the canvas patches it.
 */
export function toElements(
  index: DatasetIndex,
  visibleNodeIds?: ReadonlySet<string>,
  visibleEdgeIds?: ReadonlySet<string>,
  sizeValues?: ReadonlyMap<string, number> | null,
): ElementDefinition[] {
  const { dataset } = index;
  const sizeOf = actorSizer(index, sizeValues);
  const nodes: ElementDefinition[] = dataset.nodes
    .filter((n) => !visibleNodeIds || visibleNodeIds.has(n.id))
    .map((node) => ({
      group: "nodes",
      data: {
        id: node.id,
        // Cut with "…": a label box wider than the graph would make "fit" shrink it to a dot.
        label: canvasLabel(node.label),
        type: node.type,
        size: sizeOf(node.id),
      },
      ...(node.position ? { position: { ...node.position } } : {}),
    }));
  const edges: ElementDefinition[] = dataset.edges
    .filter((e) => !visibleEdgeIds || visibleEdgeIds.has(e.id))
    .map((edge) => ({
      group: "edges",
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        label: canvasLabel(index.relationshipTypesById.get(edge.type)?.label ?? edge.type),
        // Only set when true, so the selector edge[?claimed] matches and other edges carry nothing.
        ...(isClaimedOnly(edge.citations) ? { claimed: true } : {}),
      },
    }));
  return [...nodes, ...edges];
}

/** Each actor's drawn size: by its relationships in the whole dataset, or by `sizeValues` when given. */
export function actorSizer(
  index: DatasetIndex,
  sizeValues?: ReadonlyMap<string, number> | null,
): (id: string) => number {
  const valueOf = sizeValues ? (id: string) => sizeValues.get(id) ?? 0 : (id: string) => degreeOf(index, id);
  const maxValue = sizeValues
    ? largest(sizeValues.values())
    : largest(index.dataset.nodes.map((n) => degreeOf(index, n.id)));
  return (id) => nodeSize(valueOf(id), maxValue);
}

/** The definition with the actor's place from `positions`, when it has one there. */
export function withPosition(
  def: ElementDefinition,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): ElementDefinition {
  const position = def.group === "nodes" ? positions.get(String(def.data.id)) : undefined;
  return position ? { ...def, position: { ...position } } : def;
}
