/**
 * The canvas: the element the graph controller (and so the Cytoscape instance) draws into. What it
 * shows follows the store through useCanvasSync; it is busy while a newly opened dataset is drawn.
 */
import { useRef } from "react";
import "./GraphCanvas.css";
import { useExplorerStore } from "../../store";
import { selectCanvasBusy, selectIndex } from "../../store/selectors";
import { useCanvasSync } from "./useCanvasSync";

export function GraphCanvas() {
  const containerRef = useRef<HTMLDivElement>(null);
  const index = useExplorerStore(selectIndex);
  const busy = useExplorerStore(selectCanvasBusy);
  useCanvasSync(containerRef);
  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      data-testid="graph-canvas"
      role="img"
      aria-busy={busy}
      aria-label={index ? `Network of ${index.dataset.title}` : "Network canvas"}
    />
  );
}
