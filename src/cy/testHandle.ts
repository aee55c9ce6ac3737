/**
 * A read-only handle on the canvas for the e2e tests and the benchmark, compiled in only when
 * __EXPLORER_TEST_HANDLE__ is true (see vite.config.ts). It exposes facts, never the instance.
 */
import type { GraphController } from "./controller";

export interface ExplorerTestHandle {
  nodeIds(): string[];
  edgeIds(): string[];
  selectedIds(): string[];
  /** The node's centre in page (CSS pixel) coordinates, for real mouse clicks. */
  nodePagePosition(id: string): { x: number; y: number } | null;
  /** Whether the node's centre lies inside the visible canvas. */
  isInViewport(id: string): boolean;
  zoom(): number;
  pan(): { x: number; y: number };
  positions(): Record<string, { x: number; y: number }>;
}

declare global {
  interface Window {
    __explorer?: ExplorerTestHandle;
  }
}

export function installTestHandle(controller: GraphController): () => void {
  const { cy } = controller;
  const rendered = (id: string) => {
    const node = cy.getElementById(id);
    return node.empty() ? null : node.renderedPosition();
  };
  const handle: ExplorerTestHandle = {
    nodeIds: () => cy.nodes().map((n) => n.id()),
    edgeIds: () => cy.edges().map((e) => e.id()),
    selectedIds: () => cy.$(":selected").map((e) => e.id()),
    nodePagePosition(id) {
      const position = rendered(id);
      const container = cy.container();
      if (!position || !container) return null;
      const box = container.getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    },
    isInViewport(id) {
      const position = rendered(id);
      return (
        !!position &&
        position.x >= 0 &&
        position.y >= 0 &&
        position.x <= cy.width() &&
        position.y <= cy.height()
      );
    },
    zoom: () => cy.zoom(),
    pan: () => ({ ...cy.pan() }),
    positions: () => Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
  };
  window.__explorer = Object.freeze(handle);
  return () => {
    if (window.__explorer === handle) delete window.__explorer;
  };
}
