/**
 * The benchmark's arithmetic, pure: quantiles and medians, the summary of a figure over runs (with
 * its timeouts and failures counted apart), the summaries of a size, checked durations, and how far
 * two sets of positions differ.
 */
import type { Positions } from "./data";
import {
  INTERACTION_FIGURES,
  LAYOUT_FIGURES,
  PAGE_KINDS,
  type Figure,
  type FigureName,
  type InteractionSample,
  type LayoutSample,
  type PageKind,
  type Samples,
} from "./samples";

/** The q-quantile of ascending numbers, interpolating linearly between neighbours; null if none. */
export function quantile(sorted: readonly number[], q: number): number | null {
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)];
  const high = sorted[Math.ceil(at)];
  if (low === undefined || high === undefined) return null;
  return low + (high - low) * (at - Math.floor(at));
}

export function median(values: readonly number[]): number | null {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** A figure over runs: how many runs measured it, timed out or failed, and the spread of the measured. */
export interface Summary {
  n: number;
  timeouts: number;
  errors: number;
  median?: number;
  min?: number;
  max?: number;
  q1?: number;
  q3?: number;
}

/** Summarises one figure's values: numbers are measured, "timeout" timed out, anything else failed. */
export function summarise(values: readonly unknown[]): Summary {
  const numbers = values
    .filter((v): v is number => typeof v === "number" && Number.isFinite(v))
    .sort((a, b) => a - b);
  const timeouts = values.filter((v) => v === "timeout").length;
  const errors = values.length - numbers.length - timeouts;
  const [min, max] = [numbers[0], numbers.at(-1)];
  const [q1, middle, q3] = [0.25, 0.5, 0.75].map((q) => quantile(numbers, q));
  if (min === undefined || max === undefined || q1 == null || middle == null || q3 == null)
    return { n: 0, timeouts, errors };
  return { n: numbers.length, timeouts, errors, median: middle, min, max, q1, q3 };
}

/** A duration that is a real measurement; a negative or zero one means the wrong frame was timed. */
export function positiveDuration(what: string, ms: number): number {
  if (!Number.isFinite(ms) || ms <= 0)
    throw new Error(`${what}: measured ${ms} ms (a frame from before the input?): not a duration`);
  return ms;
}

/** The largest coordinate difference of the actors of `a` in `b`: Infinity if one is missing there. */
export function maxDifference(a: Positions | null, b: Positions | null): number | null {
  if (!a || !b) return null;
  let max = 0;
  for (const [id, p] of Object.entries(a)) {
    const q = b[id];
    if (!q) return Infinity;
    max = Math.max(max, Math.abs(p.x - q.x), Math.abs(p.y - q.y));
  }
  return max;
}

export type FigureSummaries = Partial<Record<FigureName, Summary>>;

/** The summaries of one size: each page's figures and the longest tasks during them. */
export interface SizeSummary {
  app: FigureSummaries;
  baseline: FigureSummaries;
  appLongest: FigureSummaries;
  baselineLongest: FigureSummaries;
}

const longestKey = (kind: PageKind) => `${kind}Longest` as const;

/** Every figure of every run of a size, summarised; the drag pools every step of every run. */
export function summariseSize(
  samples: Samples<InteractionSample>,
  layoutSamples: Samples<LayoutSample>,
): SizeSummary {
  const summary: SizeSummary = { app: {}, baseline: {}, appLongest: {}, baselineLongest: {} };
  for (const kind of PAGE_KINDS) {
    for (const key of INTERACTION_FIGURES) {
      summary[kind][key] = summarise(column(samples[kind], key));
      summary[longestKey(kind)][key] = summarise(longestColumn(samples[kind], key));
    }
    summary[kind].drag = summarise(
      samples[kind].flatMap<Figure>((s) => (typeof s.drag === "string" ? [s.drag] : (s.dragSteps ?? []))),
    );
    for (const key of LAYOUT_FIGURES) {
      summary[kind][key] = summarise(column(layoutSamples[kind], key));
      summary[longestKey(kind)][key] = summarise(longestColumn(layoutSamples[kind], key));
    }
  }
  return summary;
}

const column = (list: readonly (InteractionSample | LayoutSample)[], key: FigureName) =>
  list.map((s) => s[key]).filter((v) => v !== undefined && v !== null);

const longestColumn = (list: readonly (InteractionSample | LayoutSample)[], key: FigureName) =>
  list.map((s) => s.longest[key]).filter((v) => typeof v === "number");
