/**
 * Export: the filtered graph, the current view or the selected actors, as a PNG or SVG image for a
 * report or slide (with title, legend and sources), or as data (the app's JSON, CSV, GraphML).
 * Loaded on first use. The dialog holds the choices; the domain decides the files and images.
 */
import { useMemo, useRef, useState } from "react";
import { useModalFocus } from "../shared/useModalFocus";
import "./ExportDialog.css";
import { canvasCommands } from "../../cy/registry";
import { EXPORT_FORMATS, formatInfo, isImageFormat, type ExportFormat } from "../../domain/export/files";
import { defaultImageSettings, imageSpecFor, type ImageSettings } from "../../domain/export/imageSpec";
import { exportScopeElements, type ExportElements, type ExportScope } from "../../domain/export/scope";
import { exportFileName } from "../../domain/export/text";
import { useExplorerStore } from "../../store";
import {
  selectActorCommunities,
  selectIndex,
  selectSelectedNodeIds,
  selectVisibleGraph,
} from "../../store/selectors";
import { canCopyImages } from "./download";
import { copyCitations, copyPngImage, saveExport } from "./exportActions";
import { ImageSettingsFields } from "./ImageSettingsFields";
import { ScopeFields } from "./ScopeFields";
import { useExportPreview } from "./useExportPreview";

export default function ExportDialog({ onClose }: { onClose(): void }) {
  const index = useExplorerStore(selectIndex);
  const visible = useExplorerStore(selectVisibleGraph);
  const selectedNodeIds = useExplorerStore(selectSelectedNodeIds);
  const [scope, setScope] = useState<ExportScope>("graph");
  const [includeNeighbours, setIncludeNeighbours] = useState(false);
  const [format, setFormat] = useState<ExportFormat>("png");
  const [settings, setSettings] = useState<ImageSettings>(() =>
    defaultImageSettings(index?.dataset.title ?? ""),
  );
  const [status, setStatus] = useState<string>("");
  const [busy, setBusy] = useState(false);
  const dialogRef = useRef<HTMLElement>(null);
  const visibleSelected = selectedNodeIds.filter((id) => visible?.nodeIds.has(id));

  const elements = useMemo<ExportElements | null>(() => {
    if (!index || !visible) return null;
    return exportScopeElements(index, scope, {
      visibleNodeIds: visible.nodeIds,
      visibleEdgeIds: visible.edgeIds,
      selectedNodeIds,
      includeNeighbours,
      viewportNodeIds: scope === "viewport" ? canvasCommands.nodeIdsInViewport() : undefined,
    });
  }, [index, visible, scope, selectedNodeIds, includeNeighbours]);
  // Actors coloured by community on the canvas are so in the image: its legend says which is which.
  const communities = useExplorerStore(selectActorCommunities);
  const spec = useMemo(
    () =>
      index && elements ? imageSpecFor(index, elements, scope, settings, new Date(), communities) : null,
    [index, elements, scope, settings, communities],
  );
  const isImage = isImageFormat(format);
  const preview = useExportPreview(index, elements, spec, isImage);

  useModalFocus(dialogRef, onClose, Boolean(index && elements && spec));

  if (!index || !elements || !spec) return null;
  const info = formatInfo(format);
  const fileName = exportFileName(index.dataset.id, scope, new Date(), info.extension);
  const empty = elements.nodeIds.size === 0;
  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    setStatus("");
    setStatus(await action());
    setBusy(false);
  };

  return (
    <div className="modal-backdrop">
      <section
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby="export-title"
        className="export-dialog"
      >
        {/* Inside a dialog a header is no page banner. */}
        <header role="none">
          <h2 id="export-title">Export</h2>
          <button type="button" className="link-button" onClick={onClose} aria-label="Close export">
            Close
          </button>
        </header>
        <div className="export-body">
          <div className="export-options">
            <ScopeFields
              index={index}
              elements={elements}
              scope={scope}
              onScope={setScope}
              selectedVisible={visibleSelected.length}
              includeNeighbours={includeNeighbours}
              onIncludeNeighbours={setIncludeNeighbours}
            />
            <fieldset>
              <legend>Format</legend>
              <select
                aria-label="Format"
                value={format}
                onChange={(e) => setFormat(e.target.value as ExportFormat)}
              >
                {EXPORT_FORMATS.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.label}
                  </option>
                ))}
              </select>
            </fieldset>
            {isImage && (
              <ImageSettingsFields
                settings={settings}
                onChange={(patch) => setSettings((s) => ({ ...s, ...patch }))}
              />
            )}
          </div>
          <div className="export-preview" aria-live="polite">
            {!isImage ? (
              <p className="muted">{info.purpose}</p>
            ) : preview.url && !empty ? (
              <img
                src={preview.url}
                alt="Preview of the exported image"
                onLoad={() => preview.url && preview.shown(preview.url)}
              />
            ) : (
              <p className="muted">{empty ? "Nothing to export in this scope." : "Preparing the preview…"}</p>
            )}
            {isImage && preview.decision && !empty && (
              <p className="export-size" data-testid="export-size" data-current={preview.spec === spec}>
                {preview.decision.width} × {preview.decision.height} px
                {preview.decision.capped && <span className="capped"> — {preview.decision.message}</span>}
              </p>
            )}
            <p className="file-name">
              <code>{fileName}</code>
            </p>
          </div>
        </div>
        <footer>
          <span className="status" role="status">
            {status || preview.error}
          </span>
          <button
            type="button"
            onClick={() => void act(() => copyCitations(index, elements))}
            disabled={empty}
          >
            Copy citations
          </button>
          {format === "png" && canCopyImages() && (
            <button
              type="button"
              onClick={() => void act(() => copyPngImage(index, elements, spec))}
              disabled={busy || empty}
            >
              Copy image
            </button>
          )}
          <button
            type="button"
            className="primary"
            onClick={() => void act(() => saveExport(format, fileName, index, elements, spec))}
            disabled={busy || empty}
          >
            {busy ? "Exporting…" : "Download"}
          </button>
        </footer>
      </section>
    </div>
  );
}
