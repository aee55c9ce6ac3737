/**
 * CSV and TSV files: the text made into the table model, then read as an edge list alone, or as a
 * node file and an edge file chosen together (tabular.ts decides which is which by their columns).
 *
 * PapaParse does the parsing (RFC 4180 quoting), with the delimiter (, ; tab or |) that the first
 * records agree on, found as content detection finds it (delimiters.ts). This module adds what a
 * person needs when it goes wrong: the line and column of an unterminated quote or of a
 * row with too many fields, a limit on absurdly wide headers, and plain words for an empty file,
 * a binary file or text that is not UTF-8.
 */
import Papa from "papaparse";
import type { Problem } from "../validation/problems";
import { DELIMITERS, fileDelimiter } from "./delimiters";
import { ProblemLog } from "./problemLog";
import { graphFromTables, nameColumns, unguardFormula, type Table, type TableRow } from "./tabular";
import type { ReadResult } from "./types";

/** As many columns as Excel has; a header wider than that is not a table a person made. */
export const MAX_COLUMNS = 16_384;

export interface CsvFile {
  name: string;
  text: string;
}

/** Reads one edge file, or a node file and an edge file chosen together (in either order). */
export function readCsv(files: readonly CsvFile[]): ReadResult {
  if (files.length === 0 || files.length > 2) {
    const message =
      files.length === 0
        ? "No file was given."
        : `${files.length} files were given; choose one edge file, or one node file and one edge file together.`;
    return { ok: false, problems: [{ severity: "error", file: files[0]?.name ?? "", path: "", message }] };
  }
  const tables: Table[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const parsed = parseCsvTable(file.name, file.text);
    problems.push(...parsed.problems);
    if (parsed.table) tables.push(parsed.table);
  }
  if (problems.some((problem) => problem.severity === "error"))
    return { ok: false, problems: errorsFirst(problems) };
  const result = graphFromTables(tables, "csv");
  if (!result.ok) return { ok: false, problems: errorsFirst([...result.problems, ...problems]) };
  result.graph.warnings = [...problems, ...result.graph.warnings];
  return result;
}

function errorsFirst(problems: readonly Problem[]): Problem[] {
  return [
    ...problems.filter((p) => p.severity === "error"),
    ...problems.filter((p) => p.severity !== "error"),
  ];
}

// --- Positions ----------------------------------------------------------------------------------

/** Offsets to 1-based lines and columns, for text whose line breaks are all "\n". */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}

/**
 * Where field `field` of the row starting at `rowStart` begins. Follows PapaParse's reading: a
 * quote opens a quoted field only at the start of a field, and "" inside one is a literal quote.
 */
function fieldOffset(text: string, rowStart: number, delimiter: string, field: number): number {
  let count = 0;
  let fieldStart = rowStart;
  let quoted = false;
  let i = rowStart;
  for (; i < text.length && count < field; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') i += 1;
        else quoted = false;
      }
    } else if (char === '"' && i === fieldStart) {
      quoted = true;
    } else if (char === "\n") {
      break;
    } else if (text.startsWith(delimiter, i)) {
      count += 1;
      i += delimiter.length - 1;
      fieldStart = i + 1;
    }
  }
  return count === field ? fieldStart : i;
}

/** The quote that opens the field a "quoted field unterminated" error is about. */
function openingQuote(text: string, rowStart: number, papaIndex: number | undefined): number {
  // PapaParse reports the offset just after the opening quote.
  if (papaIndex !== undefined && text[papaIndex - 1] === '"') return papaIndex - 1;
  const quote = text.indexOf('"', rowStart);
  return quote === -1 ? rowStart : quote;
}

// --- Parsing ------------------------------------------------------------------------------------

/** The most columns the first line could have with any of the delimiters (quotes aside). */
function widestHeader(text: string): number {
  const end = text.indexOf("\n");
  const line = end === -1 ? text : text.slice(0, end);
  let widest = 1;
  for (const { char } of DELIMITERS) {
    let columns = 1;
    for (let i = line.indexOf(char); i !== -1; i = line.indexOf(char, i + 1)) columns += 1;
    widest = Math.max(widest, columns);
  }
  return widest;
}

function checkText(text: string, lines: LineIndex, log: ProblemLog): boolean {
  if (text.includes("\u0000")) {
    log.error("binary", {
      path: "",
      message: "This is not a text table: it contains binary data. Is it the right file?",
    });
    return false;
  }
  const first = text.indexOf("\uFFFD");
  if (first === -1) return true;
  let count = 0;
  for (let i = first; i !== -1; i = text.indexOf("\uFFFD", i + 1)) count += 1;
  if (count > 16 && count * 10 > text.length) {
    log.error("binary", {
      path: "",
      message: "This is not a text table: most of it is not readable as text. Is it the right file?",
    });
    return false;
  }
  log.warning("encoding", {
    path: "",
    ...lines.position(first),
    message: `${count === 1 ? "1 character is" : `${count} characters are`} not valid UTF-8 and shown as �.`,
    suggestion: 'Save the file as UTF-8 (in Excel: "CSV UTF-8") and open it again.',
  });
  return true;
}

/**
 * The text as a table: a header and rows whose cells are padded to the header's width. Blank lines
 * are skipped; a BOM and \r\n or \r line endings are taken in their stride.
 */
export function parseCsvTable(file: string, raw: string): { table?: Table; problems: Problem[] } {
  const log = new ProblemLog(file);
  const unmarked = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  const text = unmarked.includes("\r") ? unmarked.replace(/\r\n?/g, "\n") : unmarked;
  if (text.trim() === "") {
    log.error("empty", { path: "", message: "The file is empty." });
    return { problems: log.problems() };
  }
  const lines = new LineIndex(text);
  if (!checkText(text, lines, log)) return { problems: log.problems() };
  const widest = widestHeader(text);
  if (widest > MAX_COLUMNS) {
    log.error("too-wide", {
      path: "",
      line: 1,
      column: 1,
      message: `The header has ${widest.toLocaleString("en")} columns; the explorer reads at most ${MAX_COLUMNS.toLocaleString("en")} (as many as Excel).`,
      suggestion: "Is it the right file? A table of nodes or edges has a column per attribute.",
    });
    return { problems: log.problems() };
  }

  const delimiter = fileDelimiter(text);
  let columns: string[] | undefined;
  const rows: TableRow[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: "\n",
    skipEmptyLines: false,
    step(results) {
      const start = rowStart;
      rowStart = results.meta.cursor;
      const cells = results.data;
      const { line } = lines.position(start);
      if (quoteProblem(results.errors, start)) return;
      if (cells.every((cell) => cell.trim() === "")) return;
      if (columns === undefined) {
        columns = nameColumns(cells, log, (index, name) => ({
          path: name,
          line,
          column: fieldColumn(start, index),
        }));
        return;
      }
      rows.push({ line, offset: start, cells: fitRow(cells, columns.length, start, line) });
    },
  });

  function fieldColumn(start: number, index: number): number {
    return lines.position(fieldOffset(text, start, delimiter, index)).column;
  }

  function quoteProblem(errors: readonly Papa.ParseError[], start: number): boolean {
    const quotes = errors.filter((error) => error.type === "Quotes");
    const unterminated = quotes.find((error) => error.code === "MissingQuotes");
    const stray = quotes[0];
    const error = unterminated ?? stray;
    if (error === undefined) return false;
    const offset = openingQuote(text, start, error.index);
    if (unterminated) {
      log.error("unterminated-quote", {
        path: "",
        ...lines.position(offset),
        message: "A quoted field starts here and is never closed, so the rest of the file was read into it.",
        suggestion: 'Close the quote, or double a quote that is part of the text ("").',
      });
    } else {
      log.error(
        "stray-quote",
        {
          path: "",
          ...lines.position(offset),
          message: "This quoted field has text after its closing quote.",
          suggestion: 'Double a quote that is part of the text (""), or leave the field unquoted.',
        },
        (count) => `… and ${count} more quoted fields with text after their closing quote.`,
      );
    }
    return true;
  }

  function fitRow(cells: string[], width: number, start: number, line: number): string[] {
    if (cells.length > width) {
      log.error(
        "too-many-fields",
        {
          path: "",
          ...lines.position(fieldOffset(text, start, delimiter, width)),
          message: `This row has ${cells.length} fields but the header has ${width}; the extra ones start here.`,
          suggestion: `Quote fields that contain the delimiter (${delimiterName(delimiter)}), or remove the extra fields.`,
        },
        (count) => `… and ${count} more rows with more fields than the header.`,
      );
    } else if (cells.length < width) {
      log.warning(
        "too-few-fields",
        {
          path: "",
          line,
          message: `This row has ${cells.length} ${cells.length === 1 ? "field" : "fields"} but the header has ${width}; the missing ones are read as empty.`,
        },
        (count) => `… and ${count} more rows with fewer fields than the header.`,
      );
    }
    const fitted = cells.slice(0, width).map(unguardFormula);
    while (fitted.length < width) fitted.push("");
    return fitted;
  }

  const header = columns;
  if (header === undefined || log.hasErrors()) {
    if (header === undefined && !log.hasErrors())
      log.error("empty", { path: "", message: "The file is empty." });
    return { problems: log.problems() };
  }
  if (rows.length === 0) {
    log.error("no-rows", {
      path: "",
      line: 1,
      message: `The file has a header (${header.slice(0, 12).join(", ")}) but no rows below it.`,
    });
    return { problems: log.problems() };
  }
  const table: Table = {
    file,
    kind: delimiter === "\t" ? "tsv" : "csv",
    columns: header,
    rows,
    place(row, column) {
      const offset = row.offset === undefined ? undefined : fieldOffset(text, row.offset, delimiter, column);
      const position = offset === undefined ? { line: row.line, column: 1 } : lines.position(offset);
      return { ...position, path: header[column] ?? "" };
    },
    locate: (row) => `line ${row.line}`,
  };
  return { table, problems: log.problems() };
}

function delimiterName(delimiter: string): string {
  return delimiter === "\t" ? "a tab" : `"${delimiter}"`;
}
