/**
 * How imported types are drawn: colours from the Okabe–Ito palette (told apart with the common
 * colour-vision deficiencies), darkened where needed so each has at least 3:1 contrast on the canvas,
 * and every type a different shape (or line style), so colour is never the only cue. A file's own
 * colour is kept, darkened just enough to be seen when it is too faint.
 */
import { contrastRatio } from "../dataset/contrast";
import type { LineStyle, NodeShape } from "../dataset/schema";

export const CANVAS_BACKGROUND = "#f8fafc";
export const MIN_CONTRAST = 3;

/** Okabe–Ito hues (orange, sky blue, purple and yellow darkened to 3:1), then Tol's darker muted ones. */
export const IMPORT_PALETTE = [
  "#0072b2", // blue
  "#d55e00", // vermillion
  "#009e73", // bluish green
  "#b8589a", // reddish purple
  "#b06f00", // orange
  "#4d4d4d", // black, softened
  "#8a7f00", // yellow
  "#3a88bd", // sky blue
  "#332288", // indigo
  "#882255", // wine
  "#117733", // green
] as const;

/** The shapes most easily told apart first. */
export const IMPORT_SHAPES: readonly NodeShape[] = [
  "ellipse",
  "rectangle",
  "diamond",
  "triangle",
  "hexagon",
  "star",
  "round-rectangle",
  "vee",
  "pentagon",
  "octagon",
  "tag",
  "barrel",
  "rhomboid",
  "round-triangle",
  "round-diamond",
  "round-hexagon",
];

export const IMPORT_LINE_STYLES: readonly LineStyle[] = ["solid", "dashed", "dotted"];

/** The i-th type's colour; past the palette colours repeat (the shape or line style differs). */
export function paletteColour(i: number): string {
  return IMPORT_PALETTE[i % IMPORT_PALETTE.length]!;
}

export function paletteShape(i: number): NodeShape {
  return IMPORT_SHAPES[i % IMPORT_SHAPES.length]!;
}

/** Line styles change once the colours have all been used, so two types never look the same early on. */
export function paletteLineStyle(i: number): LineStyle {
  return IMPORT_LINE_STYLES[Math.floor(i / IMPORT_PALETTE.length) % IMPORT_LINE_STYLES.length]!;
}

const hex2 = (n: number) => Math.round(n).toString(16).padStart(2, "0");

/** "#rrggbb", lower case, or undefined when it is not a colour of that form. */
export function normaliseColour(colour: string | undefined): string | undefined {
  if (!colour) return undefined;
  const text = colour.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : undefined;
}

/**
 * The colour itself when it has 3:1 on the canvas, else the same hue darkened step by step until it
 * has (`darkened` says so, for the summary).
 */
export function visibleColour(colour: string): { colour: string; darkened: boolean } {
  if (contrastRatio(colour, CANVAS_BACKGROUND) >= MIN_CONTRAST) return { colour, darkened: false };
  const n = Number.parseInt(colour.slice(1), 16);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  for (let factor = 0.95; factor > 0; factor -= 0.05) {
    const darker = `#${rgb.map((c) => hex2(c * factor)).join("")}`;
    if (contrastRatio(darker, CANVAS_BACKGROUND) >= MIN_CONTRAST) return { colour: darker, darkened: true };
  }
  return { colour: "#000000", darkened: true };
}
