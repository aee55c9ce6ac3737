/**
 * How an actor's relationships read in the details panel: grouped by relationship type and direction,
 * worded from the selected actor's side ("Trains -> Iraqi militias", "Sanctioned by <- United States").
 */
import type { DatasetIndex } from "./datasetIndex";
import type { GraphEdge, GraphNode, RelationshipType } from "./schema";

export type Direction = "outgoing" | "incoming" | "mutual";

export interface RelatedActor {
  edge: GraphEdge;
  other: GraphNode;
}

export interface RelationshipGroup {
  /** Stable key for React lists: "<type>:<direction>". */
  key: string;
  type: RelationshipType;
  direction: Direction;
  /** The verb phrase from the selected actor's side: "Trains", "Trained by", "Fights". */
  heading: string;
  /** The arrow shown between heading and the related actors. */
  arrow: "→" | "←" | "↔";
  items: RelatedActor[];
}

const DIRECTION_ORDER: Record<Direction, number> = { outgoing: 0, mutual: 1, incoming: 2 };
const ARROWS = { outgoing: "→", incoming: "←", mutual: "↔" } as const;

function directionOf(edge: GraphEdge, nodeId: string, type: RelationshipType): Direction {
  if (!type.directed) return "mutual";
  return edge.source === nodeId ? "outgoing" : "incoming";
}

/** Reads a directed type backwards when no inverse label is declared: "Trains" -> "Trains (inverse)" reads badly, so say who acts. */
export function headingFor(type: RelationshipType, direction: Direction): string {
  if (direction !== "incoming") return type.label;
  return type.inverseLabel ?? `${type.label} (by)`;
}

export function relationshipGroups(index: DatasetIndex, nodeId: string): RelationshipGroup[] {
  const groups = new Map<string, RelationshipGroup>();
  for (const edge of index.edgesByNode.get(nodeId) ?? []) {
    const type = index.relationshipTypesById.get(edge.type);
    const otherId = edge.source === nodeId ? edge.target : edge.source;
    const other = index.nodesById.get(otherId);
    if (!type || !other) continue;
    const direction = directionOf(edge, nodeId, type);
    const key = `${type.id}:${direction}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        type,
        direction,
        heading: headingFor(type, direction),
        arrow: ARROWS[direction],
        items: [],
      };
      groups.set(key, group);
    }
    group.items.push({ edge, other });
  }
  const typeOrder = new Map(index.dataset.relationshipTypes.map((t, i) => [t.id, i]));
  const sorted = [...groups.values()].sort(
    (a, b) =>
      (typeOrder.get(a.type.id) ?? 0) - (typeOrder.get(b.type.id) ?? 0) ||
      DIRECTION_ORDER[a.direction] - DIRECTION_ORDER[b.direction],
  );
  for (const group of sorted) group.items.sort((a, b) => a.other.label.localeCompare(b.other.label));
  return sorted;
}

/** "Trains" reads as a verb inside a sentence ("trains"), but "UN member" keeps its capitals. */
export function asVerb(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/**
 * A relationship as a sentence, from whichever actor the reader came from: "the United States
 * designates the Quds Force". A directed relationship always reads from its source to its target
 * (never "Quds Force → Designated by ← United States"); an undirected one from `from`.
 */
export function relationshipClause(
  index: DatasetIndex,
  edge: GraphEdge,
  from: string,
): { subject: string; verb: string; object: string } {
  const type = index.relationshipTypesById.get(edge.type);
  const verb = asVerb(type?.label ?? edge.type);
  if (type?.directed === false && edge.target === from)
    return { subject: edge.target, verb, object: edge.source };
  return { subject: edge.source, verb, object: edge.target };
}
