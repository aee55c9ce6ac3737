/**
 * The shape every foreign format is read into before it becomes a dataset: nodes and edges with
 * typed attributes, positions, colours, dates and directedness, as the file states them and nothing
 * more. Readers (one module per format) turn text or bytes into an ImportedGraph; one mapping step
 * (mapping.ts) turns an ImportedGraph and the user's Mapping into a Dataset; the app's validator then
 * checks it like any other dataset. Readers are pure and run in the worker.
 */
import type { Problem } from "../validation/problems";

export type FormatId =
  "app-json" | "gexf" | "graphml" | "csv" | "xlsx" | "cytoscape-json" | "graphology-json";

/** What an attribute holds, as declared by the file or inferred from its values. */
export type AttributeKind = "string" | "number" | "boolean" | "date" | "list";

export type AttributeValue = string | number | boolean | string[];

/** An attribute the file declares or uses, for the mapping dialog's lists. */
export interface AttributeInfo {
  /** The key values are stored under in `attributes` (a GEXF/GraphML key id, a CSV column name). */
  key: string;
  /** What the file calls it, for people ("Party", "weight"). */
  title: string;
  kind: AttributeKind;
  /** The file's declared default, applied by the reader to elements that lack a value. */
  default?: AttributeValue;
}

export interface ImportedNode {
  id: string;
  /** The file's own label, where it has one (GEXF label, yEd NodeLabel, a Label column). */
  label?: string;
  attributes: Record<string, AttributeValue>;
  position?: { x: number; y: number };
  /** "#rrggbb" */
  color?: string;
  size?: number;
  /** Partial ISO dates ("2019", "2019-04", "2019-04-15"): start/end, spells reduced to their span. */
  start?: string;
  end?: string;
  /** Where in the file it is, for citations and problems: "line 12", "row 4", "node n3". */
  locator: string;
}

export interface ImportedEdge {
  /** The file's id, where it has one; the mapping makes unique slugs either way. */
  id?: string;
  source: string;
  target: string;
  /** Per-edge direction where the file states it; the graph's default otherwise. */
  directed?: boolean;
  label?: string;
  attributes: Record<string, AttributeValue>;
  color?: string;
  weight?: number;
  start?: string;
  end?: string;
  locator: string;
}

export interface ImportedGraph {
  format: FormatId;
  /** How the app names what it read, for the message "This is a GEXF 1.3 file (Gephi). Opening it…". */
  formatLabel: string;
  /** The file name as given. */
  file: string;
  title?: string;
  description?: string;
  /** Edges without their own direction take this. */
  directedByDefault: boolean;
  nodeAttributes: AttributeInfo[];
  edgeAttributes: AttributeInfo[];
  nodes: ImportedNode[];
  edges: ImportedEdge[];
  /** Things the reader did that the user should know (nested graphs flattened, duplicate ids dropped). */
  warnings: Problem[];
}

export type ReadResult = { ok: true; graph: ImportedGraph } | { ok: false; problems: Problem[] };

/** What content sniffing found: a format the app reads, or a description of what the file looks like. */
export type Detection =
  { kind: "format"; format: FormatId; label: string } | { kind: "unknown"; looksLike: string };

/**
 * How an imported graph becomes a dataset: which attribute gives each part of the app's vocabulary.
 * Keys name entries of ImportedGraph.nodeAttributes / edgeAttributes; null means "not from an
 * attribute" (the file's own label, one type for all, no dates, the file itself as the source).
 */
export interface Mapping {
  /** Node attribute for the actor's label; null: the file's label, else its id. */
  label: string | null;
  /** Node attribute whose distinct values become actor types; null: one type, "Actor". */
  nodeType: string | null;
  /** Edge attribute whose distinct values become relationship types; null: one type, "Related to". */
  relationshipType: string | null;
  nodeStart: string | null;
  nodeEnd: string | null;
  edgeStart: string | null;
  edgeEnd: string | null;
  /** Attributes holding a source's title or name, a quote, and a URL: they become real citations. */
  source: string | null;
  quote: string | null;
  url: string | null;
  /** Node attribute for a summary or description. */
  summary: string | null;
}
