/**
 * The canvas: the element the graph controller (and so the Cytoscape instance) draws into. What it
 * shows follows the store through useCanvasSync; it is busy while a newly opened dataset is drawn.
 * It takes keyboard focus (canvasKeys.ts: arrows, `[` `]`, Enter, zoom, f, Esc) and tells a screen
 * reader what it shows and how to move through it.
 */
import { useRef } from "react";
import "./GraphCanvas.css";
import { canvasDescription } from "../../domain/view/announcements";
import { useExplorerStore } from "../../store";
import { selectCanvasBusy, selectIndex, selectVisibleGraph } from "../../store/selectors";
import { CANVAS_ID } from "../shared/regions";
import { onCanvasKeyDown } from "./canvasKeys";
import { useCanvasSync } from "./useCanvasSync";

export function GraphCanvas() {
  const containerRef = useRef<HTMLDivElement>(null);
  const index = useExplorerStore(selectIndex);
  const visible = useExplorerStore(selectVisibleGraph);
  const busy = useExplorerStore(selectCanvasBusy);
  useCanvasSync(containerRef);
  return (
    <div
      ref={containerRef}
      id={CANVAS_ID}
      className="graph-canvas"
      data-testid="graph-canvas"
      // An application: a screen reader passes the arrow keys through to canvasKeys.ts.
      role="application"
      tabIndex={0}
      aria-busy={busy}
      aria-label={
        index && visible
          ? canvasDescription(index.dataset.title, visible.nodeIds.size, visible.edgeIds.size)
          : "Network canvas"
      }
      onKeyDown={onCanvasKeyDown}
    />
  );
}
