/**
 * The app's own exports read back: a GraphML or CSV file the explorer wrote carries its vocabulary
 * (type ids, type labels, colours, shapes, direction) and its citations as text ("“quote” — Title
 * (locator)", joined with " | "). A file with those columns needs no mapping dialog: its types,
 * sources and quotes come back as they were. See src/domain/export/writers/ for what is written.
 */
import type { ImportedEdge, ImportedGraph, ImportedNode } from "./types";
import { valueText } from "./mappingValues";

/** Attribute keys of the app's export columns, found by their titles. */
export interface AppVocabulary {
  node: {
    type: string;
    citations: string;
    typeLabel?: string;
    shape?: string;
    color?: string;
    aliases?: string;
    summary?: string;
    attributes?: string;
    sourceIds?: string;
  };
  edge: {
    type?: string;
    citations?: string;
    /** The relationship type's label: GraphML's "label", the CSV's "relationship". */
    typeLabel?: string;
    directed?: string;
    color?: string;
    description?: string;
    attributes?: string;
    sourceIds?: string;
  };
  /** Every key above: none of them becomes an attribute of an actor or relationship. */
  keys: Set<string>;
}

const byTitle = (attributes: ImportedGraph["nodeAttributes"]) => {
  const keys = new Map<string, string>();
  for (const a of attributes) if (!keys.has(a.title.toLowerCase())) keys.set(a.title.toLowerCase(), a.key);
  return (title: string) => keys.get(title);
};

/** The export's columns, when the file has them: node type and citations, and the same for edges. */
export function appVocabularyOf(graph: ImportedGraph): AppVocabulary | null {
  const node = byTitle(graph.nodeAttributes);
  const edge = byTitle(graph.edgeAttributes);
  const nodeType = node("type");
  const nodeCitations = node("citations");
  if (!nodeType || !nodeCitations) return null;
  if (graph.edges.length > 0 && (!edge("type") || !edge("citations"))) return null;
  // The CSV names the relationship type's label "relationship"; GraphML calls it "label" and uses
  // "relationship" for the whole sentence ("Quds Force trains Hezbollah").
  const edgeTypeLabel = graph.format === "csv" ? edge("relationship") : edge("label");
  const vocabulary: AppVocabulary = {
    node: {
      type: nodeType,
      citations: nodeCitations,
      typeLabel: node("type_label"),
      shape: node("shape"),
      color: node("color"),
      aliases: node("aliases"),
      summary: node("summary"),
      attributes: node("attributes"),
      sourceIds: node("source_ids"),
    },
    edge: {
      type: edge("type"),
      citations: edge("citations"),
      typeLabel: edgeTypeLabel,
      directed: edge("directed"),
      color: edge("color"),
      description: edge("description"),
      attributes: edge("attributes"),
      sourceIds: edge("source_ids"),
    },
    keys: new Set(),
  };
  const internal = [
    ...Object.values(vocabulary.node),
    ...Object.values(vocabulary.edge),
    ...["label", "x", "y", "start", "end"].map(node),
    ...["label", "relationship", "source_label", "target_label", "start", "end", "stated_as"].map(edge),
  ];
  for (const key of internal) if (typeof key === "string") vocabulary.keys.add(key);
  return vocabulary;
}

export interface ParsedCitation {
  /** The attribute it supports ("Size"), for an actor's or relationship's attribute citations. */
  attribute?: string;
  title: string;
  quote?: string;
  locator?: string;
  stance?: "claim" | "disputed";
  claimedBy?: string;
  note?: string;
}

type Stated = Pick<ParsedCitation, "stance" | "claimedBy" | "note">;

/**
 * Takes the stance and note suffixes off a citation's text (" (claim of X)", " (disputed)", then
 * " (note: …)", as citationStanceSuffix in export/text.ts writes them), so they are not read as its
 * locator.
 */
function withoutSuffixes(text: string): { rest: string; stated: Stated } {
  let rest = text;
  const stated: Stated = {};
  const noteAt = rest.lastIndexOf(" (note: ");
  if (noteAt > 0 && rest.endsWith(")")) {
    stated.note = rest.slice(noteAt + " (note: ".length, -1);
    rest = rest.slice(0, noteAt);
  }
  if (rest.endsWith(" (disputed)")) {
    stated.stance = "disputed";
    rest = rest.slice(0, -" (disputed)".length);
  } else if (rest.endsWith(" (claim)")) {
    stated.stance = "claim";
    rest = rest.slice(0, -" (claim)".length);
  } else {
    const claimAt = rest.lastIndexOf(" (claim of ");
    if (claimAt > 0 && rest.endsWith(")")) {
      stated.stance = "claim";
      stated.claimedBy = rest.slice(claimAt + " (claim of ".length, -1);
      rest = rest.slice(0, claimAt);
    }
  }
  return { rest, stated };
}

const QUOTE_END = "” — ";

/** One citation as the writers format it: “quote” — Title (locator), or Title (locator). */
function parseOne(text: string): Omit<ParsedCitation, "attribute"> | undefined {
  const { rest: unsuffixed, stated } = withoutSuffixes(text);
  let rest = unsuffixed;
  let quote: string | undefined;
  if (rest.startsWith("“")) {
    const end = rest.lastIndexOf(QUOTE_END);
    if (end > 0) {
      quote = rest.slice(1, end);
      rest = rest.slice(end + QUOTE_END.length);
    }
  }
  const located = /^([\s\S]*\S) \(([^()]+)\)$/.exec(rest);
  const title = (located ? located[1]! : rest).trim();
  if (title === "") return undefined;
  return {
    title,
    ...(quote ? { quote } : {}),
    ...(located ? { locator: located[2]! } : {}),
    ...stated,
  };
}

/**
 * A citations cell: citations joined with " | " (or already split into a list by the CSV reader), an
 * element's attribute citations prefixed with the attribute's label ("Size: “…” — Title").
 * `attributeLabels` are the labels the element's attributes cell names, longest tried first.
 */
export function parseCitationCell(
  cell: string | readonly string[],
  attributeLabels: readonly string[] = [],
): ParsedCitation[] {
  const labels = [...attributeLabels].sort((a, b) => b.length - a.length);
  return cellItems(cell, " | ").flatMap((piece) => {
    const label = labels.find((l) => piece.startsWith(`${l}: `));
    const parsed = parseOne(label ? piece.slice(label.length + 2) : piece);
    if (!parsed) return [];
    return [label ? { attribute: label, ...parsed } : parsed];
  });
}

/** "Size: 10,000 members; Founded: 1982" -> [["Size", "10,000 members"], ["Founded", "1982"]]. */
export function parseAttributesCell(cell: string | readonly string[]): [string, string][] {
  return cellItems(cell, "; ").flatMap((piece) => {
    const colon = piece.indexOf(": ");
    if (colon <= 0) return [];
    const label = piece.slice(0, colon).trim();
    const value = piece.slice(colon + 2).trim();
    return label && value ? [[label, value] as [string, string]] : [];
  });
}

/** A cell's items: a list the reader already split, or text joined with `separator`. */
export function cellItems(cell: string | readonly string[], separator: string): string[] {
  return (typeof cell === "string" ? cell.split(separator) : [...cell])
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A list-valued export column (citations, aliases, attributes, source ids) as its items. */
export function attributeItems(
  element: ImportedNode | ImportedEdge,
  key: string | undefined,
  separator: string,
): string[] {
  if (key === undefined) return [];
  const value = element.attributes[key];
  if (Array.isArray(value)) return cellItems(value, separator);
  return cellItems(valueText(value) ?? "", separator);
}

export function attributeText(
  element: ImportedNode | ImportedEdge,
  key: string | undefined,
): string | undefined {
  return key === undefined ? undefined : valueText(element.attributes[key]);
}
