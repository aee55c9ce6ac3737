/**
 * The scale the benchmark exports at, shared by the app's test handle and the baseline page so both
 * draw the same number of pixels.
 */
import type { Core } from "cytoscape";

/** 1x, or less when the drawing is wider or taller than `maxSide` pixels. */
export function cappedScale(cy: Core, maxSide: number): number {
  const box = cy.elements().boundingBox();
  return Math.min(1, maxSide / Math.max(box.w, 1), maxSide / Math.max(box.h, 1));
}
