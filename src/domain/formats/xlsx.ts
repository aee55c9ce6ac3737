/**
 * Excel workbooks (.xlsx): Kumu's layout (an Elements sheet and a Connections sheet, other sheets
 * marked "(ignore)" left alone), one or two sheets read by their columns, or the sheets a person
 * chooses; each sheet goes through the same table model as a CSV file (tabular.ts).
 *
 * The reader (read-excel-file) and the unzipper (fflate) are loaded on first use, so opening a
 * JSON or CSV file never loads them. Before a sheet is read, its cells are measured in the XML:
 * the reader pads every row to the widest one, so a few bytes naming cell XFD200000 would
 * otherwise ask it for three billion cells.
 */
// Types only: the modules themselves are imported on first use (loadLibraries).
import type * as FflateModule from "fflate";
import type { readSheet as readSheetFunction } from "read-excel-file/universal";
import type { Problem } from "../validation/problems";
import { ProblemLog } from "./problemLog";
import { columnKey, graphFromTables, nameColumns, type Table, type TableRow } from "./tabular";
import type { ReadResult } from "./types";

/** The most cells (counting the empty ones inside the used area) a sheet may span. */
export const MAX_SHEET_CELLS = 5_000_000;
/** The most XML a workbook may unpack to: a zip bomb stops here rather than filling the memory. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

export interface SheetChoice {
  elements?: string;
  connections?: string;
}

/** A sheet as the dialog offers it: its header and how many rows it has. */
export interface SheetSummary {
  name: string;
  columns: string[];
  rows: number;
  /** Kumu skips sheets whose name contains "(ignore)". */
  ignored: boolean;
  /** Why the sheet cannot be read, when it cannot. */
  problem?: string;
}

export type SheetList = { ok: true; sheets: SheetSummary[] } | { ok: false; problems: Problem[] };

// --- Loading the libraries ----------------------------------------------------------------------

type Fflate = typeof FflateModule;
type ReadSheet = typeof readSheetFunction;

interface Libraries {
  fflate: Fflate;
  readSheet: ReadSheet;
}

let libraries: Promise<Libraries> | undefined;

function loadLibraries(): Promise<Libraries> {
  libraries ??= Promise.all([import("fflate"), import("read-excel-file/universal")]).then(
    ([fflate, excel]) => ({ fflate, readSheet: excel.readSheet }),
    (error: unknown) => {
      libraries = undefined;
      throw error;
    },
  );
  return libraries;
}

// --- The workbook -------------------------------------------------------------------------------

interface SheetEntry {
  name: string;
  /** The sheet's XML inside the zip: "xl/worksheets/sheet1.xml". */
  path: string;
  ignored: boolean;
}

interface Workbook {
  sheets: SheetEntry[];
  /** Each sheet's XML, by path. */
  xml: Map<string, string>;
  libraries: Libraries;
}

type Opened = { ok: true; book: Workbook } | { ok: false; problems: Problem[] };

function failure(file: string, message: string, suggestion?: string): { ok: false; problems: Problem[] } {
  const problem: Problem = { severity: "error", file, path: "", message };
  if (suggestion !== undefined) problem.suggestion = suggestion;
  return { ok: false, problems: [problem] };
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

const SAVE_AS = "Save it as an Excel Workbook (.xlsx) or as CSV and open that.";

async function openWorkbook(bytes: ArrayBuffer, file: string): Promise<Opened> {
  const data = new Uint8Array(bytes);
  if (data.length === 0) return failure(file, "The file is empty.");
  if (startsWith(data, OLE2)) {
    return failure(
      file,
      "This is an old Excel workbook (.xls, Excel 97–2003), which the explorer cannot read.",
      SAVE_AS,
    );
  }
  if (!startsWith(data, ZIP))
    return failure(file, "This is not an Excel workbook (.xlsx): it does not start like one.");
  let loaded: Libraries;
  try {
    loaded = await loadLibraries();
  } catch (error) {
    return failure(
      file,
      `The Excel reader could not be loaded (${String(error)}).`,
      "Check the connection and try again.",
    );
  }
  const { unzipSync, strFromU8 } = loaded.fflate;
  const names: string[] = [];
  let unpacked = 0;
  try {
    // Listing only: a filter that keeps nothing reads the zip's directory without inflating anything.
    unzipSync(data, {
      filter(entry) {
        names.push(entry.name);
        if (/\.(xml|rels)$/.test(entry.name)) unpacked += entry.originalSize;
        return false;
      },
    });
  } catch {
    return failure(file, "The workbook is damaged: it is not a readable ZIP archive.");
  }
  if (!names.includes("xl/workbook.xml")) {
    if (names.includes("content.xml") && names.includes("mimetype")) {
      return failure(file, "This is an OpenDocument spreadsheet (.ods), not an Excel workbook.", SAVE_AS);
    }
    const what = names.some((name) => name.startsWith("word/"))
      ? "a Word document"
      : names.some((name) => name.startsWith("ppt/"))
        ? "a PowerPoint presentation"
        : "a ZIP archive";
    return failure(file, `This is ${what}, not an Excel workbook: it has no xl/workbook.xml.`);
  }
  if (unpacked > MAX_UNPACKED_BYTES) {
    return failure(
      file,
      `The workbook unpacks to ${megabytes(unpacked)} of XML; the explorer reads at most ${megabytes(MAX_UNPACKED_BYTES)}.`,
      "Save the sheets you need as CSV and open those.",
    );
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter: (entry) =>
        entry.name === "xl/workbook.xml" ||
        entry.name === "xl/_rels/workbook.xml.rels" ||
        (entry.name.startsWith("xl/worksheets/") && entry.name.endsWith(".xml")),
    });
  } catch {
    return failure(file, "The workbook is damaged: its contents cannot be unpacked.");
  }
  const text = (path: string) => {
    const entry = files[path];
    return entry === undefined ? "" : strFromU8(entry);
  };
  const sheets = sheetEntries(text("xl/workbook.xml"), text("xl/_rels/workbook.xml.rels"));
  if (sheets.length === 0) return failure(file, "The workbook lists no sheets.");
  const xml = new Map<string, string>();
  for (const sheet of sheets) xml.set(sheet.path, text(sheet.path));
  return { ok: true, book: { sheets, xml, libraries: loaded } };
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024)).toLocaleString("en")} MB`;
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (entity: string, name: string) => {
    if (name[0] !== "#") return XML_ENTITIES[name.toLowerCase()] ?? entity;
    const code =
      name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isInteger(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  const value = match?.[2] ?? match?.[3];
  return value === undefined ? undefined : unescapeXml(value);
}

/** The sheets workbook.xml lists, in order, each with the path of its XML (through the relationships). */
function sheetEntries(workbook: string, relationships: string): SheetEntry[] {
  const targets = new Map<string, string>();
  for (const [tag] of relationships.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  const entries: SheetEntry[] = [];
  for (const [tag] of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    const id = attribute(tag, "[\\w]+:id");
    const target = id === undefined ? undefined : targets.get(id);
    if (name === undefined || target === undefined) continue;
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
    entries.push({ name, path, ignored: /\(ignore\)/i.test(name) });
  }
  return entries;
}

// --- Measuring and reading sheets ---------------------------------------------------------------

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

export function columnLetters(number: number): string {
  let letters = "";
  for (let n = number; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The farthest row and column a sheet has a value in. Cells that are only formatted
 * (<c r="Z9" s="1"/>) hold nothing and are not counted: the reader leaves them out too.
 */
function sheetExtent(xml: string): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const match of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\sr\s*=\s*"([A-Z]{1,3})(\d{1,7})"[^>]*?(\/?)>/g)) {
    if (match[3] === "/") continue;
    columns = Math.max(columns, columnNumber(match[1] ?? ""));
    rows = Math.max(rows, Number(match[2]));
  }
  return { rows, columns };
}

/** Why a sheet is too large to read, or undefined when it is fine. */
function sheetTooLarge(book: Workbook, sheet: SheetEntry): string | undefined {
  const { rows, columns } = sheetExtent(book.xml.get(sheet.path) ?? "");
  const cells = rows * columns;
  if (cells <= MAX_SHEET_CELLS) return undefined;
  return (
    `Sheet "${sheet.name}" has values as far as cell ${columnLetters(columns)}${rows}: ` +
    `${cells.toLocaleString("en")} cells counting the empty ones, more than the ` +
    `${MAX_SHEET_CELLS.toLocaleString("en")} the explorer reads. Delete the stray cells far outside the ` +
    "table (select the unused rows and columns, Delete) and save again."
  );
}

type Cell = string | number | boolean | Date | null | undefined;

/** A cell as the text a CSV file would hold: dates as ISO days, numbers and booleans as written. */
function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell);
}

/** 'Connections!B4', or "'My sheet'!B4" where the name needs quotes, as Excel writes references. */
function cellReference(sheet: string, row: number, column: number): string {
  const name = /^[A-Za-z_][\w.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnLetters(column + 1)}${row}`;
}

function sheetTable(
  file: string,
  sheet: string,
  data: readonly (readonly Cell[])[],
  log: ProblemLog,
): Table | undefined {
  const width = data.reduce((widest, row) => Math.max(widest, row.length), 0);
  const texts = data.map((row) => {
    const cells = row.map(cellText);
    while (cells.length < width) cells.push("");
    return cells;
  });
  const headerIndex = texts.findIndex((row) => row.some((text) => text.trim() !== ""));
  const header = texts[headerIndex];
  if (header === undefined) {
    log.error("empty-sheet", { path: cellReference(sheet, 1, 0), message: `Sheet "${sheet}" is empty.` });
    return undefined;
  }
  const columns = nameColumns(header, log, (index) => ({
    path: cellReference(sheet, headerIndex + 1, index),
    line: headerIndex + 1,
    column: index + 1,
  }));
  const rows: TableRow[] = [];
  texts.forEach((cells, index) => {
    if (index <= headerIndex || cells.every((text) => text.trim() === "")) return;
    rows.push({ line: index + 1, cells });
  });
  if (rows.length === 0) {
    log.error("no-rows", {
      path: cellReference(sheet, headerIndex + 1, 0),
      line: headerIndex + 1,
      message: `Sheet "${sheet}" has a header (${columns.slice(0, 12).join(", ")}) but no rows below it.`,
    });
    return undefined;
  }
  return {
    file,
    kind: "xlsx",
    sheet,
    columns,
    rows,
    place: (row, column) => ({
      line: row.line,
      column: column + 1,
      path: cellReference(sheet, row.line, column),
    }),
    locate: (row) => `sheet "${sheet}", row ${row.line}`,
  };
}

function readerFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "XLS_FILE_NOT_SUPPORTED")
    return "This is an old Excel workbook (.xls), which the explorer cannot read.";
  if (code === "INVALID_ZIP") return "The workbook is damaged: its contents cannot be unpacked.";
  return `The workbook could not be read (${error instanceof Error ? error.message : String(error)}).`;
}

async function readSheetData(
  bytes: ArrayBuffer,
  book: Workbook,
  sheet: SheetEntry,
): Promise<{ ok: true; data: Cell[][] } | { ok: false; message: string }> {
  const tooLarge = sheetTooLarge(book, sheet);
  if (tooLarge !== undefined) return { ok: false, message: tooLarge };
  try {
    const data = (await book.libraries.readSheet(bytes, sheet.name)) as unknown as Cell[][];
    return { ok: true, data };
  } catch (error) {
    return { ok: false, message: readerFailure(error) };
  }
}

// --- Choosing sheets ----------------------------------------------------------------------------

const CONNECTION_SHEETS = ["connections", "connection", "edges", "edge", "links", "relationships", "ties"];
const ELEMENT_SHEETS = ["elements", "element", "nodes", "node", "actors", "vertices"];

function named(sheets: readonly SheetEntry[], names: readonly string[]): SheetEntry | undefined {
  return sheets.find((sheet) => names.includes(columnKey(sheet.name)));
}

function sheetNames(sheets: readonly SheetEntry[]): string {
  return sheets.map((sheet) => `"${sheet.name}"`).join(", ");
}

/** The sheets to read: those chosen, else Kumu's Elements and Connections, else the only one or two. */
function chooseSheets(
  book: Workbook,
  file: string,
  choice: SheetChoice | undefined,
): SheetEntry[] | Problem[] {
  const find = (name: string) =>
    book.sheets.find((sheet) => sheet.name === name) ??
    book.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  if (choice?.elements !== undefined || choice?.connections !== undefined) {
    const chosen: SheetEntry[] = [];
    const problems: Problem[] = [];
    for (const name of [choice.connections, choice.elements]) {
      if (name === undefined) continue;
      const sheet = find(name);
      if (sheet) chosen.push(sheet);
      else {
        problems.push({
          severity: "error",
          file,
          path: "",
          message: `The workbook has no sheet "${name}"; its sheets are ${sheetNames(book.sheets)}.`,
        });
      }
    }
    return problems.length > 0 ? problems : chosen;
  }
  const visible = book.sheets.filter((sheet) => !sheet.ignored);
  const connections = named(visible, CONNECTION_SHEETS);
  if (connections) {
    const others = visible.filter((sheet) => sheet !== connections);
    // The elements sheet by its name, else the only other sheet there is.
    const elements = named(others, ELEMENT_SHEETS) ?? (others.length === 1 ? others[0] : undefined);
    return elements === undefined ? [connections] : [connections, elements];
  }
  if (visible.length === 1 || visible.length === 2) return visible;
  const message =
    visible.length === 0
      ? `Every sheet is marked "(ignore)": ${sheetNames(book.sheets)}.`
      : `The workbook has ${visible.length} sheets (${sheetNames(visible)}) and none is named Connections.`;
  return [
    {
      severity: "error",
      file,
      path: "",
      message,
      suggestion: "Choose the sheet that holds the edges, and the one that holds the nodes.",
    },
  ];
}

// --- Entry points -------------------------------------------------------------------------------

/** Reads a workbook's elements and connections (Kumu's layout), or the sheets chosen. */
export async function readXlsx(bytes: ArrayBuffer, file: string, sheets?: SheetChoice): Promise<ReadResult> {
  const opened = await openWorkbook(bytes, file);
  if (!opened.ok) return opened;
  const chosen = chooseSheets(opened.book, file, sheets);
  if (chosen.some((entry) => "severity" in entry)) return { ok: false, problems: chosen as Problem[] };
  const log = new ProblemLog(file);
  const tables: Table[] = [];
  for (const sheet of chosen as SheetEntry[]) {
    const read = await readSheetData(bytes, opened.book, sheet);
    if (!read.ok) {
      log.error(`sheet ${sheet.name}`, { path: "", message: read.message });
      continue;
    }
    const table = sheetTable(file, sheet.name, read.data, log);
    if (table) tables.push(table);
  }
  if (log.hasErrors()) return { ok: false, problems: log.problems() };
  const result = graphFromTables(tables, "xlsx");
  if (result.ok) result.graph.warnings = [...log.warnings(), ...result.graph.warnings];
  return result;
}

/** The workbook's sheets with their headers, for a person to choose the elements and the connections. */
export async function listSheets(bytes: ArrayBuffer, file: string): Promise<SheetList> {
  const opened = await openWorkbook(bytes, file);
  if (!opened.ok) return opened;
  const summaries: SheetSummary[] = [];
  for (const sheet of opened.book.sheets) {
    const summary: SheetSummary = { name: sheet.name, columns: [], rows: 0, ignored: sheet.ignored };
    const read = await readSheetData(bytes, opened.book, sheet);
    if (!read.ok) summary.problem = read.message;
    else {
      const log = new ProblemLog(file);
      const table = sheetTable(file, sheet.name, read.data, log);
      if (table) {
        summary.columns = table.columns;
        summary.rows = table.rows.length;
      } else summary.problem = log.errors()[0]?.message ?? "The sheet has no table.";
    }
    summaries.push(summary);
  }
  return { ok: true, sheets: summaries };
}
