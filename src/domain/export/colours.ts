/**
 * Colours that stay visible on an export's background. The vocabulary's colours are chosen for the
 * light canvas (3:1 against it); on a dark background some would all but vanish (dark purple "Leads"
 * on navy), so each is lightened just enough to reach 3:1 there, keeping its hue.
 */
import { contrastRatio } from "../dataset/contrast";
import type { NodeType, RelationshipType } from "../dataset/schema";
import { BACKGROUND_COLORS, type Background } from "./frame";

const MIN_CONTRAST = 3;
/** A transparent image is assumed to land on a light page, as its text colours are. */
const ASSUMED_PAGE = "#ffffff";

function mix(hex: string, toward: string, amount: number): string {
  const channels = (c: string) => [1, 3, 5].map((i) => Number.parseInt(c.slice(i, i + 2), 16));
  const [a, b] = [channels(hex), channels(toward)];
  const out = a.map((value, i) => Math.round(value + ((b[i] ?? value) - value) * amount));
  return `#${out.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

/** The colour, or the nearest lighter (on dark) or darker (on light) one with 3:1 on `background`. */
export function visibleOn(colour: string, background: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(colour) || contrastRatio(colour, background) >= MIN_CONTRAST) return colour;
  const darkBackground = contrastRatio(background, "#ffffff") > contrastRatio(background, "#000000");
  const toward = darkBackground ? "#ffffff" : "#000000";
  for (let step = 1; step <= 20; step++) {
    const candidate = mix(colour, toward, step / 20);
    if (contrastRatio(candidate, background) >= MIN_CONTRAST) return candidate;
  }
  return toward;
}

export function backgroundColour(background: Background): string {
  return BACKGROUND_COLORS[background] ?? ASSUMED_PAGE;
}

/** The vocabulary with every colour made visible on the background (the same objects when no change is needed). */
export function vocabularyOn<T extends NodeType | RelationshipType>(
  types: readonly T[],
  background: Background,
): T[] {
  const paper = backgroundColour(background);
  return types.map((type) => {
    const color = visibleOn(type.color, paper);
    return color === type.color ? type : { ...type, color };
  });
}
