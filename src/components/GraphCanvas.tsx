/**
 * The canvas: the one component that owns the graph controller (and so the Cytoscape instance).
 * Created once on mount, patched by effects when the dataset, the visible graph, the selection, the
 * path or a layout request changes, destroyed on unmount. Event handlers read fresh state through
 * getState(), so they are bound once.
 */
import { useEffect, useRef } from "react";
import { GraphController } from "../cy/controller";
import { toElements, withPosition } from "../cy/elements";
import { registerCanvas, unregisterCanvas } from "../cy/registry";
import { loadCachedPositions, saveCachedPositions } from "../cy/positionCache";
import { installTestHandle } from "../testing/testHandle";
import { isLargeGraph } from "../cy/rendering";
import { mostConnectedNode, type DatasetIndex } from "../domain/dataset/datasetIndex";
import { hashSeed } from "../domain/view/layouts";
import type { PathResult } from "../domain/view/paths";
import { useExplorerStore } from "../store";
import {
  selectIndex,
  selectLayoutRequest,
  selectPathResult,
  selectRendering,
  selectSelectedNodeIds,
  selectSelection,
  selectVisibleGraph,
} from "../store/selectors";

function layoutRequestFor(index: DatasetIndex, animate: boolean) {
  const { layout, layoutRoot, selection } = useExplorerStore.getState();
  const root = layoutRoot ?? (selection?.kind === "node" ? selection.id : mostConnectedNode(index));
  return { name: layout, seed: hashSeed(index.dataset.id), root, animate };
}

/** A dataset whose every actor has a saved position is drawn where it was saved. */
function hasSavedPositions(index: DatasetIndex): boolean {
  return index.dataset.nodes.length > 0 && index.dataset.nodes.every((n) => n.position);
}

function pathElements(result: PathResult | null) {
  if (!result || result.paths.length === 0) return null;
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  for (const step of result.paths.flat()) {
    nodeIds.add(step.from).add(step.to);
    edgeIds.add(step.edgeId);
  }
  return { nodeIds, edgeIds };
}

function wantsFastRendering(index: DatasetIndex): boolean {
  const { fast } = useExplorerStore.getState().rendering;
  if (fast !== "auto") return fast === "on";
  return isLargeGraph(index.dataset.nodes.length, index.dataset.edges.length);
}

/**
 * Runs `task` once the browser has painted the next frame. A click on the canvas is drawn by
 * Cytoscape straight away; rendering the details panel before that paint would hold the feedback
 * back by as long as the panel takes to render.
 */
function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * A new dataset is laid out whole, once, so every actor has a place before filters hide some: hidden
 * actors come back where they were, and the picture does not depend on the filters it was opened with.
 * Positions saved in the file come first, then positions cached from an earlier visit, then a layout.
 */
async function drawDataset(controller: GraphController, index: DatasetIndex): Promise<void> {
  const request = layoutRequestFor(index, false);
  const isDefaultLayout = request.name === "fcose";
  // Looked up before anything is drawn: drawing a large graph at provisional places and then moving
  // it costs two full frames, each of many seconds at tens of thousands of actors.
  const cached =
    isDefaultLayout && !hasSavedPositions(index)
      ? await loadCachedPositions(index.dataset, request.name)
      : null;
  // Another dataset was opened meanwhile: it is drawn instead.
  if (useExplorerStore.getState().current?.index !== index) return;
  controller.forgetPositions();
  // Before the rendering mode may change: a rebuilt instance would copy the graph being replaced.
  controller.clear();
  controller.setRendering({
    fast: wantsFastRendering(index),
    webgl: useExplorerStore.getState().rendering.webgl,
  });
  controller.setVocabulary(index.dataset);
  const elements = toElements(index);
  const pendingViewport = useExplorerStore.getState().takePendingViewport();
  const restoreViewport = () => pendingViewport && controller.setViewport(pendingViewport);
  const useCache = cached && cached.size === index.dataset.nodes.length;
  if (
    !hasSavedPositions(index) &&
    !useCache &&
    controller.laysOutInWorker(request, index.dataset.nodes.length)
  ) {
    // Large graph, no places known: the worker lays it out first and it is drawn once, in place.
    const drawAt = (positions: ReadonlyMap<string, { x: number; y: number }>) => {
      controller.setElements(elements.map((def) => withPosition(def, positions)));
      controller.fit();
      restoreViewport();
    };
    const placed = await controller.layOutBeforeDrawing(elements, request, drawAt);
    // Cancelled: draw it where the actors start (a seeded spread); Re-layout is there to try again.
    if (!placed) drawAt(new Map());
    else void saveCachedPositions(index.dataset, request.name, placed);
    return;
  }
  controller.setElements(elements);
  if (hasSavedPositions(index)) {
    controller.fit();
    restoreViewport();
    return;
  }
  if (cached && useCache) {
    controller.applyPositions(cached);
    restoreViewport();
    return;
  }
  const outcome = await controller.runLayout(request);
  if (!outcome) return;
  restoreViewport();
  if (outcome.note) useExplorerStore.getState().notify(outcome.note);
  else if (isDefaultLayout) void saveCachedPositions(index.dataset, request.name, controller.nodePositions());
}

export function GraphCanvas() {
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<GraphController | null>(null);
  const drawnIndex = useRef<DatasetIndex | null>(null);
  const index = useExplorerStore(selectIndex);
  const visible = useExplorerStore(selectVisibleGraph);
  const selection = useExplorerStore(selectSelection);
  const selectedNodeIds = useExplorerStore(selectSelectedNodeIds);
  const pathResult = useExplorerStore(selectPathResult);
  const layoutRequest = useExplorerStore(selectLayoutRequest);
  const rendering = useExplorerStore(selectRendering);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const store = useExplorerStore.getState;
    const controller = new GraphController(container, {
      // The canvas shows the click at once; the panels it updates follow in the next frame.
      // (All selection changes take that route, so they keep the order they were made in.)
      onSelect: (selected) => afterNextPaint(() => store().select(selected)),
      onToggleNode: (id) => afterNextPaint(() => store().toggleSelectedNode(id)),
      onBoxSelect: (ids) => afterNextPaint(() => store().addSelectedNodes(ids)),
      onClearSelection: () => afterNextPaint(() => store().clearSelection()),
      onDoubleTapNode: (id) => afterNextPaint(() => store().addToFocus(id)),
      onViewportChange: (viewport) => store().setViewport(viewport),
      onLayoutStatus: (status) => store().setLayoutStatus(status),
    });
    controllerRef.current = controller;
    registerCanvas(controller);
    const removeTestHandle = __EXPLORER_TEST_HANDLE__ ? installTestHandle(controller) : undefined;
    const observer = new ResizeObserver(() => controller.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      removeTestHandle?.();
      unregisterCanvas(controller);
      controller.destroy();
      controllerRef.current = null;
      drawnIndex.current = null;
    };
  }, []);

  // A new dataset is drawn whole and laid out; after that, filters only patch what is drawn.
  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller || !index || !visible) return;
    const showVisible = () => {
      // Whatever is visible by now: the filters may have changed while the dataset was being drawn.
      const latest = selectVisibleGraph(useExplorerStore.getState());
      if (latest && drawnIndex.current === index)
        controller.setElements(toElements(index, latest.nodeIds, latest.edgeIds));
    };
    // The selection and the path were mirrored before the dataset was drawn: mirror them again.
    const showSelectionAndPath = () => {
      const state = useExplorerStore.getState();
      if (drawnIndex.current !== index) return;
      controller.setSelection(state.selection, state.selectedNodeIds);
      controller.highlightPath(pathElements(selectPathResult(state)));
    };
    if (drawnIndex.current !== index) {
      drawnIndex.current = index;
      controller.busy = true;
      void drawDataset(controller, index)
        .then(showVisible)
        .then(showSelectionAndPath)
        .finally(() => (controller.busy = false));
      return;
    }
    showVisible();
  }, [index, visible]);

  // The user chose a layout or asked for a re-run: lay out what is drawn, animated.
  useEffect(() => {
    const controller = controllerRef.current;
    const current = useExplorerStore.getState().current;
    if (!controller || !current || layoutRequest === 0) return;
    void controller.runLayout(layoutRequestFor(current.index, true)).then((outcome) => {
      if (outcome?.note) useExplorerStore.getState().notify(outcome.note);
    });
  }, [layoutRequest]);

  useEffect(() => {
    controllerRef.current?.setSelection(selection, selectedNodeIds);
  }, [selection, selectedNodeIds, visible]);

  useEffect(() => {
    controllerRef.current?.highlightPath(pathElements(pathResult));
  }, [pathResult, visible]);

  // The user switched fast rendering or WebGL: the controller rebuilds its instance.
  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller || !index || drawnIndex.current !== index) return;
    controller.setRendering({ fast: wantsFastRendering(index), webgl: rendering.webgl });
    controller.setSelection(
      useExplorerStore.getState().selection,
      useExplorerStore.getState().selectedNodeIds,
    );
  }, [rendering, index]);

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      data-testid="graph-canvas"
      role="img"
      aria-label={index ? `Network of ${index.dataset.title}` : "Network canvas"}
    />
  );
}
