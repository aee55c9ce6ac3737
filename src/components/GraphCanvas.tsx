/**
 * The canvas: the one component that owns the graph controller (and so the Cytoscape instance).
 * Created once on mount, patched by effects when the dataset, selection or layout request changes,
 * destroyed on unmount. Event handlers read fresh state through getState(), so they are bound once.
 */
import { useEffect, useRef } from "react";
import { GraphController } from "../cy/controller";
import { toElements } from "../cy/elements";
import { registerCanvas, unregisterCanvas } from "../cy/registry";
import { installTestHandle } from "../cy/testHandle";
import { mostConnectedNode, type DatasetIndex } from "../domain/graphIndex";
import { hashSeed, type LayoutName } from "../domain/layouts";
import { useExplorerStore } from "../store";
import { selectIndex, selectLayoutRequest, selectSelection } from "../store/selectors";

function layoutRequestFor(index: DatasetIndex, animate: boolean) {
  const { layout, layoutRoot, selection } = useExplorerStore.getState();
  const root = layoutRoot ?? (selection?.kind === "node" ? selection.id : mostConnectedNode(index));
  return { name: layout as LayoutName, seed: hashSeed(index.dataset.id), root, animate };
}

/** A dataset whose every actor has a saved position is drawn where it was saved. */
function hasSavedPositions(index: DatasetIndex): boolean {
  return index.dataset.nodes.length > 0 && index.dataset.nodes.every((n) => n.position);
}

export function GraphCanvas() {
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<GraphController | null>(null);
  const index = useExplorerStore(selectIndex);
  const selection = useExplorerStore(selectSelection);
  const layoutRequest = useExplorerStore(selectLayoutRequest);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const controller = new GraphController(container, {
      onSelect: (selected) => useExplorerStore.getState().select(selected),
      onClearSelection: () => useExplorerStore.getState().clearSelection(),
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
    };
  }, []);

  // A new dataset: new styles, new elements, and a first layout (not animated, seeded).
  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller || !index) return;
    controller.forgetPositions();
    controller.setVocabulary(index.dataset);
    controller.setElements(toElements(index));
    if (hasSavedPositions(index)) controller.fit();
    else void controller.runLayout(layoutRequestFor(index, false));
  }, [index]);

  // The user chose a layout or asked for a re-run: animate to the new places.
  useEffect(() => {
    const controller = controllerRef.current;
    const current = useExplorerStore.getState().current;
    if (!controller || !current || layoutRequest === 0) return;
    void controller.runLayout(layoutRequestFor(current.index, true));
  }, [layoutRequest]);

  useEffect(() => {
    controllerRef.current?.setSelection(selection);
  }, [selection, index]);

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
