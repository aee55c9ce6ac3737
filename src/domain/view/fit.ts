/**
 * Fitting the drawing to the canvas. A plain fit blows a handful of actors up to fill the screen
 * (shapes the size of a fist, labels colliding with their neighbours' shapes), so a fit never zooms in
 * past a readable size: a small graph is shown at that size, centred.
 */
import type { Viewport } from "./types";

/** Labels are 15 px at zoom 1: at 1.4 they read as ~21 px headings, never as posters. */
export const MAX_FIT_ZOOM = 1.4;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The viewport that shows `box` (model coordinates) whole inside a canvas of `width` x `height`
 * with `padding` on every side, zoomed in no further than `maxZoom`; null when nothing can be fitted
 * (an empty drawing, or a canvas without size).
 */
export function fitViewport(
  box: Box,
  canvas: { width: number; height: number },
  padding: number,
  maxZoom = MAX_FIT_ZOOM,
): Viewport | null {
  const boxWidth = box.x2 - box.x1;
  const boxHeight = box.y2 - box.y1;
  const room = { width: canvas.width - 2 * padding, height: canvas.height - 2 * padding };
  const finite = [box.x1, box.x2, box.y1, box.y2].every(Number.isFinite);
  if (!finite || boxWidth < 0 || boxHeight < 0 || room.width <= 0 || room.height <= 0) return null;
  const fits = Math.min(
    boxWidth > 0 ? room.width / boxWidth : Infinity,
    boxHeight > 0 ? room.height / boxHeight : Infinity,
  );
  const zoom = Math.min(fits, maxZoom);
  return {
    zoom,
    pan: {
      x: canvas.width / 2 - zoom * ((box.x1 + box.x2) / 2),
      y: canvas.height / 2 - zoom * ((box.y1 + box.y2) / 2),
    },
  };
}
