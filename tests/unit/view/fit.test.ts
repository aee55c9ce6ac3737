// Fitting the drawing: whole and centred, never zoomed in past a readable size.
import { describe, expect, it } from "vitest";
import { fitViewport, MAX_FIT_ZOOM } from "../../../src/domain/view/fit";

const canvas = { width: 1000, height: 600 };

describe("fitViewport", () => {
  it.each([
    // [case, box, expected zoom]
    ["a large drawing is shrunk to fit the narrower side", { x1: 0, y1: 0, x2: 2000, y2: 500 }, 920 / 2000],
    ["a tall drawing fits its height", { x1: -100, y1: -1000, x2: 100, y2: 1000 }, 520 / 2000],
    ["a small drawing stops at the readable size", { x1: 0, y1: 0, x2: 100, y2: 50 }, MAX_FIT_ZOOM],
    ["a single actor (a point) stops there too", { x1: 5, y1: 5, x2: 5, y2: 5 }, MAX_FIT_ZOOM],
  ])("%s", (_case, box, zoom) => {
    const viewport = fitViewport(box, canvas, 40)!;
    expect(viewport.zoom).toBeCloseTo(zoom, 10);
    // The box's centre is drawn at the canvas's centre.
    const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    expect(centre.x * viewport.zoom + viewport.pan.x).toBeCloseTo(500, 6);
    expect(centre.y * viewport.zoom + viewport.pan.y).toBeCloseTo(300, 6);
  });

  it("keeps the whole box inside the padding", () => {
    const box = { x1: 10, y1: 20, x2: 3010, y2: 920 };
    const { zoom, pan } = fitViewport(box, canvas, 40)!;
    expect(box.x1 * zoom + pan.x).toBeGreaterThanOrEqual(40 - 1e-9);
    expect(box.x2 * zoom + pan.x).toBeLessThanOrEqual(960 + 1e-9);
    expect(box.y1 * zoom + pan.y).toBeGreaterThanOrEqual(40 - 1e-9);
    expect(box.y2 * zoom + pan.y).toBeLessThanOrEqual(560 + 1e-9);
  });

  it.each([
    ["a tall drawing", { x1: 0, y1: 0, x2: 100, y2: 2000 }],
    ["a small drawing", { x1: 0, y1: 0, x2: 100, y2: 50 }],
  ])("keeps %s below a bar covering the canvas's top, centred in the room left", (_case, box) => {
    const insets = { top: 40 + 60, right: 40, bottom: 40, left: 40 };
    const { zoom, pan } = fitViewport(box, canvas, insets)!;
    expect(box.y1 * zoom + pan.y).toBeGreaterThanOrEqual(100 - 1e-9);
    expect(box.y2 * zoom + pan.y).toBeLessThanOrEqual(560 + 1e-9);
    const middle = ((box.y1 + box.y2) / 2) * zoom + pan.y;
    expect(middle).toBeCloseTo(100 + (600 - 100 - 40) / 2, 6);
  });

  it.each([
    [
      "an empty drawing (Cytoscape's infinite box)",
      { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity },
      canvas,
    ],
    ["a canvas without size", { x1: 0, y1: 0, x2: 10, y2: 10 }, { width: 0, height: 0 }],
    ["a canvas smaller than its padding", { x1: 0, y1: 0, x2: 10, y2: 10 }, { width: 60, height: 600 }],
  ])("gives nothing to fit for %s", (_case, box, size) => {
    expect(fitViewport(box, size, 40)).toBeNull();
  });
});
