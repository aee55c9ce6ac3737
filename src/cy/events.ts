/**
 * What the user does on the canvas, turned into the app's vocabulary: select, add to the selection,
 * box-select, clear, double-click an actor, pan or zoom; hover highlights are drawn here directly.
 */
import type { Core, EventObject, NodeSingular } from "cytoscape";
import type { Selection, Viewport } from "../domain/view/types";
import { bindReadEdgeLabels, sizeReadEdgeLabels } from "./edgeLabels";
import { clearHover, highlightNeighbourhood } from "./highlight";

export interface CanvasHandlers {
  /** The user tapped an actor or relationship. */
  onSelect(selection: Selection): void;
  /** The user shift-, ctrl- or cmd-clicked an actor: add it to (or take it out of) the selection. */
  onToggleNode?(id: string): void;
  /** The user drew a selection box (shift-drag) around actors. */
  onBoxSelect?(ids: string[]): void;
  /** The user tapped the empty background. */
  onClearSelection(): void;
  /** The user double-clicked an actor. */
  onDoubleTapNode?(id: string): void;
  /** The user panned or zoomed (reported at most every 250 ms). */
  onViewportChange?(viewport: Viewport): void;
}

const VIEWPORT_REPORT_MS = 250;

/** Binds the handlers to an instance; `dimOnHover` is read at each hover (it depends on the graph's size). */
export function bindCanvasEvents(cy: Core, handlers: CanvasHandlers, dimOnHover: () => boolean): void {
  bindTaps(cy, handlers);
  bindBoxSelection(cy, handlers);
  bindViewport(cy, handlers);
  cy.on("mouseover", "node", (event: EventObject) =>
    highlightNeighbourhood(cy, event.target as NodeSingular, dimOnHover()),
  );
  cy.on("mouseout", "node", () => clearHover(cy));
  cy.on("mouseover", "edge", (event: EventObject) => {
    (event.target as NodeSingular).addClass("hovered");
    sizeReadEdgeLabels(cy);
  });
  cy.on("mouseout", "edge", (event: EventObject) => {
    (event.target as NodeSingular).removeClass("hovered");
    sizeReadEdgeLabels(cy);
  });
  bindReadEdgeLabels(cy);
}

function bindTaps(cy: Core, handlers: CanvasHandlers): void {
  // Cytoscape fires dbltap for any two quick taps, even on two different actors.
  const taps: (string | null)[] = [null, null];
  cy.on("tap", (event: EventObject) => {
    taps.shift();
    taps.push(event.target === cy ? null : (event.target as NodeSingular).id());
    if (event.target === cy) handlers.onClearSelection();
  });
  cy.on("tap", "node, edge", (event: EventObject) => {
    const target = event.target as NodeSingular;
    const original = event.originalEvent as MouseEvent | undefined;
    const additive = !!original && (original.shiftKey || original.ctrlKey || original.metaKey);
    if (additive && target.isNode() && handlers.onToggleNode) handlers.onToggleNode(target.id());
    else handlers.onSelect({ kind: target.isNode() ? "node" : "edge", id: target.id() });
  });
  cy.on("dbltap", "node", (event: EventObject) => {
    const id = (event.target as NodeSingular).id();
    if (taps[0] === id && taps[1] === id) handlers.onDoubleTapNode?.(id);
  });
}

/** A box selection fires once per element; they are reported together when the box is released. */
function bindBoxSelection(cy: Core, handlers: CanvasHandlers): void {
  let boxed: string[] = [];
  cy.on("boxselect", "node", (event: EventObject) => void boxed.push((event.target as NodeSingular).id()));
  cy.on("boxend", () => {
    setTimeout(() => {
      if (boxed.length > 0) handlers.onBoxSelect?.(boxed);
      boxed = [];
    }, 0);
  });
}

function bindViewport(cy: Core, handlers: CanvasHandlers): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  cy.on("viewport", () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => handlers.onViewportChange?.({ zoom: cy.zoom(), pan: { ...cy.pan() } }),
      VIEWPORT_REPORT_MS,
    );
  });
  cy.on("destroy", () => clearTimeout(timer));
}
