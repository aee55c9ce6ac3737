/**
 * The classes that mark what the user is doing rather than what the data says: hovering an actor
 * (its neighbourhood emphasised, the rest faded) and the path finder's result (on the path, off it).
 * One list, so exports can leave exactly these out of the picture.
 */
import type { Collection, CollectionArgument, Core, NodeSingular } from "cytoscape";
import type { PathElements } from "../domain/view/paths";
import { sizeReadEdgeLabels } from "./edgeLabels";

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
 * What the last hover and the last path marked, per instance, so clearing them touches only those
 * elements instead of scanning the whole graph for the classes.
 */
const hoverMarked = new WeakMap<Core, Collection>();
const pathMarked = new WeakMap<Core, Collection>();

/**
 * Hovering an actor dims everything outside its immediate neighbourhood. On large graphs it only
 * emphasises the neighbourhood: restyling every other element takes seconds there.
 */
export function highlightNeighbourhood(cy: Core, node: NodeSingular, dimOthers: boolean): void {
  const neighbourhood = node.closedNeighborhood();
  cy.batch(() => {
    clearHoverMarks(cy);
    if (dimOthers) cy.elements().difference(neighbourhood).addClass("faded");
    node.addClass("hovered");
    neighbourhood.edges().addClass("emphasised");
    sizeReadEdgeLabels(cy);
  });
  // Dimming marks every element, so that hover is cleared by the classes' own lookup.
  if (!dimOthers) hoverMarked.set(cy, neighbourhood);
}

function clearHoverMarks(cy: Core): void {
  const marked = hoverMarked.get(cy);
  if (!marked) return removeClasses(cy, HOVER_CLASSES);
  hoverMarked.delete(cy);
  marked.removeClass(HOVER_CLASSES.join(" "));
}

export function clearHover(cy: Core): void {
  cy.batch(() => {
    clearHoverMarks(cy);
    sizeReadEdgeLabels(cy);
  });
}

/**
 * Marks a path finder result: its actors and relationships stand out and, unless `dimOthers` is
 * false (large graphs, where restyling every element takes seconds), the rest is dimmed; null clears it.
 */
export function highlightPath(cy: Core, path: PathElements | null, dimOthers = true): void {
  cy.batch(() => {
    const marked = pathMarked.get(cy);
    pathMarked.delete(cy);
    if (marked) marked.removeClass(PATH_CLASSES.join(" "));
    else withClasses(cy, PATH_CLASSES).removeClass(PATH_CLASSES.join(" "));
    if (!path) return sizeReadEdgeLabels(cy);
    if (!dimOthers) {
      const ids = [...path.nodeIds, ...path.edgeIds].map((id) => cy.getElementById(id));
      const on = cy.collection(ids as unknown as CollectionArgument).filter((el) => el.nonempty());
      on.addClass("on-path");
      pathMarked.set(cy, on);
      return sizeReadEdgeLabels(cy);
    }
    cy.elements().forEach((el) => {
      const id = el.id();
      const on = el.isNode() ? path.nodeIds.has(id) : path.edgeIds.has(id);
      el.addClass(on ? "on-path" : "off-path");
    });
    sizeReadEdgeLabels(cy);
  });
}
