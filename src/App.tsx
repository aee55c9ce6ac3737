/**
 * The app shell: header (dataset, search), legend on the left, the canvas in the middle, details on
 * the right. It opens the dataset and view the URL names and accepts dataset files dropped on the window.
 */
import { lazy, Suspense, useEffect, useState, type DragEvent } from "react";
import { CanvasToolbar, ZoomControls } from "./components/canvas/CanvasToolbar";
import { EmptyCanvas, FocusBar, LayoutProgress, Notices } from "./components/canvas/CanvasOverlays";
import { GraphCanvas } from "./components/canvas/GraphCanvas";
import { DetailsPanel } from "./components/details/DetailsPanel";
import { FilterPanel } from "./components/filters/FilterPanel";
import { PathFinder } from "./components/filters/PathFinder";
import { DatasetMenu } from "./components/open/DatasetMenu";
import { ProblemsPanel } from "./components/open/ProblemsPanel";
import { SearchBox } from "./components/search/SearchBox";
import { useExplorerStore } from "./store";
import { selectExportOpen } from "./store/selectors";
import { applyLocation, startUrlSync } from "./store/urlSync";
import "./App.css";

// Export code (writers, SVG, image composition) loads when the dialog first opens.
const ExportDialog = lazy(() => import("./components/export/ExportDialog"));

function useEscapeClearsSelection(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !useExplorerStore.getState().rejected)
        useExplorerStore.getState().clearSelection();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}

/** The URL says which dataset and view to open (the default dataset when it says nothing), and the URL follows the view. */
function useUrlSync(): void {
  useEffect(() => {
    const stop = startUrlSync(useExplorerStore);
    const { current, loading } = useExplorerStore.getState();
    if (!current && !loading) void applyLocation(useExplorerStore);
    return stop;
  }, []);
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes("Files");
}

export function App() {
  const [dragging, setDragging] = useState(false);
  const exportOpen = useExplorerStore(selectExportOpen);
  useEscapeClearsSelection();
  useUrlSync();

  return (
    <div
      className="app"
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) void useExplorerStore.getState().openFile(file);
      }}
    >
      <header className="app-header">
        <h1>
          Proxy Network <span>Explorer</span>
        </h1>
        <DatasetMenu />
        <SearchBox />
      </header>
      <nav className="side-panel" aria-label="Filters and legend">
        <FilterPanel />
        <PathFinder />
      </nav>
      <main className="canvas-area">
        <CanvasToolbar />
        <FocusBar />
        <GraphCanvas />
        <EmptyCanvas />
        <ZoomControls />
        <LayoutProgress />
        <Notices />
      </main>
      <DetailsPanel />
      <ProblemsPanel />
      {exportOpen && (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => useExplorerStore.getState().setExportOpen(false)} />
        </Suspense>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a dataset file to open it
        </div>
      )}
    </div>
  );
}
