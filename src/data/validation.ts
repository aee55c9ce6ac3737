/**
 * Validation for files the user opens: in a Web Worker where the browser has them (the page stays
 * responsive while a large file is checked), inline otherwise (tests, old browsers). Both run the same
 * validator, loaded on first use. A worker that fails answers every request it holds with a problem
 * saying so, never with silence; so does one that takes longer than VALIDATION_TIMEOUT_MS over a file.
 */
import type { Dataset } from "../domain/dataset/schema";
import { count, VALIDATION_TIMEOUT_MS } from "../domain/limits";
import type { Problem, ValidationResult } from "../domain/validation/validate";
import type { ValidateRequest, WorkerVerdict } from "./datasetWorker";

interface Pending {
  file: string;
  text: string;
  resolve(verdict: WorkerVerdict | ValidationResult): void;
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
  created.onmessage = (event: MessageEvent<{ id: number; verdict: WorkerVerdict }>) => {
    workerAnswered = true;
    const request = pending.get(event.data.id);
    if (!request) return;
    clearTimeout(request.timer);
    pending.delete(event.data.id);
    request.resolve(event.data.verdict);
  };
  created.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    workerFailed(created, event.message);
  };
  created.onmessageerror = () => workerFailed(created, "its answer could not be read");
  return created;
}

/**
 * Every request the worker held is answered: checked on the page instead when the worker never
 * started (a blocked or missing script), or with a problem when it broke while checking a file.
 */
function workerFailed(failed: Worker, reason: string | undefined): void {
  failed.terminate();
  if (worker === failed) worker = null;
  const started = workerAnswered;
  const held = [...pending.values()];
  pending.clear();
  for (const request of held) {
    clearTimeout(request.timer);
    if (!started) void validateInline(request.text, request.file).then(request.resolve);
    else
      request.resolve({
        ok: false,
        problems: [
          problem(
            request.file,
            `The file could not be checked: the validation stopped${reason ? ` (${reason})` : ""}. Nothing was opened.`,
          ),
        ],
      });
  }
}

/**
 * A file the worker has been checking for longer than the limit: the worker is stopped (it is stuck,
 * or the machine far too busy) and the file refused with a problem saying so. Files queued behind it
 * are sent to a fresh worker.
 */
function requestTimedOut(stuck: Worker, id: number): void {
  const request = pending.get(id);
  if (!request) return;
  stuck.terminate();
  if (worker === stuck) worker = null;
  const queued = [...pending.entries()].filter(([other]) => other !== id);
  pending.clear();
  request.resolve({
    ok: false,
    problems: [
      problem(
        request.file,
        `The file could not be checked: the check did not finish within ${count(timeoutMs / 1000)} s, ` +
          "so it was stopped. Nothing was opened. Try again when the computer is less busy, or split the file.",
      ),
    ],
  });
  for (const [, other] of queued) {
    clearTimeout(other.timer);
    const again = askWorker(other.text, other.file);
    if (again) void again.then(other.resolve);
    else void validateInline(other.text, other.file).then(other.resolve);
  }
}

async function validateInline(text: string, file: string): Promise<ValidationResult> {
  try {
    const { validateDatasetText, validateWithoutCodeGeneration } =
      await import("../domain/validation/validate");
    validateWithoutCodeGeneration();
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

function askWorker(text: string, file: string): Promise<WorkerVerdict | ValidationResult> | null {
  try {
    worker ??= startWorker();
  } catch {
    return null;
  }
  const id = nextId++;
  const request: ValidateRequest = { id, text, file };
  const target = worker;
  return new Promise((resolve) => {
    const timer = setTimeout(() => requestTimedOut(target, id), timeoutMs);
    pending.set(id, { file, text, resolve, timer });
    target.postMessage(request);
  });
}

/** Checks a file's text: in the worker where there is one. Never rejects: a failure is a problem. */
export async function validateDatasetFile(text: string, file: string): Promise<ValidationResult> {
  try {
    return await checkFile(text, file);
  } catch (error) {
    return { ok: false, problems: [problem(file, `The file could not be checked: ${String(error)}.`)] };
  }
}

async function checkFile(text: string, file: string): Promise<ValidationResult> {
  const verdict = typeof Worker === "undefined" ? null : askWorker(text, file);
  if (!verdict) return validateInline(text, file);
  // Parsing here while the worker checks is quicker than receiving its parsed copy: copying a large
  // dataset between threads takes longer than parsing it, and blocks the page just the same.
  const dataset = parseAccepted(text);
  const answer = await verdict;
  if (!answer.ok) return answer;
  if ("dataset" in answer) return answer;
  return dataset ? { ok: true, dataset, warnings: answer.warnings } : validateInline(text, file);
}
