/// <reference lib="webworker" />
/**
 * Parses and validates dataset files off the main thread: a 50,000-actor file takes long enough to
 * parse and check that doing it on the page would freeze it. It also reads files in other formats
 * (GEXF, GraphML, CSV, spreadsheets, Cytoscape and graphology JSON) into an imported graph, and keeps
 * the validator (and zod) and the readers out of the code the page needs to start.
 */
import { validateDatasetText, type Problem } from "../domain/validation/validate";
import type { ReadResult } from "../domain/formats/types";
import { readImported, type FilePart, type ForeignFormat } from "./importReaders";

export interface ValidateRequest {
  id: number;
  kind?: "validate";
  text: string;
  file: string;
}

/** Read a file (or a CSV pair) of another format into an imported graph. */
export interface ImportRequest {
  id: number;
  kind: "import";
  format: ForeignFormat;
  file: string;
  parts: FilePart[];
}

export type WorkerRequest = ValidateRequest | ImportRequest;

/** A valid file's dataset is not sent back: the page parses the text itself while the worker checks it. */
export type WorkerVerdict = { ok: true; warnings: Problem[] } | { ok: false; problems: Problem[] };

export type WorkerAnswer = { id: number; verdict: WorkerVerdict } | { id: number; read: ReadResult };

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === "import") {
    const read = await readImported(request.format, request.parts, request.file);
    self.postMessage({ id: request.id, read } satisfies WorkerAnswer);
    return;
  }
  const { id, text, file } = request;
  const result = validateDatasetText(text, file);
  const verdict: WorkerVerdict = result.ok ? { ok: true, warnings: result.warnings } : result;
  self.postMessage({ id, verdict } satisfies WorkerAnswer);
};
