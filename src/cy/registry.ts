/**
 * A small registry so toolbar buttons, search, panels and the export dialog can ask the canvas to
 * fit, zoom, centre, lay out or draw an image without holding the Cytoscape instance (the pattern
 * cytoscape-web uses). Calls made while no canvas is mounted do nothing or return nothing.
 */
import type { Position } from "cytoscape";
import type { DatasetIndex } from "../domain/dataset/datasetIndex";
import type { ImageSpec } from "../domain/export/imageSpec";
import type { ExportElements } from "../domain/export/scope";
import type { LayoutRequest } from "../domain/view/types";
import type { GraphController } from "./controller";
import type { LayoutOutcome } from "./layoutRunner";

let current: GraphController | null = null;
/** What to centre on when the canvas is shown again (a row picked in the table view). */
let centreWhenShown: string | null = null;
const listeners = new Set<(controller: GraphController | null) => void>();

export function registerCanvas(controller: GraphController): void {
  current = controller;
  for (const listener of listeners) listener(current);
}

export function unregisterCanvas(controller: GraphController): void {
  if (current !== controller) return;
  current = null;
  for (const listener of listeners) listener(null);
}

/** Follows the mounted canvas (the read-only test handle reads facts from it). Returns the unsubscribe. */
export function followCanvas(listener: (controller: GraphController | null) => void): () => void {
  listeners.add(listener);
  listener(current);
  return () => void listeners.delete(listener);
}

function requireCanvas(): GraphController {
  if (!current) throw new Error("The canvas is not ready yet.");
  return current;
}

export const canvasCommands = {
  fit: (): void => current?.fit(),
  zoomIn: (): void => current?.zoomBy(1.3),
  zoomOut: (): void => current?.zoomBy(1 / 1.3),
  centreOn: (id: string): void => current?.centreOn(id),
  /** A bar over the canvas covers this much of its top (px): fits keep the drawing below it. */
  setCoveredTop: (px: number): void => current?.setCoveredTop(px),
  /**
   * Centres on `id` once the canvas is shown again: while the table hides it, moving the view would
   * redraw every frame of the animation for no one to see (a second of blocked page at 10,000 actors).
   */
  centreOnWhenShown: (id: string): void => void (centreWhenShown = id),
  /** The canvas is shown again: the centring asked for while it was hidden, if any. */
  takeCentreWhenShown: (): string | null => {
    const id = centreWhenShown;
    centreWhenShown = null;
    return id;
  },
  cancelLayout: (): void => current?.layouts.cancel(),
  /** Lays out what is drawn; null when cancelled or when no canvas is mounted. */
  runLayout: async (request: LayoutRequest): Promise<LayoutOutcome | null> =>
    current ? current.layouts.run(request) : null,
  nodeIdsInViewport: (): Set<string> => current?.nodeIdsInViewport() ?? new Set(),
  nodePositions: (): Map<string, Position> => current?.nodePositions() ?? new Map(),
  /** Image exports load their code on first use: most sessions never export. */
  async renderPng(index: DatasetIndex, elements: ExportElements, spec: ImageSpec) {
    const { renderPng } = await import("./exportImage");
    return renderPng(requireCanvas().cy, index, elements, spec);
  },
  async renderSvg(index: DatasetIndex, elements: ExportElements, spec: ImageSpec) {
    const { renderSvg } = await import("./exportImage");
    return renderSvg(requireCanvas().cy, index, elements, spec);
  },
  async planImage(elements: ExportElements, spec: ImageSpec) {
    const { planImage, canvasMeasure } = await import("./exportImage");
    return planImage(requireCanvas().cy, elements, spec, canvasMeasure());
  },
};
