/**
 * The import benchmark's files: one generated dataset written by the app's own writers (GEXF, GraphML
 * and the CSV pair, which open without the mapping dialog) and as a plain GEXF without the app's
 * vocabulary (a file from elsewhere: it opens through the mapping dialog with the guessed mapping).
 * They live in bench/data/import/ (not committed) and are rewritten when the dataset is newer.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { indexDataset } from "../src/domain/dataset/datasetIndex";
import type { Dataset } from "../src/domain/dataset/schema";
import { dataFileText, type DataFormat } from "../src/domain/export/files";
import { escapeAttribute } from "../src/domain/export/writers/graphml";
import { ROOT } from "./data";

/** The files one import row opens: one file, or the CSV pair together. */
export type ImportFileKind = "gexf" | "graphml" | "csv" | "plainGexf";

export const IMPORT_FILE_KINDS: readonly ImportFileKind[] = ["gexf", "graphml", "csv", "plainGexf"];

/** The files of each kind, under the folder of the dataset they were written from. */
export type ImportFiles = Record<ImportFileKind, string[]>;

const WRITTEN: Record<Exclude<ImportFileKind, "plainGexf">, DataFormat[]> = {
  gexf: ["gexf"],
  graphml: ["graphml"],
  csv: ["actors-csv", "relationships-csv"],
};

const EXTENSION: Record<DataFormat, string> = {
  json: "json",
  gexf: "gexf",
  graphml: "graphml",
  "actors-csv": "actors.csv",
  "relationships-csv": "relationships.csv",
  turtle: "ttl",
  jsonld: "jsonld",
};

/**
 * A GEXF 1.2 file as another tool would write it: labels, a "kind" attribute on actors and a
 * "relation" attribute on relationships (the type labels), positions, and nothing of the app's
 * vocabulary (no type ids, colours, shapes or citations), so the mapping has to be guessed.
 */
export function plainGexf(dataset: Dataset): string {
  const nodeType = new Map(dataset.nodeTypes.map((t) => [t.id, t.label]));
  const relationshipType = new Map(dataset.relationshipTypes.map((t) => [t.id, t.label]));
  const a = escapeAttribute;
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gexf xmlns="http://gexf.net/1.2" xmlns:viz="http://gexf.net/1.2/viz" version="1.2">`,
    `<graph defaultedgetype="directed">`,
    `<attributes class="node"><attribute id="kind" title="kind" type="string"/></attributes>`,
    `<attributes class="edge"><attribute id="relation" title="relation" type="string"/></attributes>`,
    `<nodes>`,
  ];
  for (const node of dataset.nodes) {
    const kind = nodeType.get(node.type) ?? node.type;
    const position = node.position ? `<viz:position x="${node.position.x}" y="${node.position.y}"/>` : "";
    lines.push(
      `<node id="${a(node.id)}" label="${a(node.label)}"><attvalues><attvalue for="kind" value="${a(kind)}"/></attvalues>${position}</node>`,
    );
  }
  lines.push(`</nodes>`, `<edges>`);
  for (const edge of dataset.edges) {
    const relation = relationshipType.get(edge.type) ?? edge.type;
    lines.push(
      `<edge id="${a(edge.id)}" source="${a(edge.source)}" target="${a(edge.target)}"><attvalues><attvalue for="relation" value="${a(relation)}"/></attvalues></edge>`,
    );
  }
  lines.push(`</edges>`, `</graph>`, `</gexf>`, "");
  return lines.join("\n");
}

/** The app's export files of a dataset, by format: the whole graph at the dataset's positions. */
function appExports(dataset: Dataset): Map<DataFormat, string> {
  const index = indexDataset(dataset);
  const elements = {
    nodeIds: new Set(dataset.nodes.map((n) => n.id)),
    edgeIds: new Set(dataset.edges.map((e) => e.id)),
  };
  const positions = new Map(dataset.nodes.flatMap((n) => (n.position ? [[n.id, n.position] as const] : [])));
  const formats = Object.values(WRITTEN).flat();
  return new Map(formats.map((f) => [f, dataFileText(f, index, elements, positions)]));
}

/** Writes (when missing or older than the dataset) and names the import files of `datasetFile`. */
export function ensureImportFiles(datasetFile: string): ImportFiles {
  const folder = join(ROOT, "bench", "data", "import");
  const stem = basename(datasetFile, ".json");
  const path = (extension: string) => join(folder, `${stem}.${extension}`);
  const files: ImportFiles = {
    gexf: WRITTEN.gexf.map((f) => path(EXTENSION[f])),
    graphml: WRITTEN.graphml.map((f) => path(EXTENSION[f])),
    csv: WRITTEN.csv.map((f) => path(EXTENSION[f])),
    plainGexf: [path("plain.gexf")],
  };
  const written = statSync(datasetFile).mtimeMs;
  const stale = Object.values(files)
    .flat()
    .some((file) => !existsSync(file) || statSync(file).mtimeMs < written);
  if (!stale) return files;
  mkdirSync(folder, { recursive: true });
  const dataset = JSON.parse(readFileSync(datasetFile, "utf8")) as Dataset;
  for (const [format, text] of appExports(dataset)) writeFileSync(path(EXTENSION[format]), text);
  writeFileSync(path("plain.gexf"), plainGexf(dataset));
  return files;
}
