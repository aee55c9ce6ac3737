/**
 * Detail on demand in the plain overview (fast mode): the classes that give a few relationships back
 * their arrowheads and line styles (style.ts, DETAIL_STATES). `in-focus`: the relationships of the
 * selected actors. `near`: when zoomed in so close that few actors are on screen, the relationships
 * of those actors. Each update touches only the edges that gain or lose a class, never the graph.
 */
import type { CollectionArgument, Core, EdgeCollection, NodeCollection, NodeSingular } from "cytoscape";

/** At most this many actors on screen for their relationships to be drawn in full. */
export const NEAR_MAX_ACTORS = 300;
/** Quiet time after a pan or zoom before what depends on the view is worked out again (groupNames.ts too). */
export const VIEWPORT_SETTLE_MS = 150;

/** Gives `className` to exactly `next`, touching only the elements that gain or lose it. */
function moveClass(current: EdgeCollection, next: EdgeCollection, className: string): EdgeCollection {
  current.difference(next).removeClass(className);
  next.difference(current).addClass(className);
  return next;
}

/** The actors whose centre is on screen, or null as soon as there are more than `max`. */
function actorsOnScreen(cy: Core, max: number): NodeCollection | null {
  const { x1, y1, x2, y2 } = cy.extent();
  const nodes = cy.nodes();
  const found: NodeSingular[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const { x, y } = node.position();
    if (x < x1 || x > x2 || y < y1 || y > y2) continue;
    if (found.push(node) > max) return null;
  }
  return cy.collection(found as unknown as CollectionArgument) as unknown as NodeCollection;
}

export function bindDetailOnDemand(cy: Core): void {
  const none = () => cy.collection() as unknown as EdgeCollection;
  let inFocus = none();
  let near = none();
  let focusQueued = false;
  // A click unselects one actor and selects another: one update for both events.
  const refreshFocus = () => {
    if (focusQueued) return;
    focusQueued = true;
    queueMicrotask(() => {
      focusQueued = false;
      if (cy.destroyed()) return;
      cy.batch(() => (inFocus = moveClass(inFocus, cy.nodes(":selected").connectedEdges(), "in-focus")));
    });
  };
  cy.on("select unselect", "node", refreshFocus);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshNear = () => {
    if (cy.destroyed()) return;
    const actors = actorsOnScreen(cy, NEAR_MAX_ACTORS);
    const next = actors ? actors.connectedEdges() : none();
    if (next.empty() && near.empty()) return;
    cy.batch(() => (near = moveClass(near, next, "near")));
  };
  cy.on("viewport", () => {
    clearTimeout(timer);
    timer = setTimeout(refreshNear, VIEWPORT_SETTLE_MS);
  });
  cy.on("destroy", () => clearTimeout(timer));
}
