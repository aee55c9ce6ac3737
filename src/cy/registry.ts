/**
 * A small registry so toolbar buttons, search, panels and the export dialog can ask the canvas to
 * fit, zoom, centre or draw an image without holding the Cytoscape instance (the pattern
 * cytoscape-web uses). Calls made while no canvas is mounted do nothing or return nothing.
 */
import type { Position } from "cytoscape";
import type { ExportElements } from "../domain/export/scope";
import type { DatasetIndex } from "../domain/dataset/datasetIndex";
import type { GraphController } from "./controller";
import type { ImageOptions, ImageResult } from "./exportImage";

let current: GraphController | null = null;

export function registerCanvas(controller: GraphController): void {
  current = controller;
}

export function unregisterCanvas(controller: GraphController): void {
  if (current === controller) current = null;
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
  cancelLayout: (): void => current?.cancelLayout(),
  nodeIdsInViewport: (): Set<string> => current?.nodeIdsInViewport() ?? new Set(),
  nodePositions: (): Map<string, Position> => current?.nodePositions() ?? new Map(),
  /** Image exports load their code on first use: most sessions never export. */
  async renderPng(
    index: DatasetIndex,
    elements: ExportElements,
    options: ImageOptions,
  ): Promise<ImageResult> {
    const { renderPng } = await import("./exportImage");
    return renderPng(requireCanvas().cy, index, elements, options);
  },
  async renderSvg(index: DatasetIndex, elements: ExportElements, options: ImageOptions) {
    const { renderSvg } = await import("./exportImage");
    return renderSvg(requireCanvas().cy, index, elements, options);
  },
  async planImage(elements: ExportElements, options: ImageOptions) {
    const { planImage, canvasMeasure } = await import("./exportImage");
    return planImage(requireCanvas().cy, elements, options, canvasMeasure());
  },
};
