/**
 * The CSV export: two RFC 4180 tables, actors and relationships, for spreadsheets and scripts.
 * One row per actor or relationship; lists (aliases, attributes, citations) are joined into one cell
 * so the tables stay rectangular. Cells hold the dataset's ids, so the two files join on
 * `id` = `source_id` / `target_id`. Each citation in a `citations` cell carries its stance
 * ("(claim of X)", "(disputed)"; unmarked is a statement of fact), and `stated_as` sums a
 * relationship's up: fact, mixed, claim or disputed (see statedAs in domain/dataset/citations.ts).
 */
import { citationsOfEdge, citationsOfNode, statedAs } from "../../dataset/citations";
import { exportedEdges, exportedNodes, type ExportElements } from "../scope";
import {
  attributesText,
  citedSourceIds,
  edgeCitationTexts,
  nodeCitationTexts,
  relationshipLabel,
} from "../text";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import type { GraphEdge, GraphNode } from "../../dataset/schema";

/**
 * Excel needs a byte-order mark to read a CSV as UTF-8 (the curly quotes in citations turn to
 * mojibake without it). The writers return plain RFC 4180 text; whoever saves the file may prepend it.
 */
export const UTF8_BOM = "\uFEFF";

export const ACTOR_COLUMNS = [
  "id",
  "label",
  "type",
  "aliases",
  "summary",
  "start",
  "end",
  "attributes",
  "citations",
  "source_ids",
] as const;

export const RELATIONSHIP_COLUMNS = [
  "id",
  "source_id",
  "source_label",
  "type",
  "relationship",
  "target_id",
  "target_label",
  "directed",
  "start",
  "end",
  "description",
  "attributes",
  "stated_as",
  "citations",
  "source_ids",
] as const;

type Row<Columns extends readonly string[]> = Record<Columns[number], string>;

export function actorsCsv(index: DatasetIndex, elements: ExportElements): string {
  return table(
    ACTOR_COLUMNS,
    exportedNodes(index, elements).map((node) => actorRow(index, node)),
  );
}

export function relationshipsCsv(index: DatasetIndex, elements: ExportElements): string {
  return table(
    RELATIONSHIP_COLUMNS,
    exportedEdges(index, elements).map((edge) => relationshipRow(index, edge)),
  );
}

function actorRow(index: DatasetIndex, node: GraphNode): Row<typeof ACTOR_COLUMNS> {
  return {
    id: node.id,
    label: node.label,
    type: node.type,
    aliases: (node.aliases ?? []).join("; "),
    summary: node.summary ?? "",
    start: node.start ?? "",
    end: node.end ?? "",
    attributes: attributesText(node),
    citations: nodeCitationTexts(index, node).join(" | "),
    source_ids: citedSourceIds(citationsOfNode(node)).join("; "),
  };
}

function relationshipRow(index: DatasetIndex, edge: GraphEdge): Row<typeof RELATIONSHIP_COLUMNS> {
  return {
    id: edge.id,
    source_id: edge.source,
    source_label: index.nodesById.get(edge.source)?.label ?? "",
    type: edge.type,
    relationship: relationshipLabel(index, edge),
    target_id: edge.target,
    target_label: index.nodesById.get(edge.target)?.label ?? "",
    directed: String(index.relationshipTypesById.get(edge.type)?.directed ?? true),
    start: edge.start ?? "",
    end: edge.end ?? "",
    description: edge.description ?? "",
    attributes: attributesText(edge),
    stated_as: statedAs(edge.citations),
    citations: edgeCitationTexts(index, edge).join(" | "),
    source_ids: citedSourceIds(citationsOfEdge(edge)).join("; "),
  };
}

function table<Columns extends readonly string[]>(columns: Columns, rows: Row<Columns>[]): string {
  return csvText([columns, ...rows.map((row) => columns.map((column) => row[column as Columns[number]]))]);
}

/** Lines of cells as RFC 4180 text, each line ended by CRLF (the table view's CSV uses it too). */
export function csvText(lines: Iterable<readonly string[]>): string {
  let text = "";
  for (const cells of lines) text += `${cells.map(csvCell).join(",")}\r\n`;
  return text;
}

/**
 * Spreadsheets (Excel, LibreOffice, Google Sheets) run a cell that starts with = + - @ as a formula,
 * and some treat a leading tab or carriage return the same way. Dataset text is quoted from
 * third-party sources, so a crafted quote could otherwise run a formula (or a DDE command) on
 * the reader's machine when the CSV is opened. A leading apostrophe makes the cell plain text
 * (OWASP "CSV injection"); the cost is a visible ' on the rare cell that starts like that.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
export function csvCell(text: string): string {
  const safe = guardFormula(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
