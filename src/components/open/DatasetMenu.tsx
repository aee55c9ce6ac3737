/** Choosing a dataset: the bundled ones, or a file of the same format from disk. */
import { useRef } from "react";
import "./DatasetMenu.css";
import { bundledDatasets } from "../../data/bundledDatasets";
import { useExplorerStore } from "../../store";
import { selectCurrentFile, selectLoading } from "../../store/selectors";

export function DatasetMenu() {
  const currentFile = useExplorerStore(selectCurrentFile);
  const loading = useExplorerStore(selectLoading);
  const fileInput = useRef<HTMLInputElement>(null);
  const isBundled = bundledDatasets.some((d) => d.file === currentFile);
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
          {!isBundled && <option value="__own__">{currentFile ?? "No dataset"}</option>}
        </select>
      </label>
      <button
        type="button"
        onClick={() => fileInput.current?.click()}
        title="Open a dataset file (or drop it on the window)"
      >
        Open file…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        data-testid="dataset-file-input"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void useExplorerStore.getState().openFile(file);
        }}
      />
      {loading && (
        <span className="loading" role="status">
          Opening {loading}…
        </span>
      )}
    </div>
  );
}
