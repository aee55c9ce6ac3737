/**
 * The exported picture as vector SVG, written by hand from what the canvas drew (node and edge
 * geometry and style, read from cytoscape by the caller) and the shared export frame. Plain SVG 1.1
 * with presentation attributes only, so it opens the same in browsers and in vector editors.
 */
import {
  BACKGROUND_COLORS,
  FRAME_STYLE,
  LEGEND_HEADINGS,
  ellipsize,
  inkOn,
  legendItemText,
  wrapText,
  type Background,
  type Frame,
  type LegendItemBox,
  type Rect,
  type TextMeasure,
} from "./frame";
import { CLAIMED_EDGE_OPACITY, CLAIMED_SWATCH_COLOR, type Legend } from "./legend";
import type { LineStyle, NodeShape, NodeType, RelationshipType } from "../dataset/schema";
import { dashArray, shapePath } from "./shapes";
import { visibleOn } from "./colours";

export interface Point {
  x: number;
  y: number;
}

/** A node as drawn, in model coordinates (x, y = centre); its label sits below it, as on the canvas. */
export interface DrawnNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  shape: NodeShape;
  fill: string;
  borderColor: string;
  borderWidth: number;
  opacity: number;
  label: string;
  labelColor: string;
  fontSize: number;
  fontWeight: number;
  labelOutlineColor: string;
  labelOutlineWidth: number;
  textMaxWidth: number;
  labelMarginY: number;
  /**
   * A label turned along its actor's ray (the circle layout): one line, cut with "…" at textMaxWidth,
   * centred this far from the actor and turned by `angle` radians (clockwise).
   */
  radialLabel?: { angle: number; dx: number; dy: number };
}

/**
 * An edge as drawn: endpoints on the node borders, and cytoscape's control points for bezier edges
 * (empty = straight). The curve is the chain of quadratic Béziers cytoscape draws through them.
 */
export interface DrawnEdge {
  id: string;
  source: Point;
  target: Point;
  controlPoints: Point[];
  color: string;
  width: number;
  lineStyle: LineStyle;
  arrow: boolean;
  arrowScale: number;
  opacity: number;
  label?: string;
  /**
   * Drawn as a relationship no source states as fact: a hollow arrowhead and a hollow circle at the
   * middle of the curve (its fainter opacity is in `opacity`), as the canvas draws it.
   */
  claimed?: boolean;
}

export interface Drawing {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  /** Model bounding box of everything drawn, labels included. */
  bounds: { x1: number; y1: number; x2: number; y2: number };
}

export interface SvgExportInput {
  drawing: Drawing;
  frame: Frame;
  legend?: Legend;
  background: Background;
  fontFamily: string;
  nodeTypes: NodeType[];
  relationshipTypes: RelationshipType[];
  measure: TextMeasure;
}

// --- Writing XML -------------------------------------------------------------------------------

/** Two decimals are finer than any screen or print needs, and keep the file small. */
function num(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

type Attrs = Record<string, string | number | undefined>;

function element(tag: string, attrs: Attrs, children?: string): string {
  const written = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === "number" ? num(value) : escapeXml(value)}"`)
    .join("");
  return children === undefined ? `<${tag}${written}/>` : `<${tag}${written}>${children}</${tag}>`;
}

/** shapePath keeps three decimals; round its numbers like ours. */
function roundPath(d: string): string {
  return d.replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (n) => num(Number(n)));
}

const opacityAttr = (opacity: number) => (opacity < 1 ? Math.max(0, opacity) : undefined);

// --- Geometry ----------------------------------------------------------------------------------

const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const distance = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);
const pt = (p: Point) => `${num(p.x)} ${num(p.y)}`;

function quadraticAt(a: Point, c: Point, b: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
}

/** Unit vector from a to b; pointing right when the two coincide, so an arrow is still drawn. */
function direction(a: Point, b: Point): Point {
  const d = distance(a, b);
  return d === 0 ? { x: 1, y: 0 } : { x: (b.x - a.x) / d, y: (b.y - a.y) / d };
}

/** Where the last segment of the edge comes from, which orients the arrowhead. */
function lastFrom(edge: DrawnEdge): Point {
  const last = edge.controlPoints[edge.controlPoints.length - 1] ?? edge.source;
  return distance(last, edge.target) === 0 ? edge.source : last;
}

/** Cytoscape's triangle arrow: its size grows with the edge width, from a floor of 29 * arrow-scale. */
function arrowSize(width: number, arrowScale: number): { length: number; halfWidth: number } {
  const size = Math.max(Math.pow(width * 13.37, 0.9), 29) * arrowScale;
  return { length: 0.3 * size, halfWidth: 0.15 * size };
}

function trianglePath(tip: Point, dir: Point, length: number, halfWidth: number): string {
  const base = { x: tip.x - dir.x * length, y: tip.y - dir.y * length };
  const left = { x: base.x - dir.y * halfWidth, y: base.y + dir.x * halfWidth };
  const right = { x: base.x + dir.y * halfWidth, y: base.y - dir.x * halfWidth };
  return `M ${pt(tip)} L ${pt(left)} L ${pt(right)} Z`;
}

/** M s Q c0 m01 Q c1 m12 … Q cn t: quadratic segments through the midpoints, as cytoscape draws them. */
function curvePath(source: Point, controlPoints: Point[], end: Point): string {
  if (controlPoints.length === 0) return `M ${pt(source)} L ${pt(end)}`;
  const segments = controlPoints.map((c, i) => {
    const next = controlPoints[i + 1];
    return `Q ${pt(c)} ${pt(next ? midpoint(c, next) : end)}`;
  });
  return `M ${pt(source)} ${segments.join(" ")}`;
}

/** The middle of the curve and its direction there, for an edge label. */
function curveMiddle(edge: DrawnEdge): { at: Point; along: Point } {
  const cps = edge.controlPoints;
  const n = cps.length;
  if (n === 0) return { at: midpoint(edge.source, edge.target), along: direction(edge.source, edge.target) };
  if (n % 2 === 0) {
    const [a, b] = [cps[n / 2 - 1] ?? edge.source, cps[n / 2] ?? edge.target];
    return { at: midpoint(a, b), along: direction(a, b) };
  }
  const k = (n - 1) / 2;
  const c = cps[k] ?? edge.source;
  const start = k === 0 ? edge.source : midpoint(cps[k - 1] ?? edge.source, c);
  const end = k === n - 1 ? edge.target : midpoint(c, cps[k + 1] ?? edge.target);
  return { at: quadraticAt(start, c, end, 0.5), along: direction(start, end) };
}

/**
 * Uniform scale and offset that place the model bounds in the graph rectangle, centred. Model units
 * are CSS px at zoom 1, so the drawing is never enlarged: a rectangle that includes padding keeps it.
 * It shrinks only if the rectangle is smaller than the bounds.
 */
export function graphTransform(
  bounds: Drawing["bounds"],
  rect: Rect,
): { scale: number; dx: number; dy: number } {
  const width = bounds.x2 - bounds.x1 > 0 ? bounds.x2 - bounds.x1 : 1;
  const height = bounds.y2 - bounds.y1 > 0 ? bounds.y2 - bounds.y1 : 1;
  const scale = Math.min(1, rect.width / width, rect.height / height);
  return {
    scale,
    dx: rect.x + (rect.width - width * scale) / 2 - bounds.x1 * scale,
    dy: rect.y + (rect.height - height * scale) / 2 - bounds.y1 * scale,
  };
}

// --- Graph -------------------------------------------------------------------------------------

const EDGE_LABEL = { fontSize: 10, fontWeight: 600, padding: 2 } as const;

function edgeLabel(edge: DrawnEdge, ink: string, paper: string, measure: TextMeasure): string {
  if (!edge.label) return "";
  const { at, along } = curveMiddle(edge);
  let angle = (Math.atan2(along.y, along.x) * 180) / Math.PI;
  // Keep the text upright, as cytoscape's autorotate does.
  if (angle > 90) angle -= 180;
  if (angle <= -90) angle += 180;
  const width = measure(edge.label, EDGE_LABEL.fontSize, EDGE_LABEL.fontWeight) + 2 * EDGE_LABEL.padding;
  const height = EDGE_LABEL.fontSize + 2 * EDGE_LABEL.padding;
  const backing = element("rect", {
    x: -width / 2,
    y: -height / 2,
    width,
    height,
    rx: 2,
    fill: paper,
    "fill-opacity": 0.92,
  });
  const text = element(
    "text",
    {
      y: EDGE_LABEL.fontSize * 0.35,
      "text-anchor": "middle",
      "font-size": EDGE_LABEL.fontSize,
      "font-weight": EDGE_LABEL.fontWeight,
      fill: ink,
    },
    escapeXml(edge.label),
  );
  return element("g", { transform: `translate(${pt(at)}) rotate(${num(angle)})` }, backing + text);
}

/**
 * Cytoscape's hollow markers clear what lies under them and stroke the outline at the line's width
 * ("match-line"); here the inside is filled with the paper colour, which looks the same on a solid
 * background.
 */
function hollow(color: string, paper: string, width: number): Attrs {
  return { fill: paper, stroke: color, "stroke-width": width };
}

/** The hollow circle at the middle of a claimed relationship; its size follows cytoscape's circle arrow. */
function claimedMarker(edge: DrawnEdge, paper: string): string {
  const { at } = curveMiddle(edge);
  const radius = arrowSize(edge.width, edge.arrowScale).halfWidth;
  return element("circle", {
    class: "claimed-marker",
    cx: at.x,
    cy: at.y,
    r: radius,
    ...hollow(edge.color, paper, edge.width),
  });
}

function edgeSvg(edge: DrawnEdge, ink: string, paper: string, measure: TextMeasure): string {
  const from = lastFrom(edge);
  const dir = direction(from, edge.target);
  const arrow = arrowSize(edge.width, edge.arrowScale);
  // End the line inside the arrowhead so its butt end does not poke out past the tip (a hollow one
  // covers the rest with paper).
  const shorten = edge.arrow ? Math.min(arrow.length / 2, distance(from, edge.target) / 2) : 0;
  const end = { x: edge.target.x - dir.x * shorten, y: edge.target.y - dir.y * shorten };
  const line = element("path", {
    class: "edge-line",
    d: curvePath(edge.source, edge.controlPoints, end),
    fill: "none",
    stroke: edge.color,
    "stroke-width": edge.width,
    "stroke-dasharray": dashArray(edge.lineStyle, edge.width),
  });
  const head = edge.arrow
    ? element("path", {
        class: "arrow",
        d: trianglePath(edge.target, dir, arrow.length, arrow.halfWidth),
        ...(edge.claimed ? hollow(edge.color, paper, edge.width) : { fill: edge.color }),
      })
    : "";
  const marker = edge.claimed ? claimedMarker(edge, paper) : "";
  // Opacity on the group, so the line and arrowhead fade as one shape and do not darken where they overlap.
  return element(
    "g",
    {
      class: edge.claimed ? "edge claimed" : "edge",
      "data-id": edge.id,
      opacity: opacityAttr(edge.opacity),
    },
    line + marker + head + edgeLabel(edge, ink, paper, measure),
  );
}

/** The label's outline as the canvas draws it, for a text element's attributes. */
function labelOutline(node: DrawnNode) {
  const outlined = node.labelOutlineWidth > 0;
  return {
    // Cytoscape strokes the outline at twice its width, centred on the glyph edge; paint-order puts it behind the fill.
    stroke: outlined ? node.labelOutlineColor : undefined,
    "stroke-width": outlined ? node.labelOutlineWidth * 2 : undefined,
    "stroke-linejoin": outlined ? "round" : undefined,
    "paint-order": outlined ? "stroke" : undefined,
  };
}

/** A circle layout's label: one line along the actor's ray, as the canvas turns it. */
function radialNodeLabel(
  node: DrawnNode,
  radial: NonNullable<DrawnNode["radialLabel"]>,
  measure: TextMeasure,
) {
  const fits = (text: string) => measure(text, node.fontSize, node.fontWeight) <= node.textMaxWidth;
  const line = ellipsize(node.label, node.textMaxWidth, fits);
  if (line === "") return "";
  const [x, y] = [node.x + radial.dx, node.y + radial.dy];
  const degrees = (radial.angle * 180) / Math.PI;
  return element(
    "text",
    {
      x,
      // Centred on its line: the baseline sits about 0.35 em below the middle.
      y: y + node.fontSize * 0.35,
      "text-anchor": "middle",
      transform: `rotate(${num(degrees)} ${num(x)} ${num(y)})`,
      "font-size": node.fontSize,
      "font-weight": node.fontWeight,
      fill: node.labelColor,
      ...labelOutline(node),
    },
    escapeXml(line),
  );
}

function nodeLabel(node: DrawnNode, measure: TextMeasure): string {
  if (node.radialLabel) return radialNodeLabel(node, node.radialLabel, measure);
  const font = { size: node.fontSize, weight: node.fontWeight, measure };
  const lines = wrapText(node.label, node.textMaxWidth, font).filter((line) => line !== "");
  if (lines.length === 0) return "";
  // Cytoscape's line-height is 1 em; the first baseline sits about 0.9 em below the label's top.
  const top = node.y + node.height / 2 + node.labelMarginY;
  const tspans = lines.map((line, i) =>
    element("tspan", { x: node.x, dy: i === 0 ? 0 : node.fontSize }, escapeXml(line)),
  );
  return element(
    "text",
    {
      x: node.x,
      y: top + node.fontSize * 0.9,
      "text-anchor": "middle",
      "font-size": node.fontSize,
      "font-weight": node.fontWeight,
      fill: node.labelColor,
      ...labelOutline(node),
    },
    tspans.join(""),
  );
}

function nodeSvg(node: DrawnNode, measure: TextMeasure): string {
  // Nodes are square on the canvas (width = height = size); a non-square one is drawn at its smaller side.
  const radius = Math.min(node.width, node.height) / 2;
  const shape = element("path", {
    d: roundPath(shapePath(node.shape, node.x, node.y, radius)),
    fill: node.fill,
    stroke: node.borderWidth > 0 ? node.borderColor : undefined,
    "stroke-width": node.borderWidth > 0 ? node.borderWidth : undefined,
  });
  return element(
    "g",
    { class: "node", "data-id": node.id, opacity: opacityAttr(node.opacity) },
    shape + nodeLabel(node, measure),
  );
}

function graphSvg(input: SvgExportInput, ink: string, paper: string): string {
  const { drawing, frame, measure } = input;
  const t = graphTransform(drawing.bounds, frame.graph);
  const edges = drawing.edges.map((edge) => edgeSvg(edge, ink, paper, measure)).join("");
  const nodes = drawing.nodes.map((node) => nodeSvg(node, measure)).join("");
  return element(
    "g",
    { class: "graph", transform: `translate(${num(t.dx)} ${num(t.dy)}) scale(${num(t.scale)})` },
    edges + nodes,
  );
}

// --- Legend, title and footer ------------------------------------------------------------------

function text(x: number, y: number, content: string, attrs: Attrs): string {
  return element("text", { x, y, ...attrs }, escapeXml(content));
}

function nodeSwatch(box: Rect, type: NodeType | undefined): string {
  const r = Math.min(box.width, box.height) / 2 - 1;
  const d = roundPath(shapePath(type?.shape ?? "ellipse", box.x + box.width / 2, box.y + box.height / 2, r));
  return element("path", { d, fill: type?.color ?? "#6b7280" });
}

function relationshipSwatch(box: Rect, type: RelationshipType | undefined): string {
  const color = type?.color ?? "#6b7280";
  const y = box.y + box.height / 2;
  const head = { length: 7, halfWidth: 3.5 };
  const right = box.x + box.width;
  const lineEnd = type?.directed ? right - head.length / 2 : right;
  const line = element("path", {
    d: `M ${num(box.x)} ${num(y)} L ${num(lineEnd)} ${num(y)}`,
    fill: "none",
    stroke: color,
    "stroke-width": 2,
    "stroke-dasharray": dashArray(type?.lineStyle ?? "solid", 2),
  });
  const arrow = type?.directed
    ? element("path", {
        d: trianglePath({ x: right, y }, { x: 1, y: 0 }, head.length, head.halfWidth),
        fill: color,
      })
    : "";
  return line + arrow;
}

/** The key to claimed relationships: a faint neutral line with the canvas's hollow markers. */
function claimedSwatch(box: Rect, paper: string): string {
  const y = box.y + box.height / 2;
  const head = { length: 7, halfWidth: 3.5 };
  const right = box.x + box.width;
  const colour = visibleOn(CLAIMED_SWATCH_COLOR, paper);
  const marker = hollow(colour, paper, 1.5);
  const line = element("path", {
    d: `M ${num(box.x)} ${num(y)} L ${num(right - head.length)} ${num(y)}`,
    fill: "none",
    stroke: colour,
    "stroke-width": 2,
  });
  const circle = element("circle", { cx: box.x + box.width / 2 - 3, cy: y, r: 3.5, ...marker });
  const arrow = element("path", {
    d: trianglePath({ x: right - 1, y }, { x: 1, y: 0 }, head.length - 1, head.halfWidth),
    ...marker,
  });
  return element("g", { class: "claimed-swatch", opacity: CLAIMED_EDGE_OPACITY }, line + circle + arrow);
}

function legendItem(item: LegendItemBox, input: SvgExportInput, ink: string, paper: string): string {
  const swatch =
    item.kind === "node"
      ? nodeSwatch(item.swatch, findType(input.legend?.nodeTypes, input.nodeTypes, item.typeId))
      : item.kind === "claimed"
        ? claimedSwatch(item.swatch, paper)
        : relationshipSwatch(
            item.swatch,
            findType(input.legend?.relationshipTypes, input.relationshipTypes, item.typeId),
          );
  const s = FRAME_STYLE.legend;
  const label = text(item.text.x, item.text.y, legendItemText(item), {
    "font-size": s.itemSize,
    "font-weight": s.itemWeight,
    fill: ink,
  });
  const data = item.kind === "claimed" ? { "data-kind": "claimed" } : { "data-type": item.typeId };
  return element("g", { class: "legend-item", ...data }, swatch + label);
}

function findType<T extends { id: string }>(
  entries: { type: T }[] | undefined,
  vocabulary: T[],
  id: string,
): T | undefined {
  // The vocabulary first: it carries the colours adapted to the background (the legend's own entries
  // keep the canvas colours, some invisible on a dark background).
  return vocabulary.find((type) => type.id === id) ?? entries?.find((entry) => entry.type.id === id)?.type;
}

function legendSvg(input: SvgExportInput, ink: { text: string; muted: string }, paper: string): string {
  const legend = input.frame.legend;
  if (!legend) return "";
  const s = FRAME_STYLE.legend;
  const headingAttrs = { "font-size": s.headingSize, "font-weight": s.headingWeight, fill: ink.muted };
  const headings = (["nodes", "relationships"] as const).map((kind) => {
    const at = legend.heading[kind];
    return at ? text(at.x, at.y, LEGEND_HEADINGS[kind], headingAttrs) : "";
  });
  const groupAttrs = { "font-size": s.groupSize, "font-weight": s.groupWeight, fill: ink.text };
  const groups = (legend.groups ?? []).map((group) => text(group.x, group.y, group.text, groupAttrs));
  const items = legend.items.map((item) => legendItem(item, input, ink.text, paper));
  return element("g", { class: "legend" }, headings.join("") + groups.join("") + items.join(""));
}

function titleSvg(frame: Frame, ink: string): string {
  if (!frame.title) return "";
  const { text: content, x, y, fontSize } = frame.title;
  return text(x, y, content, {
    class: "title",
    "font-size": fontSize,
    "font-weight": FRAME_STYLE.title.fontWeight,
    fill: ink,
  });
}

function footerSvg(frame: Frame, muted: string): string {
  if (!frame.footer) return "";
  const lines = frame.footer.lines.map((line) =>
    text(line.x, line.y, line.text, { "font-size": line.fontSize }),
  );
  return element("g", { class: "footer", fill: muted }, lines.join(""));
}

/** The whole exported image as an SVG document. */
export function drawingToSvg(input: SvgExportInput): string {
  const { frame, background } = input;
  const ink = inkOn(background);
  const fill = BACKGROUND_COLORS[background];
  // Edge labels need an opaque backing even when the image itself is transparent.
  const paper = fill ?? "#ffffff";
  const backdrop = fill
    ? element("rect", { class: "background", width: frame.width, height: frame.height, fill })
    : "";
  const body =
    backdrop +
    titleSvg(frame, ink.text) +
    graphSvg(input, ink.text, paper) +
    legendSvg(input, ink, paper) +
    footerSvg(frame, ink.muted);
  const svg = element(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      version: "1.1",
      // CSS pixels, like the frame: a vector image is scaled by whoever places it, not by the export.
      width: Math.max(1, Math.round(frame.width)),
      height: Math.max(1, Math.round(frame.height)),
      viewBox: `0 0 ${num(frame.width)} ${num(frame.height)}`,
      "font-family": input.fontFamily,
    },
    body,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
