/**
 * Patches the canvas to a new set of element definitions by id, in one batch: removes what left,
 * adds what arrived, updates data that changed. Positions of elements that stay are never touched,
 * so nothing jumps when a filter changes.
 */
import type { CollectionArgument, Core, ElementDefinition, SingularElementReturnValue } from "cytoscape";

export interface SyncResult {
  added: string[];
  removed: string[];
  updated: string[];
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(b);
  return keys.every((k) => a[k] === b[k]);
}

/**
 * Elements taken off the canvas, kept by id so they can come back as they were. Restoring an element
 * is much cheaper than adding it anew (its style and geometry are kept), and it returns where it was.
 */
export type DetachedElements = Map<string, SingularElementReturnValue>;

export function syncElements(
  cy: Core,
  next: readonly ElementDefinition[],
  detached?: DetachedElements,
): SyncResult {
  const result: SyncResult = { added: [], removed: [], updated: [] };
  const nextIds = new Set(next.map((def) => String(def.data.id)));
  cy.batch(() => {
    const leaving = cy.elements().filter((el) => !nextIds.has(el.id()));
    result.removed = leaving.map((el) => el.id());
    // Removing an actor also removes its relationships: keep those too.
    const removed = cy.remove(leaving);
    if (detached) removed.forEach((el) => void detached.set(el.id(), el));

    const toAdd: ElementDefinition[] = [];
    const toRestore: SingularElementReturnValue[] = [];
    for (const def of next) {
      const id = String(def.data.id);
      if (cy.getElementById(id).nonempty()) continue;
      const kept = detached?.get(id);
      if (kept) toRestore.push(kept);
      else toAdd.push(def);
    }
    // Nodes before edges, so an edge never arrives before its endpoints.
    const nodesFirst = <T>(list: T[], isNode: (item: T) => boolean) =>
      list.sort((a, b) => Number(isNode(b)) - Number(isNode(a)));
    // A collection can be made from elements (the typings only list definitions and selectors).
    cy.collection(nodesFirst(toRestore, (el) => el.isNode()) as unknown as CollectionArgument).restore();
    for (const el of toRestore) detached?.delete(el.id());
    cy.add(nodesFirst(toAdd, (def) => def.group === "nodes"));
    result.added = [...toRestore.map((el) => el.id()), ...toAdd.map((def) => String(def.data.id))];

    for (const def of next) updateElement(cy, def, result);
  });
  return result;
}

/** Brings an element that stayed (or came back) up to date with its definition. */
function updateElement(cy: Core, def: ElementDefinition, result: SyncResult): void {
  const id = String(def.data.id);
  const existing = cy.getElementById(id);
  const data = def.data as Record<string, unknown>;
  if (
    existing.isEdge() &&
    (existing.data("source") !== data.source || existing.data("target") !== data.target)
  ) {
    // Endpoints cannot be changed through data(); move() re-attaches the edge.
    existing.move({ source: String(data.source), target: String(data.target) });
  }
  if (!sameData(existing.data() as Record<string, unknown>, data)) {
    existing.data(data);
    result.updated.push(id);
  }
}
