/**
 * Layout options per layout name, computed reproducibly (seeded randomness, stable ordering: the same
 * dataset gives the same picture on every load), and the move of the actors to their places. Which
 * layout runs where is decided by the layout runner (layoutRunner.ts).
 */
import type { Collection, Core, LayoutOptions, NodeCollection, NodeSingular, Position } from "cytoscape";
import { MAX_FIT_ZOOM } from "../domain/view/fit";
import { withSeededRandom } from "../domain/view/layouts";
import { fitReadably } from "./fitting";
import type { LayoutRequest } from "../domain/view/types";
import { forceLayoutOptions, forceQualityFor } from "./forceLayout";

const PADDING = 40;

/** Groups actors of one type together and orders them by name, so circle and grid read as lists. */
function byTypeThenLabel(a: NodeSingular, b: NodeSingular): number {
  return (
    String(a.data("type")).localeCompare(String(b.data("type"))) ||
    String(a.data("label")).localeCompare(String(b.data("label")))
  );
}

export function layoutOptions(request: LayoutRequest, eles: Collection): LayoutOptions {
  const common = { eles, fit: false, animate: false, nodeDimensionsIncludeLabels: true };
  switch (request.name) {
    case "fcose":
      return forceLayoutOptions(forceQualityFor(eles.nodes().length), eles.nodes().length);
    case "concentric":
      return {
        ...common,
        name: "concentric",
        concentric: (node: NodeSingular) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 30,
        avoidOverlap: true,
      } as LayoutOptions;
    case "breadthfirst":
      return {
        ...common,
        name: "breadthfirst",
        directed: false,
        spacingFactor: 1.1,
        avoidOverlap: true,
        ...(request.root ? { roots: [request.root] } : {}),
      } as LayoutOptions;
    case "circle":
      return { ...common, name: "circle", sort: byTypeThenLabel, avoidOverlap: true } as LayoutOptions;
    case "grid":
      return {
        ...common,
        name: "grid",
        sort: byTypeThenLabel,
        avoidOverlap: true,
        avoidOverlapPadding: 20,
      } as LayoutOptions;
  }
}

export type Positions = Map<string, Position>;

export function readPositions(nodes: NodeCollection): Positions {
  return new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
}

/**
 * A force layout has no preferred orientation, so it is turned a quarter when that lets it fill the
 * canvas better (a wide drawing in a tall canvas, or the reverse): labels end up larger on screen.
 */
export function orientToCanvas(positions: Positions, canvasWidth: number, canvasHeight: number): Positions {
  if (positions.size < 3 || canvasWidth <= 0 || canvasHeight <= 0) return positions;
  // A loop, not Math.min(...xs): spreading 150,000 arguments overflows the call stack.
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y } of positions.values()) {
    [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
  }
  const width = maxX - minX;
  const height = maxY - minY;
  const drawingIsWide = width > height * 1.1;
  const drawingIsTall = height > width * 1.1;
  const canvasIsWide = canvasWidth > canvasHeight;
  if (!(drawingIsWide && !canvasIsWide) && !(drawingIsTall && canvasIsWide)) return positions;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return new Map([...positions].map(([id, p]) => [id, { x: cx - (p.y - cy), y: cy + (p.x - cx) }]));
}

/** Computes a layout synchronously (seeded); leaves the nodes at the computed places. */
export function computeOnPage(cy: Core, request: LayoutRequest, eles: Collection): Positions {
  const layout = eles.layout(layoutOptions(request, eles));
  // Non-animated runs are synchronous, so the seeded Math.random covers every draw the layout makes.
  withSeededRandom(request.seed, () => layout.run());
  return readPositions(eles.nodes());
}

/** Moves the nodes to their places (gliding when asked and the graph is small enough to animate). */
export function placeNodes(cy: Core, eles: Collection, target: Positions, animate: boolean): Promise<void> {
  const nodes = eles.nodes();
  if (!animate || nodes.length > 2000) {
    cy.batch(() => nodes.forEach((n) => void (target.has(n.id()) && n.position(target.get(n.id())!))));
    fitReadably(cy, eles, PADDING, false);
    return Promise.resolve();
  }
  const move = eles.layout({
    name: "preset",
    positions: (node: NodeSingular) => target.get(node.id()) ?? node.position(),
    animate: true,
    animationDuration: 450,
    fit: true,
    padding: PADDING,
  } as LayoutOptions);
  // The preset's own fit has no zoom limit: a few actors would fill the screen, so it is re-fitted.
  const done = new Promise<void>((resolve) =>
    move.one("layoutstop", () => {
      if (cy.zoom() > MAX_FIT_ZOOM) fitReadably(cy, eles, PADDING, true);
      resolve();
    }),
  );
  move.run();
  return done;
}
