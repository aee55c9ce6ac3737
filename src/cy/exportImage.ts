/**
 * Image exports: the exported elements drawn into a frame with an optional title, legend and
 * footer. PNG takes the graph from Cytoscape's own renderer (what the user sees, pixel for pixel)
 * and composes the frame on a 2D canvas; SVG is written from the drawing model by src/domain/svgExport.
 * Both use the same frame layout (src/domain/exportFrame), so they carry the same parts in the same places.
 */
import type { Collection, Core } from "cytoscape";
import {
  BACKGROUND_COLORS,
  type Background,
  decideExportSize,
  FRAME_STYLE,
  inkOn,
  layoutFrame,
  legendItemText,
  LEGEND_HEADINGS,
  type Frame,
  type SizeDecision,
  type TextMeasure,
} from "../domain/export/frame";
import type { ExportElements } from "../domain/export/scope";
import { CLAIMED_EDGE_OPACITY, CLAIMED_SWATCH_COLOR } from "../domain/export/legend";
import type { DatasetIndex } from "../domain/dataset/datasetIndex";
import { dashArray, shapePath } from "../domain/export/shapes";
import { drawingToSvg } from "../domain/export/svg";
import { backgroundColour, visibleOn, vocabularyOn } from "../domain/export/colours";
import type { ImageSpec } from "../domain/export/imageSpec";
import { readDrawing } from "./drawing";
import { SESSION_CLASSES } from "./highlight";
import { COMMUNITY_COLOR_DATA, LABEL_FONT_FAMILY } from "./style";
import { canvasMeasure } from "./textMeasure";

export const FONT_FAMILY = LABEL_FONT_FAMILY;
const GRAPH_PADDING = 24;

export interface ImageResult {
  blob: Blob;
  width: number;
  height: number;
  decision: SizeDecision;
}

// Text widths for wrapped legend and footer lines (re-exported: the registry loads it from here).
export { canvasMeasure } from "./textMeasure";

/** Each type's colour on the export's background, where it differs from the canvas's. */
function changedColours(index: DatasetIndex, background: Background) {
  const changed = (
    types: readonly { id: string; color: string }[],
    adapted: readonly { id: string; color: string }[],
  ) => new Map(adapted.filter((t, i) => t.color !== types[i]?.color).map((t) => [t.id, t.color]));
  return {
    nodes: changed(index.dataset.nodeTypes, vocabularyOn(index.dataset.nodeTypes, background)),
    edges: changed(
      index.dataset.relationshipTypes,
      vocabularyOn(index.dataset.relationshipTypes, background),
    ),
  };
}

/**
 * Runs `draw` with only the exported elements displayed, no session styling (selection, hover,
 * path), and colours made visible on the image's background (a bypass on just the elements whose
 * type colour changes), then puts everything back as it was.
 */
function withOnlyExported<T>(
  cy: Core,
  elements: ExportElements,
  draw: (shown: Collection) => T,
  recolour?: { index: DatasetIndex; background: Background },
): T {
  const shown = cy
    .elements()
    .filter((el) => (el.isNode() ? elements.nodeIds.has(el.id()) : elements.edgeIds.has(el.id())));
  const hidden = cy.elements().difference(shown);
  const selected = cy.$(":selected");
  const classed = new Map(SESSION_CLASSES.map((c) => [c, cy.$(`.${c}`)]));
  const colours = recolour ? changedColours(recolour.index, recolour.background) : null;
  const darkLabels = recolour?.background === "dark";
  // An actor coloured by its community keeps that colour: it is the one the canvas and the legend show.
  const recoloured = colours
    ? shown.filter((el) =>
        el.isNode()
          ? colours.nodes.has(String(el.data("type"))) && !el.data(COMMUNITY_COLOR_DATA)
          : colours.edges.has(String(el.data("type"))),
      )
    : cy.collection();
  cy.batch(() => {
    hidden.style("display", "none");
    selected.unselect();
    for (const [name, els] of classed) els.removeClass(name);
    recoloured
      .nodes()
      .forEach((node) => void node.style("background-color", colours!.nodes.get(String(node.data("type")))!));
    recoloured.edges().forEach((edge) => {
      const colour = colours!.edges.get(String(edge.data("type")))!;
      edge.style({ "line-color": colour, "target-arrow-color": colour, "mid-target-arrow-color": colour });
    });
    // The canvas's labels are dark on a light halo: on a dark image they read as stickers, so they
    // are drawn light on a halo of the image's own background, like the title and legend.
    if (darkLabels)
      shown.nodes().style({ color: inkOn("dark").text, "text-outline-color": BACKGROUND_COLORS.dark! });
  });
  try {
    return draw(shown);
  } finally {
    cy.batch(() => {
      hidden.removeStyle("display");
      recoloured.removeStyle("background-color line-color target-arrow-color mid-target-arrow-color");
      if (darkLabels) shown.nodes().removeStyle("color text-outline-color");
      selected.select();
      for (const [name, els] of classed) els.addClass(name);
    });
  }
}

function graphSize(cy: Core, shown: Collection, viewportOnly: boolean): { width: number; height: number } {
  if (viewportOnly) return { width: cy.width(), height: cy.height() };
  const box = shown.boundingBox({ includeLabels: true, includeOverlays: false });
  return { width: Math.ceil(box.w) + 2 * GRAPH_PADDING, height: Math.ceil(box.h) + 2 * GRAPH_PADDING };
}

export function planImage(cy: Core, elements: ExportElements, spec: ImageSpec, measure: TextMeasure) {
  return withOnlyExported(cy, elements, (shown) => {
    const graph = graphSize(cy, shown, spec.viewportOnly);
    const frame = layoutFrame({
      graph,
      title: spec.title,
      legend: spec.legend,
      footerLines: spec.footerLines,
      measure,
    });
    const decision = decideExportSize({
      width: frame.width,
      height: frame.height,
      scale: spec.targetWidth ? undefined : (spec.scale ?? 1),
      targetWidth: spec.targetWidth,
    });
    return { frame, decision, graph };
  });
}

/** The legend as the SVG writer draws it: same headings, sizes, swatches and arrowheads. */
function drawLegend(
  context: CanvasRenderingContext2D,
  frame: Frame,
  index: DatasetIndex,
  ink: { text: string; muted: string },
  background: Background,
) {
  const legend = frame.legend;
  if (!legend) return;
  const colours = changedColours(index, background);
  const style = FRAME_STYLE.legend;
  context.fillStyle = ink.muted;
  context.font = `${style.headingWeight} ${style.headingSize}px ${FONT_FAMILY}`;
  if (legend.heading.nodes)
    context.fillText(LEGEND_HEADINGS.nodes, legend.heading.nodes.x, legend.heading.nodes.y);
  if (legend.heading.relationships) {
    context.fillText(
      LEGEND_HEADINGS.relationships,
      legend.heading.relationships.x,
      legend.heading.relationships.y,
    );
  }
  context.fillStyle = ink.text;
  context.font = `${style.groupWeight} ${style.groupSize}px ${FONT_FAMILY}`;
  for (const group of legend.groups ?? []) context.fillText(group.text, group.x, group.y);
  for (const item of legend.items) {
    const { swatch } = item;
    const midY = swatch.y + swatch.height / 2;
    if (item.kind === "claimed") {
      drawClaimedSwatch(context, swatch, midY, visibleOn(CLAIMED_SWATCH_COLOR, backgroundColour(background)));
    } else if (item.kind === "node") {
      const type = index.nodeTypesById.get(item.typeId);
      if (!type) continue;
      context.fillStyle = colours.nodes.get(type.id) ?? type.color;
      const r = Math.min(swatch.width, swatch.height) / 2 - 1;
      context.fill(new Path2D(shapePath(type.shape, swatch.x + swatch.width / 2, midY, r)));
    } else {
      const type = index.relationshipTypesById.get(item.typeId);
      if (!type) continue;
      const head = { length: 7, halfWidth: 3.5 };
      const right = swatch.x + swatch.width;
      const colour = colours.edges.get(type.id) ?? type.color;
      context.strokeStyle = colour;
      context.fillStyle = colour;
      context.lineWidth = 2;
      const dashes = dashArray(type.lineStyle, 2);
      context.setLineDash(dashes ? dashes.split(" ").map(Number) : []);
      context.beginPath();
      context.moveTo(swatch.x, midY);
      context.lineTo(type.directed ? right - head.length / 2 : right, midY);
      context.stroke();
      context.setLineDash([]);
      if (type.directed) {
        context.beginPath();
        context.moveTo(right, midY);
        context.lineTo(right - head.length, midY - head.halfWidth);
        context.lineTo(right - head.length, midY + head.halfWidth);
        context.fill();
      }
    }
    context.fillStyle = ink.text;
    context.font = `${style.itemWeight} ${style.itemSize}px ${FONT_FAMILY}`;
    context.fillText(legendItemText(item), item.text.x, item.text.y);
  }
}

/**
 * The key to claimed relationships, as svg.ts draws it: a faint neutral line with a hollow circle
 * and a hollow arrowhead. The markers are cleared first, as the canvas renderer clears its hollow
 * arrows, so the line does not show through them.
 */
function drawClaimedSwatch(
  context: CanvasRenderingContext2D,
  swatch: { x: number; width: number },
  midY: number,
  colour: string,
) {
  const right = swatch.x + swatch.width;
  const head = { length: 6, halfWidth: 3.5 };
  const markers = new Path2D();
  markers.arc(swatch.x + swatch.width / 2 - 3, midY, 3.5, 0, 2 * Math.PI);
  markers.moveTo(right - 1, midY);
  markers.lineTo(right - 1 - head.length, midY - head.halfWidth);
  markers.lineTo(right - 1 - head.length, midY + head.halfWidth);
  markers.closePath();
  context.save();
  context.globalAlpha = CLAIMED_EDGE_OPACITY;
  context.strokeStyle = colour;
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(swatch.x, midY);
  context.lineTo(right - head.length, midY);
  context.stroke();
  context.globalCompositeOperation = "destination-out";
  context.globalAlpha = 1;
  context.fill(markers);
  context.globalCompositeOperation = "source-over";
  context.globalAlpha = CLAIMED_EDGE_OPACITY;
  context.lineWidth = 1.5;
  context.stroke(markers);
  context.restore();
}

function drawFrameText(
  context: CanvasRenderingContext2D,
  frame: Frame,
  ink: { text: string; muted: string },
) {
  context.textBaseline = "alphabetic";
  if (frame.title) {
    context.fillStyle = ink.text;
    context.font = `${FRAME_STYLE.title.fontWeight} ${frame.title.fontSize}px ${FONT_FAMILY}`;
    context.fillText(frame.title.text, frame.title.x, frame.title.y);
  }
  for (const line of frame.footer?.lines ?? []) {
    context.fillStyle = ink.muted;
    context.font = `400 ${line.fontSize}px ${FONT_FAMILY}`;
    context.fillText(line.text, line.x, line.y);
  }
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob && blob.size > 0 ? resolve(blob) : reject(new Error("The browser returned an empty image.")),
      "image/png",
    ),
  );
}

/** The parts of Cytoscape's canvas renderer that cy.png() itself is made of. */
interface CanvasRendererInternals {
  drawElements(context: CanvasRenderingContext2D, elements: unknown): void;
  getCachedZSortedEles(): unknown;
}

function rendererOf(cy: Core): Partial<CanvasRendererInternals> | undefined {
  return (cy as unknown as { renderer?: () => Partial<CanvasRendererInternals> }).renderer?.();
}

/** The part of the graph to draw, in model coordinates, and how many frame pixels one unit takes. */
function graphSource(cy: Core, shown: Collection, viewportOnly: boolean) {
  if (!viewportOnly) {
    const box = shown.boundingBox({ includeLabels: true, includeOverlays: false });
    return { x1: box.x1, y1: box.y1, w: box.w, h: box.h, unit: 1 };
  }
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { x1: -pan.x / zoom, y1: -pan.y / zoom, w: cy.width() / zoom, h: cy.height() / zoom, unit: zoom };
}

/**
 * Draws the graph straight into the frame's canvas, fitted and centred in its rect, with the
 * renderer's own drawing code (what cy.png() runs on a canvas of its own). One canvas means one
 * rasterisation, done with the PNG encoding off the main thread, instead of a copy on it.
 * Returns false when the renderer lacks those parts (another renderer, another version).
 */
function drawGraphInto(
  cy: Core,
  context: CanvasRenderingContext2D,
  shown: Collection,
  frame: Frame,
  scale: number,
  viewportOnly: boolean,
): boolean {
  const renderer = rendererOf(cy);
  if (typeof renderer?.drawElements !== "function" || typeof renderer.getCachedZSortedEles !== "function")
    return false;
  const { graph } = frame;
  const source = graphSource(cy, shown, viewportOnly);
  const fit = Math.min(1, graph.width / (source.w * source.unit), graph.height / (source.h * source.unit));
  const perUnit = source.unit * fit;
  const left = graph.x + (graph.width - source.w * perUnit) / 2;
  const top = graph.y + (graph.height - source.h * perUnit) / 2;
  context.save();
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.beginPath();
  context.rect(graph.x, graph.y, graph.width, graph.height);
  context.clip();
  context.setTransform(
    scale * perUnit,
    0,
    0,
    scale * perUnit,
    scale * (left - source.x1 * perUnit),
    scale * (top - source.y1 * perUnit),
  );
  renderer.drawElements(context, renderer.getCachedZSortedEles());
  context.restore();
  return true;
}

/** The fallback: cy.png()'s own image of the graph, fitted and centred in the frame's rect. */
async function drawGraphImage(
  cy: Core,
  index: DatasetIndex,
  elements: ExportElements,
  context: CanvasRenderingContext2D,
  frame: Frame,
  scale: number,
  spec: ImageSpec,
): Promise<void> {
  const background = BACKGROUND_COLORS[spec.background];
  const blob = withOnlyExported(
    cy,
    elements,
    () =>
      cy.png({
        output: "blob-promise",
        full: !spec.viewportOnly,
        scale,
        ...(background ? { bg: background } : {}),
      }),
    { index, background: spec.background },
  );
  const bitmap = await createImageBitmap(await blob);
  if (bitmap.width === 0 || bitmap.height === 0)
    throw new Error("The browser could not draw the graph at this size.");
  const { graph } = frame;
  const ratio = Math.min(graph.width / (bitmap.width / scale), graph.height / (bitmap.height / scale), 1);
  const drawnWidth = (bitmap.width / scale) * ratio;
  const drawnHeight = (bitmap.height / scale) * ratio;
  context.drawImage(
    bitmap,
    graph.x + (graph.width - drawnWidth) / 2,
    graph.y + (graph.height - drawnHeight) / 2,
    drawnWidth,
    drawnHeight,
  );
  bitmap.close();
}

/** The PNG: the frame (title, legend, footer) and the graph drawn by Cytoscape into one canvas. */
export async function renderPng(
  cy: Core,
  index: DatasetIndex,
  elements: ExportElements,
  spec: ImageSpec,
): Promise<ImageResult> {
  const measure = canvasMeasure();
  const { frame, decision } = planImage(cy, elements, spec, measure);
  const background = BACKGROUND_COLORS[spec.background];
  const canvas = document.createElement("canvas");
  canvas.width = decision.width;
  canvas.height = decision.height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("The browser could not create an image of this size.");
  context.scale(decision.scale, decision.scale);
  const ink = inkOn(spec.background);
  drawFrameText(context, frame, ink);
  drawLegend(context, frame, index, ink, spec.background);
  const drawn = withOnlyExported(
    cy,
    elements,
    (shown) => drawGraphInto(cy, context, shown, frame, decision.scale, spec.viewportOnly),
    { index, background: spec.background },
  );
  if (!drawn) await drawGraphImage(cy, index, elements, context, frame, decision.scale, spec);
  // The background goes in last, behind everything: the renderer clears the canvas under hollow and
  // translucent arrowheads (and the legend under its hollow markers), which would punch holes in a
  // background painted first.
  if (background) {
    context.save();
    context.globalCompositeOperation = "destination-over";
    context.fillStyle = background;
    context.fillRect(0, 0, frame.width, frame.height);
    context.restore();
  }
  const blob = await canvasToBlob(canvas);
  return { blob, width: decision.width, height: decision.height, decision };
}

/** The SVG: the same frame, written from the drawing model as vector shapes and real text. */
export function renderSvg(
  cy: Core,
  index: DatasetIndex,
  elements: ExportElements,
  spec: ImageSpec,
): ImageResult & { text: string } {
  const measure = canvasMeasure();
  const { frame, decision } = planImage(cy, elements, spec, measure);
  const drawing = withOnlyExported(cy, elements, (shown) => readDrawing(cy, shown), {
    index,
    background: spec.background,
  });
  const text = drawingToSvg({
    drawing,
    frame,
    legend: spec.legend,
    background: spec.background,
    fontFamily: FONT_FAMILY,
    nodeTypes: vocabularyOn(index.dataset.nodeTypes, spec.background),
    relationshipTypes: vocabularyOn(index.dataset.relationshipTypes, spec.background),
    measure,
  });
  return {
    text,
    blob: new Blob([text], { type: "image/svg+xml" }),
    // A vector image's size is its frame's, in CSS pixels (the PNG scale does not apply).
    width: Math.round(frame.width),
    height: Math.round(frame.height),
    decision,
  };
}
