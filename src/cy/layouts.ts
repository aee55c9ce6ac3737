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
import { canvasMeasure } from "./textMeasure";
import {
  circlePlaces,
  concentricPlaces,
  hierarchyPlaces,
  type PlacedActor,
} from "../domain/view/readableLayouts";

const PADDING = 40;

/** Groups actors of one type together and orders them by name, so circle and grid read as lists. */
function byTypeThenLabel(a: NodeSingular, b: NodeSingular): number {
  return (
    String(a.data("type")).localeCompare(String(b.data("type"))) ||
    String(a.data("label")).localeCompare(String(b.data("label")))
  );
}

/** The layouts Cytoscape computes; concentric, hierarchy and circle are placed by readableLayouts.ts. */
type CytoscapeLayout = Exclude<LayoutRequest["name"], "concentric" | "breadthfirst" | "circle">;

export function layoutOptions(name: CytoscapeLayout, eles: Collection): LayoutOptions {
  const common = { eles, fit: false, animate: false, nodeDimensionsIncludeLabels: true };
  switch (name) {
    case "fcose":
      return forceLayoutOptions(forceQualityFor(eles.nodes().length), eles.nodes().length);
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

/** Each drawn actor's box of shape and label, measured on the canvas, placed at `target`. */
export function measuredBoxes(eles: Collection, target: Positions) {
  return eles.nodes().map((node) => {
    const { x, y } = node.position();
    const b = node.boundingBox({ includeLabels: true, includeOverlays: false });
    const place = target.get(node.id()) ?? { x, y };
    return {
      id: node.id(),
      ...place,
      box: { left: b.x1 - x, top: b.y1 - y, right: b.x2 - x, bottom: b.y2 - y },
    };
  });
}

/** The drawn actors as the readable layouts take them: measured boxes, degree, label. */
function placedActors(eles: Collection): PlacedActor[] {
  const degrees = new Map(eles.nodes().map((n) => [n.id(), n.degree(false)]));
  return measuredBoxes(eles, new Map()).map(({ id, box }) => ({
    id,
    box,
    weight: degrees.get(id) ?? 0,
    name: String(eles.getElementById(id).data("label") ?? id),
  }));
}

/** Concentric and hierarchy, placed by their label boxes so labels stay readable (readableLayouts.ts). */
function readablePlaces(cy: Core, request: LayoutRequest, eles: Collection): Positions {
  if (request.name === "concentric") return concentricPlaces(placedActors(eles));
  const links = eles.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
  const canvas = { width: cy.width() - 2 * PADDING, height: cy.height() - 2 * PADDING };
  return hierarchyPlaces(placedActors(eles), links, canvas, request.root ?? null);
}

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
/** The class that turns actors' labels along their rays (circle only; style.ts). */
export const RADIAL_LABELS = "radial-label";

/** Circle: one ring, each label along its actor's ray (readableLayouts.ts). */
function placeOnCircle(cy: Core, eles: Collection): Positions {
  const nodes = eles.nodes();
  const measure = canvasMeasure();
  const places = circlePlaces(
    nodes.map((n) => ({
      id: n.id(),
      name: String(n.data("label") ?? n.id()),
      type: String(n.data("type") ?? ""),
      size: n.width(),
      labelWidth: measure(String(n.data("label") ?? ""), 15, 600),
    })),
  );
  cy.batch(() => {
    nodes.forEach((n) => {
      const place = places.get(n.id());
      if (!place) return;
      n.data({ labelAngle: place.label.angle, labelDx: place.label.dx, labelDy: place.label.dy });
      n.position({ x: place.x, y: place.y });
    });
    nodes.addClass(RADIAL_LABELS);
  });
  return new Map([...places].map(([id, { x, y }]) => [id, { x, y }]));
}

export function computeOnPage(cy: Core, request: LayoutRequest, eles: Collection): Positions {
  // Labels turned for the circle are set level again for every other layout.
  const turned = cy.nodes(`.${RADIAL_LABELS}`);
  if (request.name !== "circle" && turned.nonempty()) turned.removeClass(RADIAL_LABELS);
  if (request.name === "circle") return placeOnCircle(cy, eles);
  if (request.name === "concentric" || request.name === "breadthfirst") {
    const places = readablePlaces(cy, request, eles);
    cy.batch(() => eles.nodes().forEach((n) => void (places.has(n.id()) && n.position(places.get(n.id())!))));
    return places;
  }
  const layout = eles.layout(layoutOptions(request.name, eles));
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
