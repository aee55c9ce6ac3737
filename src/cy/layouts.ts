/**
 * Layout options per layout name, and a runner that makes each run reproducible: the same dataset
 * gives the same picture on every load (seeded randomness, stable ordering). Every layout is computed
 * synchronously first; an animated run then moves the nodes to the computed places.
 */
import type { Collection, Core, LayoutOptions, NodeCollection, NodeSingular, Position } from "cytoscape";
import { withSeededRandom, type LayoutName } from "../domain/view/layouts";
import {
  FORCE_LAYOUT_MAX_NODES,
  forceLayoutOptions,
  forceQualityFor,
  PAGE_LAYOUT_MAX_NODES,
} from "./forceLayout";
import { canUseLayoutWorker, layoutInWorker } from "./layoutWorkerClient";

export interface LayoutRequest {
  name: LayoutName;
  /** Seed for layouts that use randomness; derived from the dataset id. */
  seed: number;
  /** The root actor of the breadth-first hierarchy. */
  root?: string;
  /** Animate the move (user-asked re-layouts); first draws are not animated. */
  animate?: boolean;
}

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

type Positions = Map<string, Position>;

function readPositions(nodes: NodeCollection): Positions {
  return new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
}

/**
 * A force layout has no preferred orientation, so it is turned a quarter when that lets it fill the
 * canvas better (a wide drawing in a tall canvas, or the reverse): labels end up larger on screen.
 */
export function orientToCanvas(positions: Positions, canvasWidth: number, canvasHeight: number): Positions {
  if (positions.size < 3 || canvasWidth <= 0 || canvasHeight <= 0) return positions;
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
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
function computeOnPage(cy: Core, request: LayoutRequest, eles: Collection): Positions {
  const layout = eles.layout(layoutOptions(request, eles));
  // Non-animated runs are synchronous, so the seeded Math.random covers every draw the layout makes.
  withSeededRandom(request.seed, () => layout.run());
  return readPositions(eles.nodes());
}

export interface LayoutOutcome {
  /** Set when the requested layout was not run as asked, saying what was done instead. */
  note?: string;
  /** Where the whole run took place. */
  ranIn: "page" | "worker";
}

/**
 * Where each node should go. The force layout runs in a worker above a few hundred actors, and is
 * replaced by a grid above the size it can finish at; the other layouts are fast enough on the page.
 */
async function computeLayout(
  cy: Core,
  request: LayoutRequest,
  eles: Collection,
  signal?: AbortSignal,
): Promise<{ target: Positions; outcome: LayoutOutcome }> {
  const count = eles.nodes().length;
  if (request.name === "fcose" && count > FORCE_LAYOUT_MAX_NODES) {
    const target = computeOnPage(cy, { ...request, name: "grid" }, eles);
    const note = `The force layout is not run above ${FORCE_LAYOUT_MAX_NODES.toLocaleString("en")} actors; they are placed in a grid. Positions saved in the file are used when present.`;
    return { target, outcome: { note, ranIn: "page" } };
  }
  if (request.name === "fcose" && count > PAGE_LAYOUT_MAX_NODES && canUseLayoutWorker()) {
    const computed = await layoutInWorker(eles.nodes(), forceQualityFor(count), request.seed, signal);
    return { target: orientToCanvas(computed, cy.width(), cy.height()), outcome: { ranIn: "worker" } };
  }
  const computed = computeOnPage(cy, request, eles);
  const target = request.name === "fcose" ? orientToCanvas(computed, cy.width(), cy.height()) : computed;
  return { target, outcome: { ranIn: "page" } };
}

/** Moves the nodes to their places (gliding when asked and the graph is small enough to animate). */
export function placeNodes(cy: Core, eles: Collection, target: Positions, animate: boolean): Promise<void> {
  const nodes = eles.nodes();
  if (!animate || nodes.length > 2000) {
    cy.batch(() => nodes.forEach((n) => void (target.has(n.id()) && n.position(target.get(n.id())!))));
    cy.fit(eles, PADDING);
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
  const done = new Promise<void>((resolve) => move.one("layoutstop", () => resolve()));
  move.run();
  return done;
}

/** Runs a layout over the given elements; resolves when the nodes are in their final places. */
export async function runLayout(
  cy: Core,
  request: LayoutRequest,
  eles: Collection = cy.elements(),
  signal?: AbortSignal,
  onPlacing?: () => void,
): Promise<LayoutOutcome> {
  const nodes = eles.nodes();
  if (nodes.empty()) return { ranIn: "page" };
  const before = readPositions(nodes);
  const { target, outcome } = await computeLayout(cy, request, eles, signal);
  onPlacing?.();
  // Page layouts moved the nodes already: put them back so an animated run glides from the old places.
  if (request.animate && outcome.ranIn === "page") {
    cy.batch(() => nodes.forEach((n) => void n.position(before.get(n.id())!)));
  }
  await placeNodes(cy, eles, target, !!request.animate);
  return outcome;
}
