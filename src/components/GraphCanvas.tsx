/**
 * The canvas: the one component that owns the graph controller (and so the Cytoscape instance).
 * Created once on mount, patched by effects when the dataset, the visible graph, the selection, the
 * path or a layout request changes, destroyed on unmount. Event handlers read fresh state through
 * getState(), so they are bound once.
 */
import { useEffect, useRef } from "react";
import { GraphController } from "../cy/controller";
import { toElements } from "../cy/elements";
import { registerCanvas, unregisterCanvas } from "../cy/registry";
import { installTestHandle } from "../cy/testHandle";
import { mostConnectedNode, type DatasetIndex } from "../domain/graphIndex";
import { hashSeed } from "../domain/layouts";
import type { PathResult } from "../domain/paths";
import { useExplorerStore } from "../store";
import {
  selectIndex,
  selectLayoutRequest,
  selectPathResult,
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

/**
 * A new dataset is laid out whole, once, so every actor has a place before filters hide some: hidden
 * actors come back where they were, and the picture does not depend on the filters it was opened with.
 */
function drawDataset(controller: GraphController, index: DatasetIndex): void {
  controller.forgetPositions();
  controller.setVocabulary(index.dataset);
  controller.setElements(toElements(index));
  if (hasSavedPositions(index)) controller.fit();
  else void controller.runLayout(layoutRequestFor(index, false));
  const viewport = useExplorerStore.getState().takePendingViewport();
  if (viewport) controller.setViewport(viewport);
}

export function GraphCanvas() {
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<GraphController | null>(null);
  const drawnIndex = useRef<DatasetIndex | null>(null);
  const index = useExplorerStore(selectIndex);
  const visible = useExplorerStore(selectVisibleGraph);
  const selection = useExplorerStore(selectSelection);
  const pathResult = useExplorerStore(selectPathResult);
  const layoutRequest = useExplorerStore(selectLayoutRequest);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const store = useExplorerStore.getState;
    const controller = new GraphController(container, {
      onSelect: (selected) => store().select(selected),
      onClearSelection: () => store().clearSelection(),
      onDoubleTapNode: (id) => store().addToFocus(id),
      onViewportChange: (viewport) => store().setViewport(viewport),
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
    if (drawnIndex.current !== index) {
      drawDataset(controller, index);
      drawnIndex.current = index;
    }
    controller.setElements(toElements(index, visible.nodeIds, visible.edgeIds));
  }, [index, visible]);

  // The user chose a layout or asked for a re-run: lay out what is drawn, animated.
  useEffect(() => {
    const controller = controllerRef.current;
    const current = useExplorerStore.getState().current;
    if (!controller || !current || layoutRequest === 0) return;
    void controller.runLayout(layoutRequestFor(current.index, true));
  }, [layoutRequest]);

  useEffect(() => {
    controllerRef.current?.setSelection(selection);
  }, [selection, visible]);

  useEffect(() => {
    controllerRef.current?.highlightPath(pathElements(pathResult));
  }, [pathResult, visible]);

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
