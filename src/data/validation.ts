/**
 * Validation for files the user opens: in a Web Worker where the browser has them (the page stays
 * responsive while a large file is checked), inline otherwise (tests, old browsers). Both run the same
 * validator, loaded on first use. A worker that fails answers every request it holds with a problem
 * saying so, never with silence.
 */
import type { Dataset } from "../domain/dataset/schema";
import type { Problem, ValidationResult } from "../domain/validation/validate";
import type { ValidateRequest, WorkerVerdict } from "./datasetWorker";

interface Pending {
  file: string;
  text: string;
  resolve(verdict: WorkerVerdict | ValidationResult): void;
}

let worker: Worker | null = null;
/** Whether the current worker has answered at all: a worker that never did may not have started. */
let workerAnswered = false;
let nextId = 0;
const pending = new Map<number, Pending>();

function problem(file: string, message: string): Problem {
  return { severity: "error", file, path: "", message };
}

function startWorker(): Worker {
  const created = new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module" });
  workerAnswered = false;
  created.onmessage = (event: MessageEvent<{ id: number; verdict: WorkerVerdict }>) => {
    workerAnswered = true;
    pending.get(event.data.id)?.resolve(event.data.verdict);
    pending.delete(event.data.id);
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
    pending.set(id, { file, text, resolve });
    target.postMessage(request);
  });
}

export async function validateDatasetFile(text: string, file: string): Promise<ValidationResult> {
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
