/**
 * Fitting the drawing to the canvas. A plain fit blows a handful of actors up to fill the screen
 * (shapes the size of a fist, labels colliding with their neighbours' shapes), so a fit never zooms in
 * past a readable size: a small graph is shown at that size, centred.
 */
import type { Viewport } from "./types";

/** Labels are 15 px at zoom 1: at 1.4 they read as ~21 px headings, never as posters. */
export const MAX_FIT_ZOOM = 1.4;

/** Space kept free on each side of a fitted drawing, in screen px (a bar over the canvas's top, say). */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const evenInsets = (padding: number): Insets => ({
  top: padding,
  right: padding,
  bottom: padding,
  left: padding,
});

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The viewport that shows `box` (model coordinates) whole inside a canvas of `width` x `height`
 * with `padding` on every side (or the given insets), zoomed in no further than `maxZoom`; null when nothing can be fitted
 * (an empty drawing, or a canvas without size).
 */
export function fitViewport(
  box: Box,
  canvas: { width: number; height: number },
  padding: number | Insets,
  maxZoom = MAX_FIT_ZOOM,
): Viewport | null {
  const inset = typeof padding === "number" ? evenInsets(padding) : padding;
  const boxWidth = box.x2 - box.x1;
  const boxHeight = box.y2 - box.y1;
  const room = {
    width: canvas.width - inset.left - inset.right,
    height: canvas.height - inset.top - inset.bottom,
  };
  const finite = [box.x1, box.x2, box.y1, box.y2].every(Number.isFinite);
  if (!finite || boxWidth < 0 || boxHeight < 0 || room.width <= 0 || room.height <= 0) return null;
  const fits = Math.min(
    boxWidth > 0 ? room.width / boxWidth : Infinity,
    boxHeight > 0 ? room.height / boxHeight : Infinity,
  );
  const zoom = Math.min(fits, maxZoom);
  // Centred in the room left between the insets, not in the whole canvas.
  const centre = { x: inset.left + room.width / 2, y: inset.top + room.height / 2 };
  return {
    zoom,
    pan: {
      x: centre.x - zoom * ((box.x1 + box.x2) / 2),
      y: centre.y - zoom * ((box.y1 + box.y2) / 2),
    },
  };
}
