/** WCAG 2 contrast arithmetic: the validator warns about type colours too faint on the canvas. */

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of "#rrggbb". */
export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The text colour (near-black or white) that reads best on a fill. */
export function readableTextOn(fill: string): "#111827" | "#ffffff" {
  return contrastRatio(fill, "#ffffff") >= contrastRatio(fill, "#111827") ? "#ffffff" : "#111827";
}
