/**
 * The classes that mark what the user is doing rather than what the data says: hovering an actor
 * (its neighbourhood emphasised, the rest faded) and the path finder's result (on the path, off it).
 * One list, so exports can leave exactly these out of the picture.
 */
import type { Collection, Core, NodeSingular } from "cytoscape";
import type { PathElements } from "../domain/view/paths";

const HOVER_CLASSES = ["faded", "hovered", "emphasised"] as const;
const PATH_CLASSES = ["on-path", "off-path"] as const;

/** Every class that belongs to the session, not to the data. */
export const SESSION_CLASSES: readonly string[] = [...HOVER_CLASSES, ...PATH_CLASSES];

/**
 * The elements that carry any of the classes. Cytoscape restyles every element removeClass is called
 * on, whether it had the class or not, so removing from all elements restyles the whole graph.
 */
export function withClasses(cy: Core, classes: readonly string[]): Collection {
  return cy.$(classes.map((name) => `.${name}`).join(", "));
}

function removeClasses(cy: Core, classes: readonly string[]): void {
  cy.batch(() => withClasses(cy, classes).removeClass(classes.join(" ")));
}

/**
 * Hovering an actor dims everything outside its immediate neighbourhood. On large graphs it only
 * emphasises the neighbourhood: restyling every other element takes seconds there.
 */
export function highlightNeighbourhood(cy: Core, node: NodeSingular, dimOthers: boolean): void {
  const neighbourhood = node.closedNeighborhood();
  cy.batch(() => {
    if (dimOthers) cy.elements().difference(neighbourhood).addClass("faded");
    node.addClass("hovered");
    neighbourhood.edges().addClass("emphasised");
  });
}

export function clearHover(cy: Core): void {
  removeClasses(cy, HOVER_CLASSES);
}

/** Marks a path finder result: its actors and relationships stand out, the rest is dimmed; null clears it. */
export function highlightPath(cy: Core, path: PathElements | null): void {
  cy.batch(() => {
    withClasses(cy, PATH_CLASSES).removeClass(PATH_CLASSES.join(" "));
    if (!path) return;
    cy.elements().forEach((el) => {
      const id = el.id();
      const on = el.isNode() ? path.nodeIds.has(id) : path.edgeIds.has(id);
      el.addClass(on ? "on-path" : "off-path");
    });
  });
}
