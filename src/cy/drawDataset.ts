/**
 * Drawing a newly opened dataset. It is laid out whole, once, so every actor has a place before
 * filters hide some: hidden actors come back where they were, and the picture does not depend on the
 * filters it was opened with. Places saved in the file come first, then places cached from an earlier
 * visit, then a layout (in the worker before drawing, for large graphs).
 */
import type { Position } from "cytoscape";
import type { DatasetIndex } from "../domain/dataset/datasetIndex";
import type { LayoutRequest, Viewport } from "../domain/view/types";
import type { GraphController, Rendering } from "./controller";
import { toElements, withPosition } from "./elements";
import type { Positions } from "./layouts";
import { loadCachedPositions, saveCachedPositions } from "./positionCache";
import { placeArrivals } from "../domain/view/growth";

export interface DrawRequest {
  layout: LayoutRequest;
  rendering: Rendering;
  /** A viewport to show once drawn (from a shared link); the drawing is fitted otherwise. */
  viewport: Viewport | null;
  /** False once another dataset has been opened: this one is then not drawn. */
  isCurrent(): boolean;
}

export interface DrawOutcome {
  drawn: boolean;
  /** What was done instead of the layout asked for, to tell the user. */
  note?: string;
  /** Something else worth telling: a saved layout that was damaged, a browser that cannot save them. */
  cacheNotice?: string;
}

/** A dataset whose every actor has a saved position is drawn where it was saved. */
export function hasSavedPositions(index: DatasetIndex): boolean {
  return index.dataset.nodes.length > 0 && index.dataset.nodes.every((n) => n.position);
}

export async function drawDataset(
  controller: GraphController,
  index: DatasetIndex,
  request: DrawRequest,
): Promise<DrawOutcome> {
  const { layout } = request;
  const cacheable = layout.name === "fcose" && !hasSavedPositions(index);
  // Looked up before anything is drawn: drawing a large graph at provisional places and then moving
  // it costs two full frames, each of many seconds at tens of thousands of actors.
  const lookup = cacheable ? await loadCachedPositions(index.dataset, layout.name) : { positions: null };
  if (!request.isCurrent()) return { drawn: false };
  const outcome = await drawWith(controller, index, request, lookup.positions);
  return lookup.notice && outcome.drawn ? { ...outcome, cacheNotice: lookup.notice } : outcome;
}

async function drawWith(
  controller: GraphController,
  index: DatasetIndex,
  request: DrawRequest,
  cached: ReadonlyMap<string, Position> | null,
): Promise<DrawOutcome> {
  const { layout } = request;
  const cacheable = layout.name === "fcose" && !hasSavedPositions(index);
  // Before the rendering mode may change: a rebuilt instance would copy the graph being replaced.
  controller.clear();
  controller.setRendering(request.rendering);
  controller.setVocabulary(index.dataset);
  const elements = toElements(index);
  controller.setDefinitions(elements);
  const show = () => (request.viewport ? controller.setViewport(request.viewport) : undefined);
  const complete = cached !== null && cached.size === index.dataset.nodes.length;

  if (hasSavedPositions(index)) {
    controller.setElements(elements);
    controller.layouts.spreadSavedPositions();
    controller.fit();
    show();
    return { drawn: true };
  }
  if (complete) {
    controller.setElements(elements);
    controller.applyPositions(cached);
    controller.fit(true);
    show();
    return { drawn: true };
  }
  if (controller.layouts.placement(layout, index.dataset.nodes.length) === "worker") {
    // Large graph, no places known: the worker lays it out first and it is drawn once, in place.
    const drawAt = (positions: Positions) => {
      controller.setElements(elements.map((def) => withPosition(def, positions)));
      controller.fit();
      show();
    };
    const placed = await controller.layouts.layOutBeforeDrawing(elements, layout, drawAt);
    if (placed instanceof Map) {
      void saveCachedPositions(index.dataset, layout.name, placed);
      return { drawn: true };
    }
    // Cancelled or failed: draw it where the actors start (a seeded spread); Re-layout can try again.
    drawAt(new Map());
    return placed ? { drawn: true, note: placed.failed } : { drawn: true };
  }
  controller.setElements(elements);
  const outcome = await controller.layouts.run(layout);
  if (!outcome) return { drawn: true };
  show();
  if (!outcome.note && cacheable)
    void saveCachedPositions(index.dataset, layout.name, controller.nodePositions());
  return { drawn: true, note: outcome.note };
}

/**
 * Draws a dataset that grew from the one on the canvas (a database expansion): nothing drawn moves,
 * and the new actors are placed around the actors they are related to (domain/view/growth.ts), so no
 * layout runs and the picture the reader has built up stays. The caller shows what is visible.
 */
export function drawGrowth(controller: GraphController, index: DatasetIndex): void {
  const placed = controller.nodePositions();
  const arriving = index.dataset.nodes.map((n) => n.id).filter((id) => !placed.has(id));
  const places = placeArrivals(placed, arriving, index.dataset.edges);
  controller.layouts.remember(places);
  controller.growDefinitions(toElements(index), index.dataset);
}
