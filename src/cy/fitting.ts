/** Fitting the canvas to what it draws, never zoomed in past a readable size (domain/view/fit.ts). */
import type { Core, Collection } from "cytoscape";
import { fitViewport } from "../domain/view/fit";

const COVERED_TOP = "coveredTop";

/**
 * How much of the canvas's top a bar over it covers (the focus bar), in px: fits keep the drawing
 * below it. Kept on the instance so every fit (after a layout, a filter, Fit) sees it.
 */
export function setCoveredTop(cy: Core, px: number): void {
  cy.scratch(COVERED_TOP, Math.max(0, px));
}

export function fitReadably(cy: Core, eles: Collection, padding: number, animate: boolean): void {
  const covered = Number(cy.scratch(COVERED_TOP) ?? 0);
  const insets = { top: padding + covered, right: padding, bottom: padding, left: padding };
  const viewport = fitViewport(eles.boundingBox(), { width: cy.width(), height: cy.height() }, insets);
  if (!viewport) return;
  if (animate) cy.animate({ zoom: viewport.zoom, pan: viewport.pan }, { duration: 250 });
  else cy.viewport({ zoom: viewport.zoom, pan: viewport.pan });
}
