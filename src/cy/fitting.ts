/** Fitting the canvas to what it draws, never zoomed in past a readable size (domain/view/fit.ts). */
import type { Collection, Core } from "cytoscape";
import { fitViewport } from "../domain/view/fit";

export function fitReadably(cy: Core, eles: Collection, padding: number, animate: boolean): void {
  const viewport = fitViewport(eles.boundingBox(), { width: cy.width(), height: cy.height() }, padding);
  if (!viewport) return;
  if (animate) cy.animate({ zoom: viewport.zoom, pan: viewport.pan }, { duration: 250 });
  else cy.viewport({ zoom: viewport.zoom, pan: viewport.pan });
}
