/**
 * The worker client: validation of the files the user opens, and reading files of other formats, in
 * a Web Worker where the browser has them (the page stays responsive while a large file is checked),
 * inline otherwise (tests, old browsers). Both run the same code, loaded on first use. A worker that
 * fails answers every request it holds, never with silence: done on the page instead when the worker
 * never started, or a problem saying so when it broke; so does one that takes longer than
 * VALIDATION_TIMEOUT_MS over a file.
 */
import type { Dataset } from "../domain/dataset/schema";
import { indexDataset } from "../domain/dataset/datasetIndex";
import { count, VALIDATION_TIMEOUT_MS } from "../domain/limits";
import type { ReadResult } from "../domain/formats/types";
import type { Problem, ValidationResult } from "../domain/validation/validate";
import type { WorkerAnswer, WorkerRequest } from "./datasetWorker";
import type { FilePart, ForeignFormat } from "./importReaders";

interface Pending {
  resolve(answer: WorkerAnswer): void;
  /** The same work on the page, for a worker that never started. */
  inline(): void;
  /** The answer when the worker broke while holding this request. */
  broken(reason: string | undefined): void;
  /** Sends the same request again, to a fresh worker (the one it was queued on was stopped). */
  resend(): void;
  timer: ReturnType<typeof setTimeout>;
}

let worker: Worker | null = null;
/** Whether the current worker has answered at all: a worker that never did may not have started. */
let workerAnswered = false;
let nextId = 0;
const pending = new Map<number, Pending>();
let timeoutMs = VALIDATION_TIMEOUT_MS;

/** How long the worker may take over one file (tests shorten it). */
export function setValidationTimeout(milliseconds: number): void {
  timeoutMs = milliseconds;
}

function problem(file: string, message: string): Problem {
  return { severity: "error", file, path: "", message };
}

function startWorker(): Worker {
  const created = new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module" });
  workerAnswered = false;
  created.onmessage = (event: MessageEvent<WorkerAnswer>) => {
    workerAnswered = true;
    const request = pending.get(event.data.id);
    if (!request) return;
    clearTimeout(request.timer);
    pending.delete(event.data.id);
    request.resolve(event.data);
  };
  created.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    workerFailed(created, event.message);
  };
  created.onmessageerror = () => workerFailed(created, "its answer could not be read");
  return created;
}

function workerFailed(failed: Worker, reason: string | undefined): void {
  failed.terminate();
  if (worker === failed) worker = null;
  const started = workerAnswered;
  const held = [...pending.values()];
  pending.clear();
  for (const request of held) {
    clearTimeout(request.timer);
    if (!started) request.inline();
    else request.broken(reason);
  }
}

/**
 * A request the worker has held for longer than the limit: the worker is stopped (it is stuck, or the
 * machine far too busy) and the request answered with a problem saying so. Requests queued behind it
 * are sent to a fresh worker.
 */
function requestTimedOut(stuck: Worker, id: number, timedOut: () => void): void {
  if (!pending.has(id)) return;
  stuck.terminate();
  if (worker === stuck) worker = null;
  const queued = [...pending.entries()].filter(([other]) => other !== id);
  pending.clear();
  timedOut();
  for (const [, other] of queued) {
    clearTimeout(other.timer);
    other.resend();
  }
}

/**
 * Sends a request to the worker; null when there is no worker to send it to. `inline` does the same
 * work on the page, `broken` answers for a worker that stopped.
 */
type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;

function ask<T>(
  request: WithoutId<WorkerRequest>,
  answer: (data: WorkerAnswer) => T | Promise<T>,
  inline: () => Promise<T>,
  broken: (reason: string | undefined) => T,
  timedOut: (seconds: number) => T,
): Promise<T> | null {
  if (typeof Worker === "undefined") return null;
  try {
    worker ??= startWorker();
  } catch {
    return null;
  }
  const id = nextId++;
  const target = worker;
  return new Promise<T>((resolve) => {
    const timer = setTimeout(
      () => requestTimedOut(target, id, () => resolve(timedOut(timeoutMs / 1000))),
      timeoutMs,
    );
    pending.set(id, {
      resolve: (data) => void Promise.resolve(answer(data)).then(resolve),
      inline: () => void inline().then(resolve),
      broken: (reason) => resolve(broken(reason)),
      resend: () => {
        const again = ask(request, answer, inline, broken, timedOut);
        void (again ?? inline()).then(resolve);
      },
      timer,
    });
    target.postMessage({ ...request, id } as WorkerRequest);
  });
}

async function validateInline(text: string, file: string): Promise<ValidationResult> {
  try {
    const { validateDatasetText } = await import("../domain/validation/validate");
    return validateDatasetText(text, file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem(file, `The file could not be checked: ${reason}.`)] };
  }
}

/** The dataset of a file the validator accepted (strict JSON, so the browser's parser reads it). */
function parseAccepted(text: string): Dataset | undefined {
  try {
    return JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text) as Dataset;
  } catch {
    return undefined; // the validator reports where and why
  }
}

/**
 * Indexes the dataset while the worker checks it (the page would otherwise wait idle, then index):
 * opening it finds the index ready (indexDataset keeps it). A file the worker rejects may not even
 * have lists where the index expects them: its index is never used, so a failure here is ignored.
 */
function indexInAdvance(dataset: Dataset): void {
  try {
    indexDataset(dataset);
  } catch {
    // the validator says what is wrong with it
  }
}

const stopped = (file: string, what: string) => (reason: string | undefined) => ({
  ok: false as const,
  problems: [
    problem(
      file,
      `The file could not be ${what}: the ${what === "read" ? "reading" : "validation"} stopped${reason ? ` (${reason})` : ""}. Nothing was opened.`,
    ),
  ],
});

const tooSlow = (file: string, what: string) => (seconds: number) => ({
  ok: false as const,
  problems: [
    problem(
      file,
      `The file could not be ${what}: the ${what === "read" ? "reading" : "check"} did not finish within ${count(seconds)} s, so it was stopped. ` +
        "Nothing was opened. Try again when the computer is less busy, or split the file.",
    ),
  ],
});

/**
 * Validates a file's text. Parsing here while the worker checks is quicker than receiving its parsed
 * copy: copying a large dataset between threads takes longer than parsing it, and blocks the page
 * just the same. `parsed` is the dataset when the caller has it as an object already.
 */
export async function validateDatasetFile(
  text: string,
  file: string,
  parsed?: Dataset,
): Promise<ValidationResult> {
  const verdict = ask<ValidationResult | { ok: true; warnings: Problem[] }>(
    { kind: "validate", text, file },
    (data) => ("verdict" in data ? data.verdict : validateInline(text, file)),
    () => validateInline(text, file),
    stopped(file, "checked"),
    tooSlow(file, "checked"),
  );
  if (!verdict) return validateInline(text, file);
  const dataset = parsed ?? parseAccepted(text);
  if (dataset) indexInAdvance(dataset);
  const answer = await verdict;
  if (!answer.ok) return answer;
  if ("dataset" in answer) return answer;
  return dataset ? { ok: true, dataset, warnings: answer.warnings } : validateInline(text, file);
}

/** A dataset made on the page (from an imported file), checked by the same validator as any file. */
export function validateMappedDataset(dataset: Dataset, file: string): Promise<ValidationResult> {
  return validateDatasetFile(JSON.stringify(dataset), file, dataset);
}

async function readInline(format: ForeignFormat, parts: FilePart[], file: string): Promise<ReadResult> {
  try {
    const { readImported } = await import("./importReaders");
    return await readImported(format, parts, file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem(file, `The file could not be read: ${reason}.`)] };
  }
}

/** Reads a file of another format into an imported graph (the reader's problems when it cannot). */
export async function readImportedFile(
  format: ForeignFormat,
  parts: FilePart[],
  file: string,
): Promise<ReadResult> {
  const read = ask<ReadResult>(
    { kind: "import", format, parts, file },
    (data) => ("read" in data ? data.read : readInline(format, parts, file)),
    () => readInline(format, parts, file),
    stopped(file, "read"),
    tooSlow(file, "read"),
  );
  return read ?? readInline(format, parts, file);
}
