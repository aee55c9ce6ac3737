/**
 * Export: the filtered graph, the current view or the selected actors, as a PNG or SVG image for a
 * report or slide (with title, legend and sources), or as data (the app's JSON, CSV, GraphML).
 * Loaded on first use.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { canvasCommands } from "../cy/registry";
import type { ImageOptions } from "../cy/exportImage";
import type { Background, SizeDecision } from "../domain/export/frame";
import {
  exportScopeElements,
  SCOPE_LABELS,
  type ExportElements,
  type ExportScope,
} from "../domain/export/scope";
import {
  composeFooterLines,
  count,
  exportFileName,
  formatCitationList,
  sourcesCitedBy,
} from "../domain/export/text";
import type { DatasetIndex } from "../domain/dataset/datasetIndex";
import { composeLegend } from "../domain/export/legend";
import { actorsCsv, relationshipsCsv, UTF8_BOM } from "../domain/export/writers/csv";
import { toGraphml } from "../domain/export/writers/graphml";
import { datasetJsonText, subgraphDataset } from "../domain/export/writers/json";
import { useExplorerStore } from "../store";
import { selectIndex, selectSelectedNodeIds, selectVisibleGraph } from "../store/selectors";
import { canCopyImages, downloadBlob } from "./download";

type Format = "png" | "svg" | "json" | "actors-csv" | "relationships-csv" | "graphml";

const FORMATS: { id: Format; label: string; extension: string }[] = [
  { id: "png", label: "PNG image", extension: "png" },
  { id: "svg", label: "SVG (vector)", extension: "svg" },
  { id: "json", label: "Dataset JSON", extension: "json" },
  { id: "actors-csv", label: "Actors CSV", extension: "actors.csv" },
  { id: "relationships-csv", label: "Relationships CSV", extension: "relationships.csv" },
  { id: "graphml", label: "GraphML", extension: "graphml" },
];

const SCALES = [1, 2, 3, 4] as const;
const PREVIEW_WIDTH = 520;

interface ImageSettings {
  sizeMode: "scale" | "width";
  scale: number;
  targetWidth: number;
  background: Background;
  showTitle: boolean;
  title: string;
  showLegend: boolean;
  showFooter: boolean;
}

function imageOptions(
  index: DatasetIndex,
  elements: ExportElements,
  scope: ExportScope,
  settings: ImageSettings,
): ImageOptions {
  return {
    viewportOnly: scope === "viewport",
    ...(settings.sizeMode === "width" ? { targetWidth: settings.targetWidth } : { scale: settings.scale }),
    background: settings.background,
    title: settings.showTitle && settings.title.trim() ? settings.title.trim() : undefined,
    legend: settings.showLegend
      ? composeLegend(
          index.dataset,
          [...elements.nodeIds].flatMap((id) => index.nodesById.get(id) ?? []),
          [...elements.edgeIds].flatMap((id) => index.edgesById.get(id) ?? []),
        )
      : undefined,
    footerLines: settings.showFooter ? composeFooterLines(index, elements, new Date()) : undefined,
  };
}

function dataBlob(format: Format, index: DatasetIndex, elements: ExportElements): Blob {
  switch (format) {
    case "json":
      return new Blob([datasetJsonText(subgraphDataset(index, elements, canvasCommands.nodePositions()))], {
        type: "application/json",
      });
    // The byte-order mark makes spreadsheet programs read the file as UTF-8 (curly quotes, accents).
    case "actors-csv":
      return new Blob([UTF8_BOM, actorsCsv(index, elements)], { type: "text/csv;charset=utf-8" });
    case "relationships-csv":
      return new Blob([UTF8_BOM, relationshipsCsv(index, elements)], { type: "text/csv;charset=utf-8" });
    case "graphml":
      return new Blob([toGraphml(index, elements, canvasCommands.nodePositions())], {
        type: "application/xml",
      });
    default:
      throw new Error(`${format} is an image format`);
  }
}

export default function ExportDialog({ onClose }: { onClose(): void }) {
  const index = useExplorerStore(selectIndex);
  const visible = useExplorerStore(selectVisibleGraph);
  const selectedNodeIds = useExplorerStore(selectSelectedNodeIds);
  const [scope, setScope] = useState<ExportScope>("graph");
  const [includeNeighbours, setIncludeNeighbours] = useState(false);
  const [format, setFormat] = useState<Format>("png");
  const [settings, setSettings] = useState<ImageSettings>(() => ({
    sizeMode: "scale",
    scale: 2,
    targetWidth: 1920,
    background: "white",
    showTitle: true,
    title: index?.dataset.title ?? "",
    showLegend: true,
    showFooter: true,
  }));
  const [preview, setPreview] = useState<string | null>(null);
  const [decision, setDecision] = useState<SizeDecision | null>(null);
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

  const isImage = format === "png" || format === "svg";
  const options = useMemo(
    () => (index && elements ? imageOptions(index, elements, scope, settings) : null),
    [index, elements, scope, settings],
  );

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLElement>("input, select, button")?.focus();
  }, []);

  // The preview is the real export at a small size; the pixel size shown is the full one.
  const canPreview = !!index && !!elements && !!options && isImage && elements.nodeIds.size > 0;
  useEffect(() => {
    if (!canPreview || !index || !elements || !options) return;
    let cancelled = false;
    let url: string | null = null;
    const timer = setTimeout(async () => {
      try {
        const plan = await canvasCommands.planImage(elements, options);
        if (cancelled) return;
        setDecision(plan.decision);
        const small = await canvasCommands.renderPng(index, elements, {
          ...options,
          scale: undefined,
          targetWidth: Math.min(PREVIEW_WIDTH, plan.frame.width),
        });
        if (cancelled) return;
        url = URL.createObjectURL(small.blob);
        setPreview(url);
      } catch (error) {
        if (!cancelled) setStatus(`Preview failed: ${String(error)}`);
      }
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      if (url) URL.revokeObjectURL(url);
    };
  }, [canPreview, index, elements, options]);

  if (!index || !elements || !options) return null;
  const extension = FORMATS.find((f) => f.id === format)!.extension;
  const fileName = exportFileName(index.dataset.id, scope, new Date(), extension);
  const empty = elements.nodeIds.size === 0;
  const update = (patch: Partial<ImageSettings>) => setSettings((s) => ({ ...s, ...patch }));

  const save = async () => {
    setBusy(true);
    setStatus("");
    try {
      if (format === "png") {
        const result = await canvasCommands.renderPng(index, elements, options);
        downloadBlob(result.blob, fileName);
        setStatus(
          `Saved ${fileName} (${result.width} × ${result.height} px).${result.decision.capped ? ` ${result.decision.message}` : ""}`,
        );
      } else if (format === "svg") {
        const result = await canvasCommands.renderSvg(index, elements, options);
        downloadBlob(result.blob, fileName);
        setStatus(`Saved ${fileName}.`);
      } else {
        downloadBlob(dataBlob(format, index, elements), fileName);
        setStatus(`Saved ${fileName}.`);
      }
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const copyPng = async () => {
    setBusy(true);
    try {
      const result = await canvasCommands.renderPng(index, elements, options);
      await navigator.clipboard.write([new ClipboardItem({ "image/png": result.blob })]);
      setStatus(`Copied a ${result.width} × ${result.height} px image.`);
    } catch (error) {
      setStatus(`The browser did not allow copying the image: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const copyCitations = async () => {
    try {
      await navigator.clipboard.writeText(formatCitationList(index, elements));
      setStatus(`Copied the citations of ${sourcesCitedBy(index, elements).length} sources.`);
    } catch (error) {
      setStatus(`The browser did not allow copying: ${String(error)}`);
    }
  };

  return (
    <div
      className="modal-backdrop"
      onKeyDown={(event) => event.key === "Escape" && (event.stopPropagation(), onClose())}
    >
      <section
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby="export-title"
        className="export-dialog"
      >
        <header>
          <h2 id="export-title">Export</h2>
          <button type="button" className="link-button" onClick={onClose} aria-label="Close export">
            Close
          </button>
        </header>
        <div className="export-body">
          <div className="export-options">
            <fieldset>
              <legend>What</legend>
              {(["graph", "viewport", "selection"] as const).map((id) => (
                <label key={id} className="option">
                  <input
                    type="radio"
                    name="scope"
                    value={id}
                    checked={scope === id}
                    disabled={id === "selection" && visibleSelected.length === 0}
                    onChange={() => setScope(id)}
                  />
                  {SCOPE_LABELS[id]}
                  {id === "selection" && (
                    <span className="muted">
                      {" "}
                      (
                      {visibleSelected.length === 0
                        ? "shift-click actors to select them"
                        : `${visibleSelected.length} selected`}
                      )
                    </span>
                  )}
                </label>
              ))}
              {scope === "selection" && (
                <label className="option indent">
                  <input
                    type="checkbox"
                    checked={includeNeighbours}
                    onChange={(e) => setIncludeNeighbours(e.target.checked)}
                  />
                  plus their direct neighbours
                </label>
              )}
              <p className="muted export-counts">
                {count(elements.nodeIds.size, "actor")}, {count(elements.edgeIds.size, "relationship")},{" "}
                {count(sourcesCitedBy(index, elements).length, "source")}
              </p>
            </fieldset>
            <fieldset>
              <legend>Format</legend>
              <select
                aria-label="Format"
                value={format}
                onChange={(e) => setFormat(e.target.value as Format)}
              >
                {FORMATS.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.label}
                  </option>
                ))}
              </select>
            </fieldset>
            {isImage && (
              <>
                <fieldset>
                  <legend>Size</legend>
                  <label className="option">
                    <input
                      type="radio"
                      name="size"
                      checked={settings.sizeMode === "scale"}
                      onChange={() => update({ sizeMode: "scale" })}
                    />
                    Scale
                    <select
                      aria-label="Scale"
                      value={settings.scale}
                      disabled={settings.sizeMode !== "scale"}
                      onChange={(e) => update({ scale: Number(e.target.value) })}
                    >
                      {SCALES.map((s) => (
                        <option key={s} value={s}>
                          {s}×
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="option">
                    <input
                      type="radio"
                      name="size"
                      checked={settings.sizeMode === "width"}
                      onChange={() => update({ sizeMode: "width" })}
                    />
                    Width
                    <input
                      type="number"
                      aria-label="Width in pixels"
                      min={200}
                      max={16384}
                      step={10}
                      value={settings.targetWidth}
                      disabled={settings.sizeMode !== "width"}
                      onChange={(e) => update({ targetWidth: Math.max(200, Number(e.target.value) || 200) })}
                    />
                    px
                  </label>
                </fieldset>
                <fieldset>
                  <legend>Background</legend>
                  {(["white", "dark", "transparent"] as const).map((bg) => (
                    <label key={bg} className="option inline">
                      <input
                        type="radio"
                        name="background"
                        checked={settings.background === bg}
                        onChange={() => update({ background: bg })}
                      />
                      {bg}
                    </label>
                  ))}
                </fieldset>
                <fieldset>
                  <legend>Around the graph</legend>
                  <label className="option">
                    <input
                      type="checkbox"
                      checked={settings.showTitle}
                      onChange={(e) => update({ showTitle: e.target.checked })}
                    />
                    Title
                  </label>
                  {settings.showTitle && (
                    <input
                      className="title-input"
                      aria-label="Title text"
                      value={settings.title}
                      onChange={(e) => update({ title: e.target.value })}
                    />
                  )}
                  <label className="option">
                    <input
                      type="checkbox"
                      checked={settings.showLegend}
                      onChange={(e) => update({ showLegend: e.target.checked })}
                    />
                    Legend of the types shown
                  </label>
                  <label className="option">
                    <input
                      type="checkbox"
                      checked={settings.showFooter}
                      onChange={(e) => update({ showFooter: e.target.checked })}
                    />
                    Sources and export date
                  </label>
                </fieldset>
              </>
            )}
          </div>
          <div className="export-preview" aria-live="polite">
            {isImage ? (
              preview && !empty ? (
                <img src={preview} alt="Preview of the exported image" />
              ) : (
                <p className="muted">
                  {empty ? "Nothing to export in this scope." : "Preparing the preview…"}
                </p>
              )
            ) : (
              <p className="muted">
                {format === "json"
                  ? "The app's own format, with positions: it validates and re-opens with the same picture."
                  : format === "graphml"
                    ? "For Gephi and Cytoscape desktop: types, labels, dates, citations and positions as attributes."
                    : "One row per element, with its citations."}
              </p>
            )}
            {isImage && decision && !empty && (
              <p className="export-size" data-testid="export-size">
                {decision.width} × {decision.height} px
                {decision.capped && <span className="capped"> — {decision.message}</span>}
              </p>
            )}
            <p className="file-name">
              <code>{fileName}</code>
            </p>
          </div>
        </div>
        <footer>
          <span className="status" role="status">
            {status}
          </span>
          <button type="button" onClick={copyCitations} disabled={empty}>
            Copy citations
          </button>
          {format === "png" && canCopyImages() && (
            <button type="button" onClick={copyPng} disabled={busy || empty}>
              Copy image
            </button>
          )}
          <button type="button" className="primary" onClick={save} disabled={busy || empty}>
            {busy ? "Exporting…" : "Download"}
          </button>
        </footer>
      </section>
    </div>
  );
}
