/**
 * One entry point to the readers of other formats, for the worker (and for the page, when there is
 * no worker): the file's text or bytes in, an imported graph or the reader's problems out. JSON
 * formats are parsed here with positions, so a broken file's problem has its line and column.
 */
import { readCsv } from "../domain/formats/csv";
import { readCytoscapeJson } from "../domain/formats/cytoscapeJson";
import { readGexf } from "../domain/formats/gexf";
import { readGraphml } from "../domain/formats/graphml";
import { readGraphologyJson } from "../domain/formats/graphologyJson";
import type { FormatId, ReadResult } from "../domain/formats/types";
import { readXlsx } from "../domain/formats/xlsx";
import { parseJson } from "../domain/validation/jsonLocation";

/** Every format but the app's own, which goes straight to the validator. */
export type ForeignFormat = Exclude<FormatId, "app-json">;

/** One file's contents: text for the text formats, bytes for spreadsheets. */
export type FilePart = { name: string; text: string } | { name: string; bytes: ArrayBuffer };

const textOf = (part: FilePart | undefined) => (part && "text" in part ? part.text : "");

function readJson(
  text: string,
  file: string,
  read: (value: unknown, file: string) => ReadResult,
): ReadResult {
  const parsed = parseJson(text);
  if (parsed.ok) return read(parsed.value, file);
  const { line, column, message } = parsed.error;
  return { ok: false, problems: [{ severity: "error", file, path: "", line, column, message }] };
}

export async function readImported(
  format: ForeignFormat,
  parts: FilePart[],
  file: string,
): Promise<ReadResult> {
  try {
    const [first] = parts;
    switch (format) {
      case "gexf":
        return readGexf(textOf(first), file);
      case "graphml":
        return readGraphml(textOf(first), file);
      case "csv":
        return readCsv(parts.map((part) => ({ name: part.name, text: textOf(part) })));
      case "xlsx":
        return await readXlsx(first && "bytes" in first ? first.bytes : new ArrayBuffer(0), file);
      case "cytoscape-json":
        return readJson(textOf(first), file, readCytoscapeJson);
      case "graphology-json":
        return readJson(textOf(first), file, readGraphologyJson);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ severity: "error", file, path: "", message: `The file could not be read: ${reason}.` }],
    };
  }
}
