/**
 * A small registry so toolbar buttons, search and the details panel can ask the canvas to fit, zoom
 * or centre without holding the Cytoscape instance (the pattern cytoscape-web uses). Calls made while
 * no canvas is mounted do nothing.
 */
import type { GraphController } from "./controller";

let current: GraphController | null = null;

export function registerCanvas(controller: GraphController): void {
  current = controller;
}

export function unregisterCanvas(controller: GraphController): void {
  if (current === controller) current = null;
}

export const canvasCommands = {
  fit: (): void => current?.fit(),
  zoomIn: (): void => current?.zoomBy(1.3),
  zoomOut: (): void => current?.zoomBy(1 / 1.3),
  centreOn: (id: string): void => current?.centreOn(id),
};
