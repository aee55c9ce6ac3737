/**
 * The export formats the dialog offers and the data files it writes: each format's name, file
 * extension and MIME type in one table, and the file's text from the matching writer.
 */
import type { Position } from "../dataset/schema";
import type { DatasetIndex } from "../dataset/datasetIndex";
import type { ExportElements } from "./scope";
import { actorsCsv, relationshipsCsv, UTF8_BOM } from "./writers/csv";
import { toGexf } from "./writers/gexf";
import { toGraphml } from "./writers/graphml";
import { datasetJsonText, subgraphDataset } from "./writers/json";
import { toJsonLd, toTurtle } from "./writers/rdf";

export type ImageFormat = "png" | "svg";
export type DataFormat =
  "json" | "actors-csv" | "relationships-csv" | "graphml" | "gexf" | "turtle" | "jsonld";
export type ExportFormat = ImageFormat | DataFormat;

export interface FormatInfo {
  id: ExportFormat;
  label: string;
  extension: string;
  mimeType: string;
  /** What the file is for, shown where an image would be previewed. */
  purpose: string;
}

export const EXPORT_FORMATS: readonly FormatInfo[] = [
  { id: "png", label: "PNG image", extension: "png", mimeType: "image/png", purpose: "" },
  { id: "svg", label: "SVG (vector)", extension: "svg", mimeType: "image/svg+xml", purpose: "" },
  {
    id: "json",
    label: "Dataset JSON",
    extension: "json",
    mimeType: "application/json",
    purpose: "The app's own format, with positions: it validates and re-opens with the same picture.",
  },
  {
    id: "actors-csv",
    label: "Actors CSV",
    extension: "actors.csv",
    mimeType: "text/csv;charset=utf-8",
    purpose: "One row per element, with its citations.",
  },
  {
    id: "relationships-csv",
    label: "Relationships CSV",
    extension: "relationships.csv",
    mimeType: "text/csv;charset=utf-8",
    purpose: "One row per element, with its citations.",
  },
  {
    id: "graphml",
    label: "GraphML",
    extension: "graphml",
    mimeType: "application/xml",
    purpose: "For Gephi and Cytoscape desktop: types, labels, dates, citations and positions as attributes.",
  },
  {
    id: "gexf",
    label: "GEXF (Gephi)",
    extension: "gexf",
    mimeType: "application/gexf+xml",
    purpose:
      "For Gephi: colours, positions and a timeline, with types, labels, dates and citations as attributes.",
  },
  {
    id: "turtle",
    label: "RDF Turtle",
    extension: "ttl",
    mimeType: "text/turtle;charset=utf-8",
    purpose:
      "For triple stores and SPARQL: relationships as triples, citations as PROV-O derivations with their quotes.",
  },
  {
    id: "jsonld",
    label: "RDF JSON-LD",
    extension: "jsonld",
    mimeType: "application/ld+json",
    purpose: "The same triples as the Turtle export, as JSON-LD with a @context.",
  },
];

export function formatInfo(format: ExportFormat): FormatInfo {
  const info = EXPORT_FORMATS.find((f) => f.id === format);
  if (!info) throw new Error(`unknown export format ${format}`);
  return info;
}

export const isImageFormat = (format: ExportFormat): format is ImageFormat =>
  format === "png" || format === "svg";

/** A data file's text; positions are where the actors are drawn, so the file re-opens as seen. */
export function dataFileText(
  format: DataFormat,
  index: DatasetIndex,
  elements: ExportElements,
  positions: ReadonlyMap<string, Position>,
): string {
  switch (format) {
    case "json":
      return datasetJsonText(subgraphDataset(index, elements, positions));
    // The byte-order mark makes spreadsheet programs read the file as UTF-8 (curly quotes, accents).
    case "actors-csv":
      return UTF8_BOM + actorsCsv(index, elements);
    case "relationships-csv":
      return UTF8_BOM + relationshipsCsv(index, elements);
    case "graphml":
      return toGraphml(index, elements, positions);
    case "gexf":
      return toGexf(index, elements, positions);
    case "turtle":
      return toTurtle(index, elements, positions);
    case "jsonld":
      return toJsonLd(index, elements, positions);
  }
}
