/**
 * The app shell: header (dataset, search), legend on the left, the canvas in the middle, details on
 * the right. It opens the dataset and view the URL names and accepts dataset files dropped on the window.
 */
import { lazy, Suspense, useEffect, useState, type DragEvent } from "react";
import { CanvasToolbar } from "./components/CanvasToolbar";
import { DatasetMenu } from "./components/DatasetMenu";
import { DetailsPanel } from "./components/DetailsPanel";
import { GraphCanvas } from "./components/GraphCanvas";
import { FocusBar, LayoutProgress, Notices } from "./components/CanvasOverlays";
import { FilterPanel } from "./components/FilterPanel";
import { PathFinder } from "./components/PathFinder";
import { openDatasetFile } from "./data/openDataset";
import { ProblemsPanel } from "./components/ProblemsPanel";
import { SearchBox } from "./components/SearchBox";
import { useExplorerStore } from "./store";
import { selectExportOpen } from "./store/selectors";
import { applyLocation, startUrlSync } from "./store/urlSync";

// Export code (writers, SVG, image composition) loads when the dialog first opens.
const ExportDialog = lazy(() => import("./components/ExportDialog"));

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

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes("Files");
}

export function App() {
  const [dragging, setDragging] = useState(false);
  const exportOpen = useExplorerStore(selectExportOpen);
  useEscapeClearsSelection();

  // The URL says which dataset and view to open (the default dataset when it says nothing), and the
  // URL follows the view from then on.
  useEffect(() => {
    const stop = startUrlSync();
    const { current, loading } = useExplorerStore.getState();
    if (!current && !loading) void applyLocation();
    return stop;
  }, []);

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
        if (file) void openDatasetFile(file);
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
