/**
 * Patches the canvas to a new set of element definitions by id, in one batch: removes what left,
 * adds what arrived, updates data that changed. Positions of elements that stay are never touched,
 * so nothing jumps when a filter changes.
 */
import type { Core, ElementDefinition } from "cytoscape";

export interface SyncResult {
  added: string[];
  removed: string[];
  updated: string[];
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(b);
  return keys.every((k) => a[k] === b[k]);
}

export function syncElements(cy: Core, next: readonly ElementDefinition[]): SyncResult {
  const result: SyncResult = { added: [], removed: [], updated: [] };
  const nextIds = new Set(next.map((def) => String(def.data.id)));
  cy.batch(() => {
    const leaving = cy.elements().filter((el) => !nextIds.has(el.id()));
    result.removed = leaving.map((el) => el.id());
    cy.remove(leaving);

    const toAdd: ElementDefinition[] = [];
    for (const def of next) {
      const id = String(def.data.id);
      const existing = cy.getElementById(id);
      if (existing.empty()) {
        toAdd.push(def);
        continue;
      }
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
    // Nodes before edges, so an edge never arrives before its endpoints.
    toAdd.sort((a, b) => (a.group === b.group ? 0 : a.group === "nodes" ? -1 : 1));
    cy.add(toAdd);
    result.added = toAdd.map((def) => String(def.data.id));
  });
  return result;
}
