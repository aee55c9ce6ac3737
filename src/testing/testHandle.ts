/**
 * A read-only handle on the canvas for the e2e tests and the benchmark, compiled in only when
 * __EXPLORER_TEST_HANDLE__ is true (see vite.config.ts). It exposes facts, never the instance.
 */
import type { Core } from "cytoscape";
import { exportScopeElements } from "../domain/export/scope";
import { composeFooterLines } from "../domain/export/text";
import { composeLegend } from "../domain/export/legend";
import { useExplorerStore } from "../store";
import { selectVisibleGraph } from "../store/selectors";
import type { GraphController } from "../cy/controller";
import { cappedScale, frameMeets, type FrameCondition, type LoadTimes } from "./measurement";

export interface ExplorerTestHandle {
  nodeIds(): string[];
  edgeIds(): string[];
  selectedIds(): string[];
  /** The node's centre in page (CSS pixel) coordinates, for real mouse clicks. */
  nodePagePosition(id: string): { x: number; y: number } | null;
  /** Whether the node's centre lies inside the visible canvas. */
  isInViewport(id: string): boolean;
  /** False while a dataset is being drawn and laid out. */
  isSettled(): boolean;
  zoom(): number;
  pan(): { x: number; y: number };
  positions(): Record<string, { x: number; y: number }>;
  // --- Read-only measurement hooks for the benchmark (bench/run.ts) ---
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

export function installTestHandle(controller: GraphController): () => void {
  // Read the instance on every call: it is rebuilt when the rendering mode changes.
  const cyOf = () => controller.cy;
  const rendered = (id: string) => {
    const node = cyOf().getElementById(id);
    return node.empty() ? null : node.renderedPosition();
  };
  const handle: ExplorerTestHandle = {
    nodeIds: () =>
      cyOf()
        .nodes()
        .map((n) => n.id()),
    edgeIds: () =>
      cyOf()
        .edges()
        .map((e) => e.id()),
    selectedIds: () =>
      cyOf()
        .$(":selected")
        .map((e) => e.id()),
    nodePagePosition(id) {
      const position = rendered(id);
      const container = cyOf().container();
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
        position.x <= cyOf().width() &&
        position.y <= cyOf().height()
      );
    },
    isSettled: () => !controller.busy,
    zoom: () => cyOf().zoom(),
    pan: () => ({ ...cyOf().pan() }),
    positions: () =>
      Object.fromEntries(
        cyOf()
          .nodes()
          .map((n) => [n.id(), { ...n.position() }]),
      ),
    ...measurementHooks(controller),
  };
  window.__explorer = Object.freeze(handle);
  return () => {
    if (window.__explorer === handle) delete window.__explorer;
  };
}

// --- Measurement hooks for the benchmark -----------------------------------------------------------

/**
 * Binds listeners to the canvas's instance and to every instance that replaces it (the controller
 * rebuilds it when the rendering mode changes, e.g. when a large dataset opens). Returns the unbind.
 */
function onEveryInstance(controller: GraphController, bind: (cy: Core) => () => void): () => void {
  let unbind = bind(controller.cy);
  const stopFollowing = controller.onNewInstance((cy) => {
    unbind();
    unbind = bind(cy);
  });
  return () => {
    stopFollowing();
    unbind();
  };
}

function measurementHooks(
  controller: GraphController,
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
        stop = onEveryInstance(controller, (cy) => {
          const onRender = () => {
            if (!frameMeets(cy, until)) return;
            stop();
            clearTimeout(timer);
            requestAnimationFrame(() => resolve(performance.now()));
          };
          cy.on("render", onRender);
          return () => void cy.off("render", onRender);
        });
      });
    },
    armLoadTimes() {
      times = {};
      disarm?.();
      const unsubscribe = useExplorerStore.subscribe((state, previous) => {
        if (state.current !== previous.current) times.datasetOpened ??= performance.now();
        const status = state.layoutStatus;
        if (status === previous.layoutStatus) return;
        if (status && times.datasetOpened !== undefined) times.layoutStarted ??= status.startedAt;
        if (status?.placingAt !== undefined) times.layoutComputed ??= status.placingAt;
        if (!status && times.layoutStarted !== undefined) times.layoutFinished ??= performance.now();
      });
      // One-shot listeners: a listener on every added element would itself slow the load down.
      const stopListening = onEveryInstance(controller, (cy) => {
        const onAdd = () => void (times.elementsAdded ??= performance.now());
        const onLayoutStop = () => void (times.layoutStopped ??= performance.now());
        cy.one("add", onAdd).one("layoutstop", onLayoutStop);
        return () => void cy.off("add", onAdd).off("layoutstop", onLayoutStop);
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
      const state = useExplorerStore.getState();
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
      const result = await renderPng(controller.cy, index, elements, {
        viewportOnly: false,
        scale: cappedScale(controller.cy, maxSide),
        background: "white",
        title: index.dataset.title,
        legend: composeLegend(
          index.dataset,
          [...elements.nodeIds].flatMap((id) => index.nodesById.get(id) ?? []),
          [...elements.edgeIds].flatMap((id) => index.edgesById.get(id) ?? []),
        ),
        footerLines: composeFooterLines(index, elements, new Date()),
      });
      return { ms: performance.now() - started, bytes: result.blob.size };
    },
  };
}
