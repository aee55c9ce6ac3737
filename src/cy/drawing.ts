/**
 * Reads what the canvas draws (positions, sizes, computed colours, edge geometry) into a plain
 * drawing model, so the SVG writer in src/domain/ can reproduce the picture without Cytoscape.
 * Selection, hover and path highlights are left out: an export shows the graph, not the session.
 */
import type { Collection, Core, EdgeSingular, NodeSingular } from "cytoscape";
import type { Drawing, DrawnEdge, DrawnNode } from "../domain/export/svg";
import type { LineStyle, NodeShape } from "../domain/dataset/schema";
import { RADIAL_LABELS } from "./layouts";
import { BASE_NODE_BORDER } from "./style";

const num = (value: unknown, fallback = 0): number => {
  const parsed = Number.parseFloat(String(value));
  return Number.isFinite(parsed) ? parsed : fallback;
};

function drawnNode(node: NodeSingular): DrawnNode {
  const position = node.position();
  return {
    id: node.id(),
    x: position.x,
    y: position.y,
    width: node.width(),
    height: node.height(),
    shape: node.style("shape") as NodeShape,
    fill: String(node.style("background-color")),
    borderColor: BASE_NODE_BORDER.color,
    borderWidth: BASE_NODE_BORDER.width,
    opacity: 1,
    label: String(node.data("label") ?? ""),
    labelColor: String(node.style("color")),
    fontSize: num(node.style("font-size"), 13),
    fontWeight: num(node.style("font-weight"), 600),
    labelOutlineColor: String(node.style("text-outline-color")),
    labelOutlineWidth: num(node.style("text-outline-width")),
    textMaxWidth: num(node.style("text-max-width"), 120),
    labelMarginY: num(node.style("text-margin-y")),
    ...(node.hasClass(RADIAL_LABELS)
      ? {
          radialLabel: {
            angle: num(node.data("labelAngle")),
            dx: num(node.data("labelDx")),
            dy: num(node.data("labelDy")),
          },
        }
      : {}),
  };
}

function drawnEdge(edge: EdgeSingular): DrawnEdge {
  return {
    id: edge.id(),
    source: { ...edge.sourceEndpoint() },
    target: { ...edge.targetEndpoint() },
    controlPoints: (edge.controlPoints() ?? []).map((p) => ({ ...p })),
    color: String(edge.style("line-color")),
    width: num(edge.style("width"), 1.8),
    lineStyle: edge.style("line-style") as LineStyle,
    arrow: edge.style("target-arrow-shape") !== "none",
    arrowScale: num(edge.style("arrow-scale"), 1),
    opacity: num(edge.style("opacity"), 1),
    ...(edge.data("claimed") === true ? { claimed: true } : {}),
  };
}

/** The drawing of the given elements (which must be on the canvas, not hidden). */
export function readDrawing(cy: Core, elements: Collection): Drawing {
  const nodes = elements.nodes().map(drawnNode);
  const edges = elements.edges().map(drawnEdge);
  const box = elements.boundingBox({ includeLabels: true, includeOverlays: false });
  return { nodes, edges, bounds: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 } };
}
