/**
 * What the benchmark measures, shared by the app's test handle and the baseline page so both are
 * measured the same way: which frame counts, what a load records, and the scale exports are drawn at.
 */
import type { Core } from "cytoscape";

/** 1x, or less when the drawing is wider or taller than `maxSide` pixels. */
export function cappedScale(cy: Core, maxSide: number): number {
  const box = cy.elements().boundingBox();
  return Math.min(1, maxSide / Math.max(box.w, 1), maxSide / Math.max(box.h, 1));
}

/** What a frame must show: an element drawn, gone, selected, or carrying a class; the viewport panned. */
export interface FrameCondition {
  present?: string;
  absent?: string;
  selected?: string;
  hasClass?: [id: string, className: string];
  /**
   * The viewport's pan (rendered pixels), to within half a pixel: a drag step is painted only in a
   * frame at the pan the step moved to, not in one still queued from before it.
   */
  pan?: { x: number; y: number };
  /**
   * Actors' widths before a change: the frame must draw at least one of them at another width (actors
   * resized by a measure).
   */
  sizeDiffers?: Record<string, number>;
}

export interface LoadTimes {
  /** The store holds the newly opened dataset (read, parsed, validated and indexed). */
  datasetOpened?: number;
  /** Cytoscape has the dataset's elements. */
  elementsAdded?: number;
  /** A layout run has finished (fCoSE computes everything before it emits layoutstart/stop). */
  layoutStopped?: number;
  /** The app's layout of the new dataset: started, positions computed (worker), actors placed. */
  layoutStarted?: number;
  layoutComputed?: number;
  layoutFinished?: number;
}

export function frameMeets(cy: Core, until: FrameCondition | undefined): boolean {
  if (!until) return true;
  const has = (id: string) => {
    const element = cy.getElementById(id);
    return element.nonempty() && !element.removed();
  };
  if (until.present !== undefined && !has(until.present)) return false;
  if (until.absent !== undefined && has(until.absent)) return false;
  if (until.selected !== undefined && !(has(until.selected) && cy.getElementById(until.selected).selected()))
    return false;
  if (until.hasClass && !cy.getElementById(until.hasClass[0]).hasClass(until.hasClass[1])) return false;
  if (until.pan && !isPannedTo(cy.pan(), until.pan)) return false;
  if (until.sizeDiffers && !resized(cy, until.sizeDiffers)) return false;
  return true;
}

function isPannedTo(pan: { x: number; y: number }, wanted: { x: number; y: number }): boolean {
  return Math.abs(pan.x - wanted.x) <= 0.5 && Math.abs(pan.y - wanted.y) <= 0.5;
}

function resized(cy: Core, before: Record<string, number>): boolean {
  return Object.entries(before).some(([id, width]) => {
    const node = cy.getElementById(id);
    return node.nonempty() && Math.abs(node.width() - width) > 0.01;
  });
}
