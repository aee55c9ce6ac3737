/**
 * Opening a file of any supported format: read its first 64 KB, tell the format by content (not by
 * the extension), then either validate it (the app's own JSON, as always) or read it in the worker
 * into an imported graph, which the mapping (with or without the dialog) turns into a dataset that is
 * validated like any other. Whatever goes wrong ends in problems for the problems panel: what the
 * file looked like and what the explorer opens, or the reader's problems with their line and column.
 */
// Static: the file picker's list of formats (supportedFormats.ts) needs the detector's module anyway.
import { detectFormat } from "../domain/formats/detect";
import type { Detection, ImportedGraph, Mapping } from "../domain/formats/types";
import type { MappingSummary } from "../domain/formats/mapping";
import type { Problem, ValidationResult } from "../domain/validation/validate";
import type { FilePart, ForeignFormat } from "./importReaders";
import type { InputFile } from "./inputs";
import { describedFormat, openingMessage, supportedFormatsText } from "./supportedFormats";
import { readImportedFile, validateDatasetFile, validateMappedDataset } from "./validation";
import { fileTooLargeMessage, MAX_FILE_BYTES } from "../domain/limits";

export { MAX_FILE_BYTES };

/** Why nothing opened: the problems, and words around them for the panel. */
export interface LoadFailure {
  problems: Problem[];
  /** What the file was taken for: "It looked like a GEXF 1.3 file (Gephi)." */
  note?: string;
  /** What the explorer opens, for a file it does not. */
  help?: string;
}

export type LoadOutcome =
  /** The app's own format, validated (or not). `parts` is what to keep in the browser. */
  | { kind: "dataset"; result: ValidationResult; parts: FilePart[] }
  /** Another format, read: it needs a mapping to become a dataset. */
  | { kind: "graph"; graph: ImportedGraph; parts: FilePart[] }
  | { kind: "failed"; failure: LoadFailure };

export interface LoadHooks {
  /** Called once the format is known, with the message for the loading note. */
  detected?(message: string): void;
}

const problem = (file: string, message: string): Problem => ({ severity: "error", file, path: "", message });
const failed = (failure: LoadFailure): LoadOutcome => ({ kind: "failed", failure });

/** A CSV pair is one dataset: "actors.csv + relationships.csv". */
export const inputsName = (inputs: readonly { name: string }[]) => inputs.map((i) => i.name).join(" + ");

function tooLarge(input: InputFile): LoadFailure | undefined {
  if (input.size <= MAX_FILE_BYTES) return undefined;
  return { problems: [problem(input.name, fileTooLargeMessage(input.size))] };
}

async function readAll<T>(name: string, read: () => Promise<T>): Promise<T | LoadFailure> {
  try {
    return await read();
  } catch (error) {
    return { problems: [problem(name, `The file could not be read: ${String(error)}`)] };
  }
}

const isFailure = (value: unknown): value is LoadFailure =>
  typeof value === "object" && value !== null && "problems" in value;

/** Opens one file, or several CSV files together. */
export async function loadInputs(inputs: InputFile[], hooks: LoadHooks = {}): Promise<LoadOutcome> {
  const name = inputsName(inputs);
  if (inputs.length === 0) return failed({ problems: [problem(name, "No file was chosen.")] });
  for (const input of inputs) {
    const refused = tooLarge(input);
    if (refused) return failed(refused);
  }
  const heads = await readAll(name, () => Promise.all(inputs.map((i) => i.head())));
  if (isFailure(heads)) return failed(heads);
  const detections = inputs.map((input, i) => detectFormat(heads[i]!, input.name));
  if (inputs.length > 1) return loadTogether(inputs, detections, hooks);
  const detection = detections[0]!;
  const input = inputs[0]!;
  if (detection.kind === "unknown") {
    return failed({
      problems: [
        problem(input.name, `This is not a file the explorer opens: it looks like ${detection.looksLike}.`),
      ],
      help: supportedFormatsText(),
    });
  }
  if (detection.format === "app-json") {
    const text = await readAll(input.name, () => input.text());
    if (isFailure(text)) return failed(text);
    return { kind: "dataset", result: await validateDatasetFile(text, input.name), parts: [{ name, text }] };
  }
  hooks.detected?.(openingMessage(detection.label));
  return readForeign(detection.format, detection.label, inputs, name);
}

/** Several files open together only as CSV: a file of actors and a file of relationships. */
async function loadTogether(
  inputs: InputFile[],
  detections: Detection[],
  hooks: LoadHooks,
): Promise<LoadOutcome> {
  const name = inputsName(inputs);
  const others = inputs.flatMap((input, i) => {
    const d = detections[i]!;
    if (d.kind === "format" && d.format === "csv") return [];
    return [
      `“${input.name}” is ${d.kind === "format" ? describedFormat(d.label) : `not a CSV file (it looks like ${d.looksLike})`}`,
    ];
  });
  if (others.length > 0)
    return failed({
      problems: [
        problem(
          name,
          `Only CSV files open together (a file of actors and a file of relationships): ${others.join("; ")}. Choose one file, or the CSV files alone.`,
        ),
      ],
      help: supportedFormatsText(),
    });
  const label = detections[0]?.kind === "format" ? detections[0].label : "CSV file";
  hooks.detected?.(`These are CSV files. Opening them together…`);
  return readForeign("csv", label, inputs, name);
}

async function readForeign(
  format: ForeignFormat,
  label: string,
  inputs: InputFile[],
  name: string,
): Promise<LoadOutcome> {
  const binary = format === "xlsx";
  const parts = await readAll(name, () =>
    Promise.all(
      inputs.map(async (input): Promise<FilePart> =>
        binary
          ? { name: input.name, bytes: await input.bytes() }
          : { name: input.name, text: await input.text() },
      ),
    ),
  );
  if (isFailure(parts)) return failed(parts);
  // The worker gets its own copy of the bytes: the page keeps them, to keep the file in the browser.
  const sent = parts.map((p) => ("bytes" in p ? { name: p.name, bytes: p.bytes.slice(0) } : p));
  const read = await readImportedFile(format, sent, name);
  if (!read.ok) return failed({ problems: read.problems, note: `It looked like ${describedFormat(label)}.` });
  // The name the user sees everywhere (the file source, the kept file, the link): "a.csv + b.csv".
  return { kind: "graph", graph: { ...read.graph, file: name }, parts };
}

/** The dataset a confirmed mapping gives, validated like any file, and what it amounts to. */
export async function datasetFromGraph(
  graph: ImportedGraph,
  mapping: Mapping,
): Promise<{ result: ValidationResult; summary: MappingSummary | null }> {
  try {
    const { mapToDataset } = await import("../domain/formats/mapping");
    const { dataset, summary } = mapToDataset(graph, mapping);
    return { result: await validateMappedDataset(dataset, graph.file), summary };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      result: {
        ok: false,
        problems: [problem(graph.file, `The file could not be turned into a dataset: ${reason}.`)],
      },
      summary: null,
    };
  }
}
