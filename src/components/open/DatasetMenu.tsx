/** Choosing a dataset: the bundled ones, or a file from disk in any supported format (a CSV pair together). */
import { lazy, Suspense, useRef, useState } from "react";
import "./DatasetMenu.css";
import { bundledDatasets } from "../../data/bundledDatasets";
import { acceptedFileTypes } from "../../data/supportedFormats";
import { shownLabel } from "../../domain/limits";
import { useExplorerStore } from "../../store";
import { selectCurrent, selectLoading, selectLoadingNote } from "../../store/selectors";

const ACCEPT = acceptedFileTypes();
const DatabaseDialog = lazy(() => import("./DatabaseDialog"));

export function DatasetMenu() {
  const current = useExplorerStore(selectCurrent);
  const loading = useExplorerStore(selectLoading);
  const loadingNote = useExplorerStore(selectLoadingNote);
  const fileInput = useRef<HTMLInputElement>(null);
  const [databaseOpen, setDatabaseOpen] = useState(false);
  const currentFile = current?.file ?? null;
  const isBundled =
    (!current?.origin || current.origin.kind === "bundled") &&
    bundledDatasets.some((d) => d.file === currentFile);
  return (
    <div className="dataset-menu">
      <label>
        <span className="visually-hidden">Dataset</span>
        <select
          aria-label="Dataset"
          value={isBundled && currentFile ? currentFile : "__own__"}
          onChange={(event) => void useExplorerStore.getState().openBundled(event.target.value)}
        >
          {bundledDatasets.map((d) => (
            <option key={d.file} value={d.file}>
              {d.title}
            </option>
          ))}
          {!isBundled && (
            // An opened file reads as its dataset's title; the file's name is in the tooltip.
            <option value="__own__" title={currentFile ?? undefined}>
              {current ? shownLabel(current.index.dataset.title) : "No dataset"}
            </option>
          )}
        </select>
      </label>
      <button
        type="button"
        onClick={() => fileInput.current?.click()}
        title="Open a file: the explorer's JSON, GEXF, GraphML, CSV (actors and relationships together), Excel, Cytoscape or graphology JSON. Or drop it on the window."
      >
        Open file…
      </button>
      <button
        type="button"
        onClick={() => setDatabaseOpen(true)}
        title="Search a SPARQL database (Wikidata, or any Wikidata-shaped store) and draw what you find"
      >
        Database (SPARQL)…
      </button>
      {databaseOpen && (
        <Suspense fallback={null}>
          <DatabaseDialog onClose={() => setDatabaseOpen(false)} />
        </Suspense>
      )}
      <input
        ref={fileInput}
        type="file"
        accept={ACCEPT}
        multiple
        // Not rendered: the "Open file…" button opens it, so assistive technology meets one control.
        hidden
        data-testid="dataset-file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = "";
          if (files.length > 0) void useExplorerStore.getState().openFiles(files);
        }}
      />
      {loading && (
        <span className="loading" role="status">
          {loadingNote ?? `Opening ${loading}…`}
        </span>
      )}
    </div>
  );
}
