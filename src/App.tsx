/**
 * The app shell: header (dataset, search), legend on the left, the canvas in the middle, details on
 * the right. It opens the default dataset on start and accepts dataset files dropped on the window.
 */
import { useEffect, useState, type DragEvent } from "react";
import { CanvasToolbar } from "./components/CanvasToolbar";
import { DatasetMenu } from "./components/DatasetMenu";
import { DetailsPanel } from "./components/DetailsPanel";
import { GraphCanvas } from "./components/GraphCanvas";
import { Legend } from "./components/Legend";
import { openBundledDataset, openDatasetFile } from "./components/openDataset";
import { ProblemsPanel } from "./components/ProblemsPanel";
import { SearchBox } from "./components/SearchBox";
import { defaultDatasetFile } from "./data/bundledDatasets";
import { useExplorerStore } from "./store";

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

export function App({ initialDataset = defaultDatasetFile }: { initialDataset?: string }) {
  const [dragging, setDragging] = useState(false);
  useEscapeClearsSelection();

  useEffect(() => {
    const { current, loading } = useExplorerStore.getState();
    if (initialDataset && !current && !loading) void openBundledDataset(initialDataset);
  }, [initialDataset]);

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
      <nav className="side-panel" aria-label="Legend and view">
        <Legend />
      </nav>
      <main className="canvas-area">
        <CanvasToolbar />
        <GraphCanvas />
      </main>
      <DetailsPanel />
      <ProblemsPanel />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a dataset file to open it
        </div>
      )}
    </div>
  );
}
