/**
 * Changing the selection: one click selects, shift-click adds or removes an actor, a box adds many.
 * Pure functions from the old selection to the new one; the last actor added is the current one.
 */
import type { Selection } from "./types";

/** Every selected actor, oldest first (the current one last); none when a relationship is selected. */
export function selectedActorIds(selection: Selection | null): string[] {
  if (selection?.kind !== "node") return [];
  return [...(selection.also ?? []), selection.id];
}

/** The selection of these actors, the last one current; null for none. */
export function actorSelection(ids: readonly string[]): Selection | null {
  const unique = [...new Set(ids)];
  const current = unique.at(-1);
  if (current === undefined) return null;
  const also = unique.slice(0, -1);
  return also.length > 0 ? { kind: "node", id: current, also } : { kind: "node", id: current };
}

/** Shift-click: adds the actor (it becomes current), or takes it out when it was selected. */
export function toggleActor(selection: Selection | null, id: string): Selection | null {
  const ids = selectedActorIds(selection);
  return actorSelection(ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]);
}

/** A box selection: adds the actors not selected yet; the last of them becomes current. */
export function addActors(selection: Selection | null, added: readonly string[]): Selection | null {
  const ids = selectedActorIds(selection);
  const fresh = added.filter((id) => !ids.includes(id));
  return fresh.length === 0 ? selection : actorSelection([...ids, ...fresh]);
}
