/**
 * How the legend files relationship types: under the vocabulary's `group` headings ("Patronage",
 * "Hostility"), in the order the groups first appear, each group's types in the vocabulary's order.
 * Types without a group are filed under "Other" (with a declared "Other" group, if there is one), so
 * a long vocabulary folds into a handful of headings and a short one without groups stays one list.
 */
import type { RelationshipType } from "../dataset/schema";

/** The heading of types that declare no group. */
export const UNGROUPED_HEADING = "Other";

export interface LegendGroup<T extends Pick<RelationshipType, "id" | "group">> {
  /** The heading, also the group's stable key. */
  name: string;
  types: T[];
}

export function legendGroups<T extends Pick<RelationshipType, "id" | "group">>(
  types: readonly T[],
): LegendGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const type of types) {
    const name = type.group?.trim() || UNGROUPED_HEADING;
    const members = groups.get(name) ?? [];
    members.push(type);
    groups.set(name, members);
  }
  // The catch-all comes last, wherever its first member sits in the vocabulary.
  const other = groups.get(UNGROUPED_HEADING);
  groups.delete(UNGROUPED_HEADING);
  if (other) groups.set(UNGROUPED_HEADING, other);
  return [...groups].map(([name, members]) => ({ name, types: members }));
}

/** Whether the legend is worth folding at all: one group, or a few types, read best as one list. */
export function isWorthGrouping(groups: readonly LegendGroup<{ id: string }>[]): boolean {
  const typeCount = groups.reduce((n, g) => n + g.types.length, 0);
  return groups.length > 1 && typeCount > 6;
}

/** The relationship types of an actor's relationships (to emphasise them in the legend). */
export function typesOfActor(
  edges: readonly { type: string; source: string; target: string }[],
  actorId: string,
): Set<string> {
  const types = new Set<string>();
  for (const edge of edges) if (edge.source === actorId || edge.target === actorId) types.add(edge.type);
  return types;
}
