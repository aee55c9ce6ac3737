/**
 * The frame of an exported image: where the title, the graph drawing, the legend and the footer go,
 * and how large the image may be. The PNG composer (canvas 2D) and the SVG writer both lay out from
 * this one frame, so the two formats show the same picture. Everything is in CSS px at scale 1; the
 * caller multiplies by the export scale.
 */
import { isWorthGrouping, legendGroups } from "../view/legendGroups";
import { CLAIMED_LEGEND_LABEL, type Legend } from "./legend";

export type Background = "white" | "dark" | "transparent";

export const BACKGROUND_COLORS: Record<Background, string | null> = {
  white: "#ffffff",
  dark: "#0f172a",
  transparent: null,
};

/** Text colours for a background. A transparent image is assumed to land on a light page. */
export function inkOn(background: Background): { text: string; muted: string } {
  return background === "dark"
    ? { text: "#f1f5f9", muted: "#94a3b8" }
    : { text: "#111827", muted: "#4b5563" };
}

/** Width in px of a single line of text. The browser passes canvas measureText; tests pass an approximation. */
export interface TextMeasure {
  (text: string, fontSize: number, fontWeight?: number): number;
}

/** ~0.55em per character (0.6em when bold): close enough for sans-serif fonts, for tests and as a fallback. */
export const approximateMeasure: TextMeasure = (text, fontSize, fontWeight = 400) =>
  text.length * fontSize * (fontWeight >= 600 ? 0.6 : 0.55);

/** Sizes shared by the layout and by whoever draws it, so PNG and SVG text match. */
export const FRAME_STYLE = {
  margin: 24,
  /** Below this the legend and footer would wrap into a tall narrow column. */
  minWidth: 480,
  /** A long title widens a narrow frame up to this width; beyond it the title is shortened with "…". */
  titleMaxWidth: 960,
  gap: 16,
  title: { fontSize: 22, fontWeight: 700, height: 28 },
  legend: {
    headingSize: 11,
    headingWeight: 700,
    headingHeight: 20,
    itemSize: 13,
    itemWeight: 400,
    rowHeight: 22,
    swatch: 16,
    /** Relationship swatches are wider than 16px so a dash pattern and an arrowhead can be seen. */
    lineSwatchWidth: 28,
    swatchGap: 6,
    itemGap: 18,
    sectionGap: 8,
    /** A relationship group's name above its column of types (a long vocabulary, grouped). */
    groupSize: 12,
    groupWeight: 700,
    groupHeight: 20,
    /** Space between two columns of groups, and between two bands of them. */
    columnGap: 24,
  },
  footer: { fontSize: 12, fontWeight: 400, lineHeight: 16 },
} as const;

export const LEGEND_HEADINGS = { nodes: "Actors", relationships: "Relationships" } as const;

export interface FrameInput {
  /** The graph drawing's size in CSS px at scale 1 (bounding box of what is drawn, plus padding). */
  graph: { width: number; height: number };
  title?: string;
  legend?: Legend;
  footerLines?: string[];
  measure: TextMeasure;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LegendItemBox {
  /** "claimed": the key to relationships no source states as fact (typeId is empty). */
  kind: "node" | "relationship" | "claimed";
  typeId: string;
  label: string;
  count: number;
  swatch: Rect;
  /** Baseline start of the item's text, see legendItemText. */
  text: { x: number; y: number };
}

export interface Frame {
  width: number;
  height: number;
  /** Baseline position of a single-line title. */
  title?: { text: string; x: number; y: number; fontSize: number };
  graph: Rect;
  legend?: {
    box: Rect;
    heading: { nodes?: { x: number; y: number }; relationships?: { x: number; y: number } };
    /** Group names above their columns of relationship types (baseline start), when grouped. */
    groups?: { text: string; x: number; y: number }[];
    items: LegendItemBox[];
  };
  footer?: { box: Rect; lines: { text: string; x: number; y: number; fontSize: number }[] };
}

/** The text drawn beside a legend swatch: "State (12)". */
export function legendItemText(item: { label: string; count: number }): string {
  return `${item.label} (${item.count})`;
}

/** Splits a long word into pieces that each fit (URLs in footers have no spaces to break at). */
function breakWord(word: string, fits: (s: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of word) {
    if (piece !== "" && !fits(piece + char)) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * Greedy word wrap to maxWidth. Explicit newlines are kept. A word wider than the line stays whole
 * (as cytoscape draws node labels) unless breakLongWords is set.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  font: { size: number; weight?: number; measure: TextMeasure; breakLongWords?: boolean },
): string[] {
  const fits = (s: string) => font.measure(s, font.size, font.weight) <= maxWidth;
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== "") lines.push(line);
      const pieces = font.breakLongWords && !fits(word) ? breakWord(word, fits) : [word];
      line = pieces.pop() ?? "";
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}

/** Shortens text with "…" until it fits. */
export function ellipsize(text: string, maxWidth: number, fits: (s: string) => boolean): string {
  if (fits(text) || maxWidth <= 0) return text;
  let end = text.length;
  while (end > 1 && !fits(`${text.slice(0, end).trimEnd()}…`)) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

function frameWidth(input: FrameInput): number {
  const { margin, minWidth, titleMaxWidth, title } = FRAME_STYLE;
  const base = Math.max(Math.ceil(input.graph.width) + 2 * margin, minWidth);
  if (!input.title) return base;
  const titleWidth = Math.ceil(input.measure(input.title, title.fontSize, title.fontWeight)) + 2 * margin;
  return Math.max(base, Math.min(titleWidth, titleMaxWidth));
}

interface FlowItem {
  kind: LegendItemBox["kind"];
  typeId: string;
  label: string;
  count: number;
  swatchWidth: number;
}

/** Lays items left to right, starting a new row when the next one would cross the right edge. */
function flowItems(items: FlowItem[], left: number, right: number, top: number, measure: TextMeasure) {
  const s = FRAME_STYLE.legend;
  const boxes: LegendItemBox[] = [];
  let x = left;
  let rowTop = top;
  for (const item of items) {
    const width = item.swatchWidth + s.swatchGap + measure(legendItemText(item), s.itemSize, s.itemWeight);
    if (x > left && x + width > right) {
      x = left;
      rowTop += s.rowHeight;
    }
    boxes.push({
      ...item,
      swatch: { x, y: rowTop + (s.rowHeight - s.swatch) / 2, width: item.swatchWidth, height: s.swatch },
      text: { x: x + item.swatchWidth + s.swatchGap, y: rowTop + s.rowHeight / 2 + s.itemSize * 0.35 },
    });
    x += width + s.itemGap;
  }
  return { boxes, bottom: items.length === 0 ? top : rowTop + s.rowHeight };
}

interface LegendSection {
  kind: "nodes" | "relationships";
  items: FlowItem[];
  /** Relationship types filed under their groups, laid out as columns (a long vocabulary). */
  groups?: { name: string; items: FlowItem[] }[];
}

function legendSections(legend: Legend): LegendSection[] {
  const s = FRAME_STYLE.legend;
  const nodes = legend.nodeTypes.map(({ type, count }) => ({
    kind: "node" as const,
    typeId: type.id,
    label: type.label,
    count,
    swatchWidth: s.swatch,
  }));
  const item = ({ type, count }: Legend["relationshipTypes"][number]): FlowItem => ({
    kind: "relationship" as const,
    typeId: type.id,
    label: type.label,
    count,
    swatchWidth: s.lineSwatchWidth,
  });
  const byGroup = legendGroups(legend.relationshipTypes.map((entry) => ({ ...entry.type, entry })));
  const groups = isWorthGrouping(byGroup)
    ? byGroup.map((group) => ({ name: group.name, items: group.types.map((t) => item(t.entry)) }))
    : undefined;
  const relationships: FlowItem[] = legend.relationshipTypes.map(item);
  const claimed: FlowItem[] = legend.claimed
    ? [
        {
          kind: "claimed" as const,
          typeId: "",
          label: CLAIMED_LEGEND_LABEL,
          count: legend.claimed,
          swatchWidth: s.lineSwatchWidth,
        },
      ]
    : [];
  const sections: LegendSection[] = [
    { kind: "nodes", items: nodes },
    groups
      ? { kind: "relationships", items: claimed, groups }
      : { kind: "relationships", items: [...relationships, ...claimed] },
  ];
  return sections.filter((section) => section.items.length > 0 || (section.groups?.length ?? 0) > 0);
}

/** One item per row under a group name: a column as wide as its widest line. */
function columnOf(group: { name: string; items: FlowItem[] }, measure: TextMeasure) {
  const s = FRAME_STYLE.legend;
  const itemWidth = (item: FlowItem) =>
    item.swatchWidth + s.swatchGap + measure(legendItemText(item), s.itemSize, s.itemWeight);
  const width = Math.max(measure(group.name, s.groupSize, s.groupWeight), ...group.items.map(itemWidth));
  return { ...group, width, height: s.groupHeight + group.items.length * s.rowHeight };
}

/**
 * Groups as columns side by side, left to right, starting a new band of columns below when the next
 * would cross the right edge: a long vocabulary reads as a handful of short lists, as in the app's
 * own legend, instead of one paragraph of thirty swatches.
 */
function layoutColumns(
  groups: { name: string; items: FlowItem[] }[],
  left: number,
  right: number,
  top: number,
  measure: TextMeasure,
) {
  const s = FRAME_STYLE.legend;
  const boxes: LegendItemBox[] = [];
  const names: { text: string; x: number; y: number }[] = [];
  let x = left;
  let bandTop = top;
  let bandBottom = top;
  for (const column of groups.map((group) => columnOf(group, measure))) {
    if (x > left && x + column.width > right) {
      x = left;
      bandTop = bandBottom + s.sectionGap;
    }
    names.push({ text: column.name, x, y: bandTop + s.groupSize });
    column.items.forEach((item, row) => {
      const rowTop = bandTop + s.groupHeight + row * s.rowHeight;
      boxes.push({
        ...item,
        swatch: { x, y: rowTop + (s.rowHeight - s.swatch) / 2, width: item.swatchWidth, height: s.swatch },
        text: { x: x + item.swatchWidth + s.swatchGap, y: rowTop + s.rowHeight / 2 + s.itemSize * 0.35 },
      });
    });
    bandBottom = Math.max(bandBottom, bandTop + column.height);
    x += column.width + s.columnGap;
  }
  return { boxes, names, bottom: bandBottom };
}

function layoutLegend(legend: Legend, top: number, width: number, measure: TextMeasure): Frame["legend"] {
  const { margin } = FRAME_STYLE;
  const s = FRAME_STYLE.legend;
  const sections = legendSections(legend);
  if (sections.length === 0) return undefined;
  const heading: NonNullable<Frame["legend"]>["heading"] = {};
  const items: LegendItemBox[] = [];
  const groups: { text: string; x: number; y: number }[] = [];
  let y = top;
  sections.forEach((section, i) => {
    if (i > 0) y += s.sectionGap;
    heading[section.kind] = { x: margin, y: y + s.headingSize };
    y += s.headingHeight;
    if (section.groups) {
      const columns = layoutColumns(section.groups, margin, width - margin, y, measure);
      items.push(...columns.boxes);
      groups.push(...columns.names);
      y = columns.bottom + (section.items.length > 0 ? s.sectionGap : 0);
    }
    const flow = flowItems(section.items, margin, width - margin, y, measure);
    items.push(...flow.boxes);
    y = flow.bottom;
  });
  return {
    box: { x: margin, y: top, width: width - 2 * margin, height: y - top },
    heading,
    ...(groups.length > 0 ? { groups } : {}),
    items,
  };
}

function layoutFooter(lines: string[], top: number, width: number, measure: TextMeasure): Frame["footer"] {
  const { margin } = FRAME_STYLE;
  const f = FRAME_STYLE.footer;
  const font = { size: f.fontSize, weight: f.fontWeight, measure, breakLongWords: true };
  const wrapped = lines
    .filter((line) => line.trim() !== "")
    .flatMap((line) => wrapText(line, width - 2 * margin, font));
  if (wrapped.length === 0) return undefined;
  return {
    box: { x: margin, y: top, width: width - 2 * margin, height: wrapped.length * f.lineHeight },
    lines: wrapped.map((text, i) => ({
      text,
      x: margin,
      y: top + i * f.lineHeight + f.fontSize,
      fontSize: f.fontSize,
    })),
  };
}

function layoutTitle(text: string, width: number, measure: TextMeasure): Frame["title"] {
  const { margin, title } = FRAME_STYLE;
  const fits = (s: string) => measure(s, title.fontSize, title.fontWeight) <= width - 2 * margin;
  return {
    text: ellipsize(text, width - 2 * margin, fits),
    x: margin,
    y: margin + title.fontSize,
    fontSize: title.fontSize,
  };
}

/** Title, graph, legend and footer stacked top to bottom; each band is left out when it has nothing to show. */
export function layoutFrame(input: FrameInput): Frame {
  const { margin, gap } = FRAME_STYLE;
  const width = frameWidth(input);
  const title = input.title ? layoutTitle(input.title, width, input.measure) : undefined;
  const graphTop = title ? margin + FRAME_STYLE.title.height + gap : margin;
  const graph = {
    x: (width - input.graph.width) / 2,
    y: graphTop,
    width: input.graph.width,
    height: input.graph.height,
  };
  let bottom = graph.y + graph.height;
  const legend = input.legend ? layoutLegend(input.legend, bottom + gap, width, input.measure) : undefined;
  if (legend) bottom = legend.box.y + legend.box.height;
  const footer = layoutFooter(input.footerLines ?? [], bottom + gap, width, input.measure);
  if (footer) bottom = footer.box.y + footer.box.height;
  return {
    width,
    height: Math.ceil(bottom + margin),
    graph,
    ...(title ? { title } : {}),
    ...(legend ? { legend } : {}),
    ...(footer ? { footer } : {}),
  };
}

/**
 * Canvas size limits, so exports never come out blank. Chromium and Firefox accept up to 32,767 px
 * per side and about 268 million px in area (Safari about 16.7 million), and a canvas past the limit
 * silently draws nothing. Even within the limits, an RGBA canvas of 268M px needs ~1 GB of memory
 * (plus a copy to encode the PNG), which fails on ordinary machines. So we cap well below: 16,384 px
 * per side and 67,108,864 px (16384² / 4, ~256 MB of RGBA) in area.
 */
export const CANVAS_LIMITS: { maxSide: number; maxArea: number } = {
  maxSide: 16384,
  maxArea: (16384 * 16384) / 4,
};

/** The frame size at scale 1 and either a scale (1..4) or a target width in px. */
export interface SizeRequest {
  width: number;
  height: number;
  scale?: number;
  targetWidth?: number;
}

export interface SizeDecision {
  scale: number;
  width: number;
  height: number;
  capped: boolean;
  message?: string;
}

function requestedScale(request: SizeRequest, width: number): number {
  const scale = request.targetWidth !== undefined ? request.targetWidth / width : (request.scale ?? 1);
  return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function fitsLimits(width: number, height: number, limits: { maxSide: number; maxArea: number }): boolean {
  return width <= limits.maxSide && height <= limits.maxSide && width * height <= limits.maxArea;
}

const pixels = (size: number, scale: number) => Math.max(1, Math.round(size * scale));

/** The largest scale (to 0.01, rounded down) whose rounded pixel size stays within the limits. */
function largestFittingScale(width: number, height: number, limits: { maxSide: number; maxArea: number }) {
  const exact = Math.min(
    limits.maxSide / width,
    limits.maxSide / height,
    Math.sqrt(limits.maxArea / (width * height)),
  );
  let scale = exact >= 0.01 ? Math.floor(exact * 100) / 100 : exact;
  while (scale > 0.01 && !fitsLimits(pixels(width, scale), pixels(height, scale), limits)) scale -= 0.01;
  return scale;
}

/** The export scale and pixel size, reduced (and said so plainly) when the image would be too large to draw. */
export function decideExportSize(request: SizeRequest, limits = CANVAS_LIMITS): SizeDecision {
  const width = Math.max(request.width, 1);
  const height = Math.max(request.height, 1);
  const wanted = requestedScale(request, width);
  if (fitsLimits(pixels(width, wanted), pixels(height, wanted), limits)) {
    return { scale: wanted, width: pixels(width, wanted), height: pixels(height, wanted), capped: false };
  }
  const scale = largestFittingScale(width, height, limits);
  const [w, h] = [pixels(width, scale), pixels(height, scale)];
  const shown = Number(scale >= 0.01 ? scale.toFixed(2) : scale.toPrecision(2));
  return {
    scale,
    width: w,
    height: h,
    capped: true,
    message: `Capped to ${shown}× (${withThousands(w)} × ${withThousands(h)} px): larger images exceed what browsers can draw reliably.`,
  };
}
