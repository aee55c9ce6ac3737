/**
 * One table model for CSV files and spreadsheet sheets, and how tables become an ImportedGraph:
 * which table holds the edges and which the nodes (decided by their columns), which column is the
 * source, the target, an id, a label, a direction, a date or a colour; the layouts of Kumu and of
 * the app's own CSV export; and the kind of every other column, inferred from its cells.
 *
 * Kumu's layout is as its guide "Structure your data for Kumu" (docs.kumu.io/guides/import/import,
 * read in the stored copy of kumu/docs guides/import.md) describes it: elements have a Label
 * column (Type, Description, Tags optional), connections have From and To; several values in one
 * cell are separated by "|", and several elements in a "To" cell draw one connection to each.
 * An ID column, when present, is what From and To name (faq/how-do-I-avoid-duplicating-data.md).
 * Connections have no arrows unless the map's default direction says so
 * (faq/how-do-I-add-arrows-to-my-connections.md), whose values are directed, undirected or mutual;
 * "mutual" (arrows at both ends: a two-way relationship) is read as undirected.
 *
 * A date column named start, end or date gives the element's start or end (a lone "date" is read as
 * the start: when the relationship began, not that it ended the same day) and stays an attribute, so
 * that the mapping step may take dates from elsewhere.
 */
import { ACTOR_COLUMNS, RELATIONSHIP_COLUMNS } from "../export/writers/csv";
import { closestName, didYouMean } from "../validation/suggest";
import { ProblemLog } from "./problemLog";
import type { AttributeInfo, FormatId, ImportedEdge, ImportedGraph, ImportedNode, ReadResult } from "./types";
import {
  attributeRecord,
  cellValue,
  hexColor,
  inferColumnKind,
  numberOf,
  partialDate,
  type Attributes,
  type ColumnHints,
  type ColumnKind,
} from "./values";

export interface TableRow {
  /** 1-based line (CSV) or row number (sheet) where the row starts. */
  line: number;
  /** Where the row starts in a CSV text, so that problems can give a cell's column. */
  offset?: number;
  /** One cell per column; "" when empty. */
  cells: string[];
}

/** Where a cell is, for a problem: line and column, and a path people read ("To", "Connections!B4"). */
export interface CellPlace {
  line: number;
  column: number;
  path: string;
}

export type TableKind = "csv" | "tsv" | "xlsx";

export interface Table {
  /** The file it came from, as given. */
  file: string;
  kind: TableKind;
  /** The sheet's name, for a workbook. */
  sheet?: string;
  /** Column names as the header gives them, trimmed; empty ones named "Column 3", repeats "Type (2)". */
  columns: string[];
  rows: TableRow[];
  place(row: TableRow, column: number): CellPlace;
  /** "line 12", or 'sheet "Connections", row 4'. */
  locate(row: TableRow): string;
}

// --- Column names -------------------------------------------------------------------------------

/** "Source_ID", "source id" and "sourceId" are one name: case, spaces and punctuation are ignored. */
export function columnKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const SOURCE = ["sourceid", "source", "from", "fromid", "src", "sourcenode", "startid", "node1"];
const TARGET = ["targetid", "target", "to", "toid", "dst", "targetnode", "endid", "node2"];
const SOURCE_LABEL = ["sourcelabel", "sourcename", "fromlabel", "fromname"];
const TARGET_LABEL = ["targetlabel", "targetname", "tolabel", "toname"];
const NODE_ID = ["id", "nodeid", "key", "identifier"];
const NODE_LABEL = ["label", "name", "nodelabel", "nodename", "title"];
const EDGE_ID = ["id", "edgeid", "key", "relationshipid", "connectionid"];
const EDGE_LABEL = ["label", "edgelabel"];
const DIRECTION = ["directed", "direction", "isdirected"];
const WEIGHT = ["weight"];
const COLOR = ["color", "colour"];
const SIZE = ["size"];
const X = ["x", "posx", "positionx", "xposition"];
const Y = ["y", "posy", "positiony", "yposition"];
const START = ["start", "startdate", "begin", "since", "date", "fromdate", "datefrom"];
const END = ["end", "enddate", "until", "todate", "dateto"];
/** Prose is never split into a list, even when it contains a "|" or a ";". */
const PROSE = ["description", "summary", "notes", "note", "comment", "comments", "text", "quote"];
const LIST = ["tags", "tag", "keywords", "categories", "aliases"];

/** The first column (in the order of `names`, so "source_id" beats "source") with one of these names. */
function findColumn(columns: readonly string[], names: readonly string[]): number | undefined {
  const keys = columns.map(columnKey);
  for (const name of names) {
    const index = keys.indexOf(name);
    if (index !== -1) return index;
  }
  return undefined;
}

const DIRECTION_WORDS = new Map<string, boolean>([
  ["directed", true],
  ["true", true],
  ["yes", true],
  ["1", true],
  ["->", true],
  ["→", true],
  ["undirected", false],
  ["mutual", false],
  ["bidirectional", false],
  ["false", false],
  ["no", false],
  ["0", false],
  ["--", false],
  ["<->", false],
  ["↔", false],
]);

// --- Layouts ------------------------------------------------------------------------------------

/** Whose layout a set of tables follows: it decides list separators and the default direction. */
type Flavour = "explorer" | "kumu" | "plain";

function hasColumns(table: Table, names: readonly string[]): boolean {
  const keys = new Set(table.columns.map(columnKey));
  return names.every((name) => keys.has(columnKey(name)));
}

function flavourOf(edges: Table, nodes: Table | undefined): Flavour {
  const explorerEdges = hasColumns(edges, RELATIONSHIP_COLUMNS);
  if (explorerEdges && (nodes === undefined || hasColumns(nodes, ACTOR_COLUMNS))) return "explorer";
  const source = edges.columns[findColumn(edges.columns, SOURCE) ?? -1];
  const target = edges.columns[findColumn(edges.columns, TARGET) ?? -1];
  if (
    source !== undefined &&
    target !== undefined &&
    columnKey(source) === "from" &&
    columnKey(target) === "to"
  ) {
    return "kumu";
  }
  return "plain";
}

/** The separators the app's own export joins lists with (src/domain/export/writers/csv.ts). */
const EXPLORER_LISTS = new Map([
  ["aliases", "; "],
  ["attributes", "; "],
  ["citations", " | "],
  ["sourceids", "; "],
]);

function columnHints(name: string, flavour: Flavour): ColumnHints {
  const key = columnKey(name);
  const dateColumn = START.includes(key) || END.includes(key);
  if (flavour === "explorer") {
    // The export's columns are known: lists, dates, and text that stays text ("1983" as a summary).
    const separator = EXPLORER_LISTS.get(key);
    if (separator !== undefined) return { listSeparator: separator };
    return dateColumn ? { dateColumn, text: true } : { kind: "string" };
  }
  if (PROSE.includes(key)) return { text: true, dateColumn };
  // Kumu separates several values in any cell with a pipe, and only with a pipe.
  if (flavour === "kumu") return { dateColumn, listSeparators: ["|"] };
  return { dateColumn, listSeparators: LIST.includes(key) ? ["|", ";"] : ["|"] };
}

/**
 * The app's CSV export protects cells that spreadsheets would run as formulas with a leading
 * apostrophe (guardFormula in export/writers/csv.ts); reading it back takes the apostrophe off,
 * so an exported quote that starts with "=" or "-" comes back as it was.
 */
export function unguardFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * Column names from a header row: trimmed, an empty one named after its place ("Column 3"), and a
 * repeated one numbered ("Type (2)") so that every attribute key is unique.
 */
export function nameColumns(
  header: readonly string[],
  log: ProblemLog,
  placeOf: (index: number, name: string) => { path: string; line: number; column?: number },
): string[] {
  const used = new Set<string>();
  return header.map((cell, index) => {
    const name = unguardFormula(cell.trim()) || `Column ${index + 1}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
    let count = 2;
    while (used.has(`${name} (${count})`)) count += 1;
    const renamed = `${name} (${count})`;
    used.add(renamed);
    log.warning("duplicate-column", {
      ...placeOf(index, name),
      message: `Two columns are named "${name}"; column ${index + 1} is read as "${renamed}".`,
    });
    return renamed;
  });
}

// --- Columns of one table -----------------------------------------------------------------------

interface AttributeColumn {
  index: number;
  key: string;
  kind: ColumnKind;
}

function columnCells(table: Table, index: number): string[] {
  return table.rows.map((row) => row.cells[index] ?? "");
}

function allCells(table: Table, index: number, test: (cell: string) => boolean): boolean {
  const cells = columnCells(table, index).filter((cell) => cell.trim() !== "");
  return cells.length > 0 && cells.every(test);
}

/** A structural column (x, weight, colour) counts only when every cell reads as what it should hold. */
function typedColumn(table: Table, names: readonly string[], test: (cell: string) => boolean) {
  const index = findColumn(table.columns, names);
  return index !== undefined && allCells(table, index, test) ? index : undefined;
}

function attributeColumns(table: Table, taken: Set<number>, flavour: Flavour): AttributeColumn[] {
  const columns: AttributeColumn[] = [];
  table.columns.forEach((name, index) => {
    if (taken.has(index)) return;
    const cells = columnCells(table, index);
    // A trailing delimiter gives a nameless, empty column: nothing to offer.
    if (/^Column \d+$/.test(name) && cells.every((cell) => cell.trim() === "")) return;
    columns.push({ index, key: name, kind: inferColumnKind(cells, columnHints(name, flavour)) });
  });
  return columns;
}

function rowAttributes(row: TableRow, columns: readonly AttributeColumn[]): Attributes {
  const attributes = attributeRecord();
  for (const column of columns) {
    const value = cellValue(row.cells[column.index] ?? "", column.kind);
    if (value !== undefined) attributes[column.key] = value;
  }
  return attributes;
}

function attributeInfos(columns: readonly AttributeColumn[]): AttributeInfo[] {
  return columns.map((column) => ({ key: column.key, title: column.key, kind: column.kind.kind }));
}

function cell(row: TableRow, index: number | undefined): string {
  return index === undefined ? "" : (row.cells[index] ?? "").trim();
}

function dateCell(row: TableRow, index: number | undefined): string | undefined {
  const text = cell(row, index);
  return text === "" ? undefined : partialDate(text);
}

// --- Nodes --------------------------------------------------------------------------------------

interface NodeTable {
  nodes: ImportedNode[];
  attributes: AttributeInfo[];
  byId: Map<string, ImportedNode>;
  /** Label → id, for edges that name nodes by label; null where two nodes share the label. */
  byLabel: Map<string, string | null>;
  /** Whether ids come from an id column (so a label in an edge cell is a different name). */
  hasIdColumn: boolean;
  table: Table;
}

function readNodes(table: Table, flavour: Flavour, log: ProblemLog, locate: Locate): NodeTable | undefined {
  const idColumn = findColumn(table.columns, NODE_ID);
  const labelColumn = findColumn(table.columns, NODE_LABEL);
  if (idColumn === undefined && labelColumn === undefined) {
    log.error("node-columns", {
      file: table.file,
      path: "",
      line: 1,
      message: `${describeNodeTable(table)} needs an id or a label column; found: ${columnList(table.columns)}.`,
      suggestion: "Name the column that identifies each node Id or Label.",
    });
    return undefined;
  }
  const x = typedColumn(table, X, (text) => numberOf(text) !== undefined);
  const y = typedColumn(table, Y, (text) => numberOf(text) !== undefined);
  const color = typedColumn(table, COLOR, (text) => hexColor(text) !== undefined);
  const size = typedColumn(table, SIZE, (text) => numberOf(text) !== undefined);
  const start = findColumn(table.columns, START);
  const end = findColumn(table.columns, END);
  const positioned = x !== undefined && y !== undefined;
  const taken = new Set(
    [idColumn, labelColumn, color, size, ...(positioned ? [x, y] : [])].filter((i) => i !== undefined),
  );
  const columns = attributeColumns(table, taken, flavour);
  const result: NodeTable = {
    nodes: [],
    attributes: attributeInfos(columns),
    byId: new Map(),
    byLabel: new Map(),
    hasIdColumn: idColumn !== undefined,
    table,
  };
  for (const row of table.rows) {
    const label = cell(row, labelColumn);
    const id = cell(row, idColumn) || label;
    if (id === "") {
      log.warning(
        "node-without-id",
        {
          ...table.place(row, idColumn ?? labelColumn ?? 0),
          file: table.file,
          message: "This row has no id or label; it was skipped.",
        },
        (count) => `… and ${count} more rows without an id or label were skipped.`,
      );
      continue;
    }
    const first = result.byId.get(id);
    if (first !== undefined) {
      log.warning(
        "duplicate-node",
        {
          ...table.place(row, idColumn ?? labelColumn ?? 0),
          file: table.file,
          message: `"${id}" is already listed (${first.locator}); this row was skipped.`,
        },
        (count) => `… and ${count} more rows repeating an id were skipped.`,
      );
      continue;
    }
    const node: ImportedNode = { id, attributes: rowAttributes(row, columns), locator: locate(table, row) };
    if (label !== "") node.label = label;
    const nodeX = numberOf(cell(row, x));
    const nodeY = numberOf(cell(row, y));
    if (nodeX !== undefined && nodeY !== undefined) node.position = { x: nodeX, y: nodeY };
    const nodeColor = hexColor(cell(row, color));
    if (nodeColor !== undefined) node.color = nodeColor;
    const nodeSize = numberOf(cell(row, size));
    if (nodeSize !== undefined) node.size = nodeSize;
    const from = dateCell(row, start);
    if (from !== undefined) node.start = from;
    const until = dateCell(row, end);
    if (until !== undefined) node.end = until;
    result.nodes.push(node);
    result.byId.set(id, node);
    if (label !== "") result.byLabel.set(label, result.byLabel.has(label) ? null : id);
  }
  return result;
}

// --- Edges --------------------------------------------------------------------------------------

interface EdgeColumns {
  source: number;
  target: number;
}

function edgeColumns(table: Table): EdgeColumns | undefined {
  const source = findColumn(table.columns, SOURCE);
  const target = findColumn(table.columns, TARGET);
  return source === undefined || target === undefined || source === target ? undefined : { source, target };
}

/**
 * Gephi's edge table writes the direction in a Type column ("Directed", "Undirected"); a Type
 * column that holds nothing but direction words is read as the direction, not as a type.
 */
function directionColumn(table: Table): number | undefined {
  const named = findColumn(table.columns, DIRECTION);
  if (named !== undefined) return named;
  const type = findColumn(table.columns, ["type"]);
  const words = ["directed", "undirected", "mutual"];
  return type !== undefined && allCells(table, type, (text) => words.includes(text.trim().toLowerCase()))
    ? type
    : undefined;
}

interface EdgeTable {
  edges: ImportedEdge[];
  attributes: AttributeInfo[];
  /** Nodes named by the edges, in order of first mention, when there is no node table. */
  endpoints: ImportedNode[];
}

type Locate = (table: Table, row: TableRow) => string;

function readEdges(
  table: Table,
  columns: EdgeColumns,
  flavour: Flavour,
  nodes: NodeTable | undefined,
  log: ProblemLog,
  locate: Locate,
): EdgeTable {
  const idColumn = findColumn(table.columns, EDGE_ID);
  const labelColumn = findColumn(table.columns, EDGE_LABEL);
  const sourceLabel = findColumn(table.columns, SOURCE_LABEL);
  const targetLabel = findColumn(table.columns, TARGET_LABEL);
  const direction = directionColumn(table);
  const weight = typedColumn(table, WEIGHT, (text) => numberOf(text) !== undefined);
  const color = typedColumn(table, COLOR, (text) => hexColor(text) !== undefined);
  const start = findColumn(table.columns, START);
  const end = findColumn(table.columns, END);
  const taken = new Set(
    [
      columns.source,
      columns.target,
      idColumn,
      labelColumn,
      sourceLabel,
      targetLabel,
      direction,
      weight,
      color,
    ].filter((index) => index !== undefined),
  );
  const attributes = attributeColumns(table, taken, flavour);
  const result: EdgeTable = { edges: [], attributes: attributeInfos(attributes), endpoints: [] };
  const endpoints = new Map<string, ImportedNode>();
  let byLabel = 0;

  /** The node id an edge end names; `name` is the cell, or one of the names a Kumu "To" cell lists. */
  const endpoint = (
    row: TableRow,
    index: number,
    labelIndex: number | undefined,
    name: string,
  ): string | undefined => {
    if (nodes === undefined) {
      if (!endpoints.has(name)) {
        const node: ImportedNode = { id: name, attributes: attributeRecord(), locator: locate(table, row) };
        const label = cell(row, labelIndex);
        if (label !== "") node.label = label;
        endpoints.set(name, node);
        result.endpoints.push(node);
      }
      return name;
    }
    if (nodes.byId.has(name)) return name;
    const labelled = nodes.hasIdColumn ? nodes.byLabel.get(name) : undefined;
    if (typeof labelled === "string") {
      byLabel += 1;
      return labelled;
    }
    unknownNode(table, row, index, name, nodes, log);
    return undefined;
  };

  for (const row of table.rows) {
    const source = cell(row, columns.source);
    // Kumu draws one connection to each of several elements in a "To" cell, separated by "|".
    const targets =
      flavour === "kumu"
        ? cell(row, columns.target)
            .split("|")
            .map((t) => t.trim())
        : [cell(row, columns.target)];
    const missing =
      source === "" ? columns.source : targets.every((t) => t === "") ? columns.target : undefined;
    if (missing !== undefined) {
      log.warning(
        "edge-without-end",
        {
          ...table.place(row, missing),
          file: table.file,
          message: `This row has no ${missing === columns.source ? "source" : "target"} (${table.columns[missing]} is empty); it was skipped.`,
        },
        (count) => `… and ${count} more rows without a source or target were skipped.`,
      );
      continue;
    }
    const from = endpoint(row, columns.source, sourceLabel, source);
    for (const target of targets.filter((t) => t !== "")) {
      const to = endpoint(row, columns.target, targetLabel, target);
      if (from === undefined || to === undefined) continue;
      result.edges.push(edgeOf(row, from, to, targets.length > 1));
    }
  }

  function edgeOf(row: TableRow, source: string, target: string, split: boolean): ImportedEdge {
    const edge: ImportedEdge = {
      source,
      target,
      attributes: split ? copyAttributes(rowAttributes(row, attributes)) : rowAttributes(row, attributes),
      locator: locate(table, row),
    };
    const id = cell(row, idColumn);
    if (id !== "") edge.id = id;
    const label = cell(row, labelColumn);
    if (label !== "") edge.label = label;
    const directed = directedOf(table, row, direction, log);
    if (directed !== undefined) edge.directed = directed;
    const edgeWeight = numberOf(cell(row, weight));
    if (edgeWeight !== undefined) edge.weight = edgeWeight;
    const edgeColor = hexColor(cell(row, color));
    if (edgeColor !== undefined) edge.color = edgeColor;
    const from = dateCell(row, start);
    if (from !== undefined) edge.start = from;
    const until = dateCell(row, end);
    if (until !== undefined) edge.end = until;
    return edge;
  }

  if (byLabel > 0) {
    log.warning("edges-by-label", {
      file: table.file,
      path: "",
      message: `${byLabel} ${byLabel === 1 ? "end names its node" : "ends name their nodes"} by label rather than by id; matched by label.`,
    });
  }
  return result;
}

function copyAttributes(attributes: Attributes): Attributes {
  const copy = attributeRecord();
  for (const key of Object.keys(attributes)) {
    const value = attributes[key] as Attributes[string];
    copy[key] = Array.isArray(value) ? [...value] : value;
  }
  return copy;
}

function directedOf(
  table: Table,
  row: TableRow,
  index: number | undefined,
  log: ProblemLog,
): boolean | undefined {
  const text = cell(row, index);
  if (text === "" || index === undefined) return undefined;
  const directed = DIRECTION_WORDS.get(text.toLowerCase());
  if (directed === undefined) {
    log.warning(
      "direction-word",
      {
        ...table.place(row, index),
        file: table.file,
        message: `"${text}" is not a direction; the edge takes the file's default.`,
        suggestion: "Use directed, undirected or mutual (or true and false).",
      },
      (count) => `… and ${count} more cells that are not a direction.`,
    );
  }
  return directed;
}

function unknownNode(
  table: Table,
  row: TableRow,
  index: number,
  name: string,
  nodes: NodeTable,
  log: ProblemLog,
) {
  const kind = "unknown-node";
  let suggestion: string | undefined;
  if (log.listing(kind)) {
    const names = new Map<string, string>();
    for (const id of nodes.byId.keys()) names.set(id, id);
    for (const [label, id] of nodes.byLabel) if (id !== null && !names.has(label)) names.set(label, id);
    const closest = closestName(name, names);
    if (closest !== undefined) suggestion = didYouMean(closest);
  }
  log.error(
    kind,
    {
      ...table.place(row, index),
      file: table.file,
      message: `unknown node "${name}": ${tableName(nodes.table)} does not list it.`,
      ...(suggestion === undefined ? {} : { suggestion }),
    },
    (count) => `… and ${count} more edge ends name nodes the node table does not list.`,
  );
}

// --- Messages -----------------------------------------------------------------------------------

function columnList(columns: readonly string[]): string {
  const shown = columns.slice(0, 12).join(", ");
  const rest = columns.length - 12;
  return columns.length === 0 ? "no columns" : rest > 0 ? `${shown} and ${rest} more` : shown;
}

function describeNodeTable(table: Table): string {
  return table.kind === "xlsx" ? `The elements sheet "${table.sheet ?? ""}"` : "The node file";
}

function missingEndsMessage(tables: readonly Table[]): string {
  const sheets = tables[0]?.kind === "xlsx";
  const found =
    tables.length === 1
      ? columnList(tables[0]?.columns ?? [])
      : tables.map((t) => `${columnList(t.columns)} (${sheets ? `"${t.sheet ?? ""}"` : t.file})`).join("; ");
  const subject = sheets ? "The connections sheet" : "The edge file";
  return `${subject} needs a source and a target column; found: ${found}. Rename two columns, e.g. From and To.`;
}

function tableKindLabel(kind: TableKind): string {
  return kind === "xlsx" ? "Excel workbook" : kind === "tsv" ? "TSV" : "CSV";
}

function formatLabel(kind: TableKind, flavour: Flavour, withNodes: boolean): string {
  const base = tableKindLabel(kind);
  if (flavour === "explorer") {
    return `${base} export of Proxy Network Explorer (${withNodes ? "actors and relationships" : "relationships"})`;
  }
  if (flavour === "kumu")
    return `${base} in Kumu's layout (${withNodes ? "elements and connections" : "connections"})`;
  return `${base} (${withNodes ? "nodes and edges" : "edge list"})`;
}

// --- Tables to a graph --------------------------------------------------------------------------

/**
 * One table with source and target columns is an edge list; with a second table, the one that has
 * source and target columns holds the edges and the other the nodes (by id, else by label), and
 * every edge end must name one of its nodes.
 */
export function graphFromTables(
  tables: readonly Table[],
  format: Extract<FormatId, "csv" | "xlsx">,
): ReadResult {
  const first = tables[0];
  if (first === undefined) {
    return {
      ok: false,
      problems: [{ severity: "error", file: "", path: "", message: "No table was given." }],
    };
  }
  const log = new ProblemLog(first.file);
  const withEnds = tables.filter((table) => edgeColumns(table) !== undefined);
  const edgeTable = withEnds[0];
  if (withEnds.length > 1) {
    log.error("two-edge-tables", {
      path: "",
      message: `Both ${tables.map(tableName).join(" and ")} have a source and a target column, so neither reads as the node table.`,
      suggestion: "Choose one edge table, and the node table that lists its nodes (by id or label).",
    });
  }
  if (edgeTable === undefined) {
    const looksLikeNodes = tables.some(
      (table) => findColumn(table.columns, [...NODE_ID, ...NODE_LABEL]) !== undefined,
    );
    log.error("edge-columns", {
      path: "",
      line: 1,
      message: missingEndsMessage(tables),
      ...(looksLikeNodes && tables.length === 1
        ? { suggestion: "This looks like a list of nodes: choose it together with the edge file." }
        : {}),
    });
  }
  if (log.hasErrors() || edgeTable === undefined) return { ok: false, problems: log.problems() };

  const nodeTable = tables.find((table) => table !== edgeTable);
  const flavour = flavourOf(edgeTable, nodeTable);
  const locate: Locate =
    tables.length > 1 && format === "csv"
      ? (table, row) => `${table.file}, ${table.locate(row)}`
      : (table, row) => table.locate(row);
  const nodes = nodeTable === undefined ? undefined : readNodes(nodeTable, flavour, log, locate);
  if (nodeTable !== undefined && nodes === undefined) return { ok: false, problems: log.problems() };
  const edges = readEdges(edgeTable, edgeColumns(edgeTable) as EdgeColumns, flavour, nodes, log, locate);
  if (log.hasErrors()) return { ok: false, problems: log.problems() };

  const graph: ImportedGraph = {
    format,
    formatLabel: formatLabel(first.kind, flavour, nodes !== undefined),
    file: format === "csv" ? tables.map((table) => table.file).join(" + ") : first.file,
    directedByDefault: flavour !== "kumu",
    nodeAttributes: nodes?.attributes ?? [],
    edgeAttributes: edges.attributes,
    nodes: nodes?.nodes ?? edges.endpoints,
    edges: edges.edges,
    warnings: log.warnings(),
  };
  return { ok: true, graph };
}

function tableName(table: Table): string {
  return table.kind === "xlsx" ? `sheet "${table.sheet ?? ""}"` : table.file;
}
