/**
 * PLACEHOLDER until the real detector is merged (take that version): it knows only the app's own
 * JSON (an object with "formatVersion" near the start) and calls everything else unknown, so the
 * app opens exactly what it opened before. SUPPORTED_FORMATS is the list the picker, the drop
 * target and the problems panel show.
 */
import type { Detection, FormatId } from "./types";

export const SUPPORTED_FORMATS: {
  format: FormatId;
  label: string;
  extensions: string[];
  mimeTypes: string[];
}[] = [
  {
    format: "app-json",
    label: "Proxy Network Explorer dataset",
    extensions: [".json"],
    mimeTypes: ["application/json"],
  },
  { format: "gexf", label: "GEXF (Gephi)", extensions: [".gexf"], mimeTypes: ["application/gexf+xml"] },
  {
    format: "graphml",
    label: "GraphML",
    extensions: [".graphml", ".xml"],
    mimeTypes: ["application/graphml+xml", "application/xml", "text/xml"],
  },
  {
    format: "csv",
    label: "CSV (actors and relationships)",
    extensions: [".csv", ".tsv"],
    mimeTypes: ["text/csv"],
  },
  {
    format: "xlsx",
    label: "Excel workbook",
    extensions: [".xlsx"],
    mimeTypes: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  },
  {
    format: "cytoscape-json",
    label: "Cytoscape JSON",
    extensions: [".cyjs", ".json"],
    mimeTypes: ["application/json"],
  },
  {
    format: "graphology-json",
    label: "graphology JSON",
    extensions: [".json"],
    mimeTypes: ["application/json"],
  },
];

export function detectFormat(head: Uint8Array, _fileName: string): Detection {
  const text = new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (text.startsWith("{") && text.includes('"formatVersion"'))
    return { kind: "format", format: "app-json", label: "Proxy Network Explorer dataset" };
  if (text.startsWith("{") || text.startsWith("[")) return { kind: "unknown", looksLike: "JSON" };
  if (text.startsWith("<")) return { kind: "unknown", looksLike: "XML" };
  return { kind: "unknown", looksLike: "text" };
}
