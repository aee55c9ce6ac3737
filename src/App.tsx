/**
 * The app shell: header (dataset, search), legend on the left, the canvas in the middle, details on
 * the right. It opens the dataset and view the URL names and accepts files dropped on the window (any
 * supported format; a CSV file of actors and one of relationships together).
 */
import { lazy, Suspense, useEffect, useState, type DragEvent } from "react";
import { CanvasToolbar, ZoomControls } from "./components/canvas/CanvasToolbar";
import { EmptyCanvas, FocusBar, LayoutProgress, Notices } from "./components/canvas/CanvasOverlays";
import { OverviewBar } from "./components/canvas/OverviewBar";
import { GraphCanvas } from "./components/canvas/GraphCanvas";
import { DetailsPanel } from "./components/details/DetailsPanel";
import { FilterPanel } from "./components/filters/FilterPanel";
import { DatasetMenu } from "./components/open/DatasetMenu";
import { ProblemsPanel } from "./components/open/ProblemsPanel";
import { supportedFormatNames } from "./data/supportedFormats";
import { SearchBox } from "./components/search/SearchBox";
import { ShortcutSheet } from "./components/help/ShortcutSheet";
import { SkipLinks } from "./components/help/SkipLinks";
import { Announcer } from "./components/shared/Announcer";
import { FILTERS_ID } from "./components/shared/regions";
import { useExplorerStore } from "./store";
import { selectExportOpen, selectImporting, selectTable } from "./store/selectors";
import { applyLocation, startUrlSync } from "./store/urlSync";
import "./App.css";

// Export code (writers, SVG, image composition) loads when the dialog first opens.
const ExportDialog = lazy(() => import("./components/export/ExportDialog"));
// The mapping dialog (and the mapping code) loads when a file of another format first needs it.
const MappingDialog = lazy(() => import("./components/open/MappingDialog"));
// The table view (and its virtualiser) loads when a table is first shown.
const TableView = lazy(() => import("./components/table/TableView"));

function useEscapeClearsSelection(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { rejected, importing } = useExplorerStore.getState();
      if (event.key === "Escape" && !rejected && !importing) useExplorerStore.getState().clearSelection();
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
  const importing = useExplorerStore(selectImporting);
  const table = useExplorerStore(selectTable);
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
        const files = [...event.dataTransfer.files];
        if (files.length > 0) void useExplorerStore.getState().openFiles(files);
      }}
    >
      <header className="app-header">
        <SkipLinks />
        <h1>
          Proxy Network <span>Explorer</span>
        </h1>
        <DatasetMenu />
        <SearchBox />
        <ShortcutSheet />
      </header>
      <nav id={FILTERS_ID} className="side-panel" aria-label="Filters and legend" tabIndex={-1}>
        <FilterPanel />
      </nav>
      <main className={table ? "canvas-area table-shown" : "canvas-area"}>
        <CanvasToolbar />
        <FocusBar />
        <OverviewBar />
        <GraphCanvas />
        {table && (
          <Suspense fallback={null}>
            <TableView kind={table} />
          </Suspense>
        )}
        <EmptyCanvas />
        <ZoomControls />
        <LayoutProgress />
        <Notices />
      </main>
      <DetailsPanel />
      <ProblemsPanel />
      <Announcer />
      {importing && (
        <Suspense fallback={null}>
          <MappingDialog key={importing.file} pending={importing} />
        </Suspense>
      )}
      {exportOpen && (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => useExplorerStore.getState().setExportOpen(false)} />
        </Suspense>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div>
            <p className="drop-title">Drop a file to open it</p>
            <ul className="drop-formats">
              {supportedFormatNames().map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
            <p className="drop-hint">CSV: drop the file of actors and the file of relationships together.</p>
          </div>
        </div>
      )}
    </div>
  );
}
