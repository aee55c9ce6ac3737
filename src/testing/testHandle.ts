/**
 * A read-only handle on the app for the e2e tests and the benchmark, compiled in only when
 * __EXPLORER_TEST_HANDLE__ is true (see vite.config.ts and main.tsx). It exposes facts, never the
 * instance or the store: the canvas through the registry, the app's state through the given store.
 */
import type { Core } from "cytoscape";
import type { GraphController } from "../cy/controller";
import { followCanvas } from "../cy/registry";
import { defaultImageSettings, imageSpecFor } from "../domain/export/imageSpec";
import { exportScopeElements } from "../domain/export/scope";
import type { ExplorerStore } from "../store";
import { selectMeasuresStatus, selectVisibleGraph } from "../store/selectors";
import { cappedScale, frameMeets, type FrameCondition, type LoadTimes } from "./measurement";

export interface ExplorerTestHandle {
  nodeIds(): string[];
  edgeIds(): string[];
  selectedIds(): string[];
  /** The node's centre in page (CSS pixel) coordinates, for real mouse clicks. */
  nodePagePosition(id: string): { x: number; y: number } | null;
  /** Whether the node's centre lies inside the visible canvas. */
  isInViewport(id: string): boolean;
  /** False while a dataset is being drawn and laid out, or while a load has not finished. */
  isSettled(): boolean;
  /** Loads started and not finished, superseded ones included. */
  loadsInFlight(): number;
  /** The title of the open dataset, or null. */
  datasetTitle(): string | null;
  zoom(): number;
  pan(): { x: number; y: number };
  positions(): Record<string, { x: number; y: number }>;
  /** The boxes of the actors' labels as drawn now (model coordinates); none while labels are too small to draw. */
  labelBoxes(): Record<string, { x1: number; y1: number; x2: number; y2: number }>;
  /** Each drawn actor's width in model coordinates (its size, whatever it is sized by). */
  nodeSizes(): Record<string, number>;
  /** Each drawn actor's fill colour as drawn now ("rgb(r,g,b)"): its type's, or its community's. */
  nodeColours(): Record<string, string>;
  /** Where the network measures of what is shown stand: null until asked for, then computing, ready or failed. */
  measuresStatus(): string | null;
  // --- Read-only measurement hooks for the benchmark (bench/) ---
  /**
   * performance.now() right after the next drawn frame that meets `until` (cytoscape's `render`
   * event, then one more animation frame so the frame has been painted); null after `timeoutMs`.
   */
  nextFrame(until?: FrameCondition, timeoutMs?: number): Promise<number | null>;
  /** Starts recording when the next dataset opens, its elements are added and its layout stops. */
  armLoadTimes(): void;
  /** What armLoadTimes() has recorded so far (performance.now() values). */
  loadTimes(): LoadTimes;
  /** Times a PNG export of the filtered graph at 1x, framed, scaled down to fit `maxSide` pixels. */
  exportPng(maxSide?: number): Promise<{ ms: number; bytes: number }>;
}

declare global {
  interface Window {
    __explorer?: ExplorerTestHandle;
  }
}

/** The mounted canvas, followed through the registry (it is replaced when the app remounts). */
function canvasFollower() {
  let controller: GraphController | null = null;
  const stop = followCanvas((next) => (controller = next));
  const cy = (): Core => {
    if (!controller) throw new Error("no canvas is mounted");
    // Read on every call: the instance is rebuilt when the rendering mode changes.
    return controller.cy;
  };
  return { cy, has: () => controller !== null, stop };
}

export function installTestHandle(store: ExplorerStore): () => void {
  const canvas = canvasFollower();
  const { cy } = canvas;
  const rendered = (id: string) => {
    const node = cy().getElementById(id);
    return node.empty() ? null : node.renderedPosition();
  };
  const handle: ExplorerTestHandle = {
    nodeIds: () =>
      canvas.has()
        ? cy()
            .nodes()
            .map((n) => n.id())
        : [],
    edgeIds: () =>
      canvas.has()
        ? cy()
            .edges()
            .map((e) => e.id())
        : [],
    selectedIds: () =>
      cy()
        .$(":selected")
        .map((e) => e.id()),
    nodePagePosition(id) {
      const position = rendered(id);
      const container = cy().container();
      if (!position || !container) return null;
      const box = container.getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    },
    isInViewport(id) {
      const position = rendered(id);
      return (
        !!position &&
        position.x >= 0 &&
        position.y >= 0 &&
        position.x <= cy().width() &&
        position.y <= cy().height()
      );
    },
    isSettled: () => !store.getState().canvasBusy && store.getState().loadsInFlight() === 0,
    loadsInFlight: () => store.getState().loadsInFlight(),
    datasetTitle: () => store.getState().current?.index.dataset.title ?? null,
    zoom: () => cy().zoom(),
    pan: () => ({ ...cy().pan() }),
    positions: () =>
      Object.fromEntries(
        cy()
          .nodes()
          .map((n) => [n.id(), { ...n.position() }]),
      ),
    nodeSizes: () =>
      Object.fromEntries(
        cy()
          .nodes()
          .map((n) => [n.id(), n.width()]),
      ),
    nodeColours: () =>
      Object.fromEntries(
        cy()
          .nodes()
          .map((n) => [n.id(), String(n.style("background-color"))]),
      ),
    measuresStatus: () => selectMeasuresStatus(store.getState()),
    labelBoxes() {
      const instance = cy();
      return Object.fromEntries(
        instance
          .nodes()
          .filter((n) => {
            const size = Number.parseFloat(String(n.style("font-size")));
            const least = Number.parseFloat(String(n.style("min-zoomed-font-size")));
            return !!n.data("label") && size * instance.zoom() >= least;
          })
          .map((n) => {
            const b = n.boundingBox({
              includeNodes: false,
              includeEdges: false,
              includeLabels: true,
              includeOverlays: false,
            });
            return [n.id(), { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 }];
          }),
      );
    },
    ...measurementHooks(store, cy),
  };
  window.__explorer = Object.freeze(handle);
  return () => {
    canvas.stop();
    if (window.__explorer === handle) delete window.__explorer;
  };
}

// --- Measurement hooks for the benchmark -----------------------------------------------------------

/**
 * Calls `bind` with the canvas's instance, and again with each instance that replaces it (the
 * controller rebuilds it when the rendering mode changes), checked on every animation frame.
 */
function onEveryInstance(cy: () => Core, bind: (instance: Core) => () => void): () => void {
  let bound = cy();
  let unbind = bind(bound);
  let frame = requestAnimationFrame(function follow() {
    if (cy() !== bound) {
      unbind();
      bound = cy();
      unbind = bind(bound);
    }
    frame = requestAnimationFrame(follow);
  });
  return () => {
    cancelAnimationFrame(frame);
    unbind();
  };
}

function measurementHooks(
  store: ExplorerStore,
  cy: () => Core,
): Pick<ExplorerTestHandle, "nextFrame" | "armLoadTimes" | "loadTimes" | "exportPng"> {
  let times: LoadTimes = {};
  let disarm: (() => void) | undefined;
  return {
    nextFrame(until, timeoutMs = 120_000) {
      return new Promise((resolve) => {
        let stop = () => {};
        const timer = setTimeout(() => {
          stop();
          resolve(null);
        }, timeoutMs);
        stop = onEveryInstance(cy, (instance) => {
          const onRender = () => {
            if (!frameMeets(instance, until)) return;
            stop();
            clearTimeout(timer);
            requestAnimationFrame(() => resolve(performance.now()));
          };
          instance.on("render", onRender);
          return () => void instance.off("render", onRender);
        });
      });
    },
    armLoadTimes() {
      times = {};
      disarm?.();
      const unsubscribe = store.subscribe((state, previous) => {
        if (state.current !== previous.current) times.datasetOpened ??= performance.now();
        const status = state.layoutStatus;
        if (status === previous.layoutStatus) return;
        if (status && times.datasetOpened !== undefined) times.layoutStarted ??= status.startedAt;
        if (status?.placingAt !== undefined) times.layoutComputed ??= status.placingAt;
        if (!status && times.layoutStarted !== undefined) times.layoutFinished ??= performance.now();
      });
      // One-shot listeners: a listener on every added element would itself slow the load down.
      const stopListening = onEveryInstance(cy, (instance) => {
        const onAdd = () => void (times.elementsAdded ??= performance.now());
        const onLayoutStop = () => void (times.layoutStopped ??= performance.now());
        instance.one("add", onAdd).one("layoutstop", onLayoutStop);
        return () => void instance.off("add", onAdd).off("layoutstop", onLayoutStop);
      });
      disarm = () => {
        unsubscribe();
        stopListening();
      };
    },
    loadTimes: () => ({ ...times }),
    async exportPng(maxSide = 4096) {
      // What the export dialog does for the filtered graph at 1x with title, legend and footer,
      // scaled down (never up) so the graph fits in maxSide pixels: the baseline uses the same scale.
      const state = store.getState();
      const visible = selectVisibleGraph(state);
      const index = state.current?.index;
      if (!visible || !index) throw new Error("no dataset is open");
      const started = performance.now();
      const { renderPng } = await import("../cy/exportImage");
      const elements = exportScopeElements(index, "graph", {
        visibleNodeIds: visible.nodeIds,
        visibleEdgeIds: visible.edgeIds,
        selectedNodeIds: [],
        includeNeighbours: false,
      });
      const spec = imageSpecFor(
        index,
        elements,
        "graph",
        defaultImageSettings(index.dataset.title),
        new Date(),
      );
      const result = await renderPng(cy(), index, elements, { ...spec, scale: cappedScale(cy(), maxSide) });
      return { ms: performance.now() - started, bytes: result.blob.size };
    },
  };
}
