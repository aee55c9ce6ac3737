/**
 * The records one run leaves: what each measured figure is called, and the shape of a run's sample
 * as it is written to bench/results/latest.json.
 */

/** The two pages measured side by side. */
export type PageKind = "app" | "baseline";
export const PAGE_KINDS: readonly PageKind[] = ["app", "baseline"];

/** The PNG export's cap: the whole graph at 1×, scaled down to fit this many pixels a side. */
export const EXPORT_MAX_SIDE = 4096;

/** Why a figure is missing: its operation ran out of time, or failed. */
export type Failure = "timeout" | "error";
/** A figure (ms, or MB for the heap), null when the page did not record it, or why there is none. */
export type Figure = number | null | Failure;

/** The figures of a run on the positioned file, in the order they are taken. */
export const INTERACTION_FIGURES = [
  "load",
  "firstFrame",
  "filter",
  "unfilter",
  "hover",
  "select",
  "selectPanel",
  "drag",
  "export",
  "heapMB",
] as const;
export type InteractionFigure = (typeof INTERACTION_FIGURES)[number];

/** The figures of a run on the file without positions. */
export const LAYOUT_FIGURES = ["layout", "layoutCompute", "layoutFirstFrame", "layoutSettled"] as const;
export type LayoutFigure = (typeof LAYOUT_FIGURES)[number];

export type FigureName = InteractionFigure | LayoutFigure;

/** Where a run was when it failed: opening the page, or one of its operations. */
export type Stage = "open" | InteractionFigure | "layout" | "settle";

interface RunSample extends Partial<Record<FigureName | Stage, Figure>> {
  /** The longest task overlapping each operation (ms; 0 when none was reported). */
  longest: Partial<Record<FigureName, number | null>>;
  /** The 1-minute load average when the run started: other work on the machine slows both pages. */
  loadAverage: number;
  /** The page's console errors and uncaught errors (the first few). */
  errors?: string[];
  /** "<stage>: <message>" when the run stopped early. */
  failure?: string;
}

export interface InteractionSample extends RunSample {
  /** From the file chosen to Cytoscape having the elements. */
  added?: number | null;
  /** The actor hovered and selected, the room around it (px) and the zoom. */
  targets?: { node: string; room: number; zoom: number };
  /** Every timed step of the drag (its median is `drag`). */
  dragSteps?: number[];
  /** How far the drag moved the view (px). */
  dragPanned?: number;
  exportBytes?: number;
}

export interface LayoutSample extends RunSample {
  /** Whether the layout's end came from the page's record or from watching the picture settle. */
  layoutSource?: "the page's record" | "settled picture";
}

/** The runs of one size, by page. */
export interface Samples<S> {
  app: S[];
  baseline: S[];
}
