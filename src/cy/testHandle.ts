/**
 * A read-only handle on the canvas for the e2e tests and the benchmark, compiled in only when
 * __EXPLORER_TEST_HANDLE__ is true (see vite.config.ts). It exposes facts, never the instance.
 */
import type { Core } from "cytoscape";
import { useExplorerStore } from "../store";
import type { GraphController } from "./controller";
import { CANVAS_BACKGROUND } from "./style";

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
  // --- Read-only measurement hooks for the benchmark (bench/run.mjs) ---
  /**
   * performance.now() right after the next drawn frame that meets `until` (cytoscape's `render`
   * event, then one more animation frame so the frame has been painted); null after `timeoutMs`.
   */
  nextFrame(until?: FrameCondition, timeoutMs?: number): Promise<number | null>;
  /** Starts recording when the next dataset opens, its elements are added and its layout stops. */
  armLoadTimes(): void;
  /** What armLoadTimes() has recorded so far (performance.now() values). */
  loadTimes(): LoadTimes;
  /** Times cy.png({ full: true, scale: 1 }) capped at `maxSide` pixels a side. */
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
    ...measurementHooks(cyOf),
  };
  window.__explorer = Object.freeze(handle);
  return () => {
    if (window.__explorer === handle) delete window.__explorer;
  };
}

// --- Measurement hooks for the benchmark -----------------------------------------------------------

/** What a frame must show: an element drawn, gone, selected, or carrying a class. */
export interface FrameCondition {
  present?: string;
  absent?: string;
  selected?: string;
  hasClass?: [id: string, className: string];
}

export interface LoadTimes {
  /** The store holds the newly opened dataset (read, parsed, validated and indexed). */
  datasetOpened?: number;
  /** Cytoscape has the dataset's elements. */
  elementsAdded?: number;
  /** A layout run has finished (fCoSE computes everything before it emits layoutstart/stop). */
  layoutStopped?: number;
}

function frameMeets(cy: Core, until: FrameCondition | undefined): boolean {
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
  return true;
}

function measurementHooks(
  cyOf: () => Core,
): Pick<ExplorerTestHandle, "nextFrame" | "armLoadTimes" | "loadTimes" | "exportPng"> {
  let times: LoadTimes = {};
  let unsubscribe: (() => void) | undefined;
  const onAdd = () => void (times.elementsAdded ??= performance.now());
  const onLayoutStop = () => void (times.layoutStopped ??= performance.now());
  return {
    nextFrame(until, timeoutMs = 120_000) {
      return new Promise((resolve) => {
        const onRender = () => {
          if (!frameMeets(cyOf(), until)) return;
          finish();
          requestAnimationFrame(() => resolve(performance.now()));
        };
        const timer = setTimeout(() => {
          finish();
          resolve(null);
        }, timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          cyOf().off("render", onRender);
        };
        cyOf().on("render", onRender);
      });
    },
    armLoadTimes() {
      times = {};
      unsubscribe?.();
      unsubscribe = useExplorerStore.subscribe((state, previous) => {
        if (state.current === previous.current) return;
        times.datasetOpened = performance.now();
        unsubscribe?.();
        unsubscribe = undefined;
      });
      // One-shot listeners: a listener on every added element would itself slow the load down.
      cyOf().off("add", onAdd).off("layoutstop", onLayoutStop);
      cyOf().one("add", onAdd).one("layoutstop", onLayoutStop);
    },
    loadTimes: () => ({ ...times }),
    async exportPng(maxSide = 4096) {
      const started = performance.now();
      const blob = await cyOf().png({
        output: "blob-promise",
        full: true,
        scale: 1,
        maxWidth: maxSide,
        maxHeight: maxSide,
        bg: CANVAS_BACKGROUND,
      });
      return { ms: performance.now() - started, bytes: blob.size };
    },
  };
}
