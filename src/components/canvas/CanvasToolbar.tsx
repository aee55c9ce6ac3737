/** The strip over the canvas: layout choice and re-run, rendering options, export; zoom sits in a corner. */
import { canvasCommands } from "../../cy/registry";
import "./CanvasToolbar.css";
import { isLayoutName, LAYOUT_LABELS, LAYOUT_NAMES } from "../../domain/view/layouts";
import { useExplorerStore } from "../../store";
import { relayout } from "./canvasActions";
import { selectIndex, selectLayout, selectLayoutRoot, selectRendering } from "../../store/selectors";
import { shownLabel } from "../../domain/limits";
import { ViewSwitch } from "../table/ViewSwitch";
import { SizeBySelect } from "./SizeBySelect";

export function CanvasToolbar() {
  const layout = useExplorerStore(selectLayout);
  const layoutRoot = useExplorerStore(selectLayoutRoot);
  const index = useExplorerStore(selectIndex);
  const rootName = layoutRoot ? index?.nodesById.get(layoutRoot)?.label : undefined;
  const rootLabel = rootName === undefined ? undefined : shownLabel(rootName);
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas">
      <ViewSwitch />
      <label>
        <span className="visually-hidden">Layout</span>
        <select
          value={layout}
          onChange={(event) => {
            if (!isLayoutName(event.target.value)) return;
            const { selection } = useExplorerStore.getState();
            // The hierarchy grows from the selected actor when there is one.
            const root =
              event.target.value === "breadthfirst" && selection?.kind === "node" ? selection.id : undefined;
            useExplorerStore.getState().setLayout(event.target.value, root);
          }}
          aria-label="Layout"
        >
          {LAYOUT_NAMES.map((name) => (
            <option key={name} value={name}>
              {LAYOUT_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
      {layout === "breadthfirst" && (
        <span
          className="toolbar-note"
          title={`The hierarchy grows from ${rootLabel ?? "the most connected actor"}`}
        >
          from {rootLabel ?? "the most connected actor"}
        </span>
      )}
      <button type="button" onClick={() => void relayout()} title="Run the layout again">
        Re-layout
      </button>
      <SizeBySelect />
      <span className="toolbar-gap" />
      <RenderingOptions />
      <button
        type="button"
        onClick={() => useExplorerStore.getState().setExportOpen(true)}
        title="Export an image or the data"
      >
        Export…
      </button>
    </div>
  );
}

/** Fit and zoom, in the canvas's corner like a map's, clear of the toolbar and the notices. */
export function ZoomControls() {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={canvasCommands.fit} title="Fit the graph to the window" aria-label="Fit">
        Fit
      </button>
      <button type="button" onClick={canvasCommands.zoomIn} title="Zoom in" aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={canvasCommands.zoomOut} title="Zoom out" aria-label="Zoom out">
        −
      </button>
    </div>
  );
}

/** Fast rendering (automatic above a size) and the WebGL renderer, for large graphs. */
function RenderingOptions() {
  const rendering = useExplorerStore(selectRendering);
  const set = useExplorerStore.getState().setRendering;
  return (
    <>
      <select
        aria-label="Rendering"
        value={rendering.fast}
        onChange={(event) => set({ fast: event.target.value as "auto" | "on" | "off" })}
        title="Fast rendering hides edges while you pan or zoom and draws edges straight; automatic above 2,000 actors"
      >
        <option value="auto">Auto detail</option>
        <option value="on">Fast drawing</option>
        <option value="off">Full detail</option>
      </select>
      <label
        className="toolbar-check"
        title="Draws with the GPU. Without one (software rendering) it is several times slower."
      >
        <input
          type="checkbox"
          checked={rendering.webgl}
          onChange={(event) => set({ webgl: event.target.checked })}
        />
        WebGL
      </label>
    </>
  );
}
