/**
 * Validation for files the user opens: in a Web Worker where the browser has them (the page stays
 * responsive while a large file is checked), inline otherwise (tests, old browsers). Both run the same
 * validator, loaded on first use.
 */
import type { ValidationResult } from "../domain/validation/validate";
import type { Dataset } from "../domain/dataset/schema";
import type { ValidateRequest, WorkerVerdict } from "./datasetWorker";

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, (verdict: WorkerVerdict) => void>();

function startWorker(): Worker {
  const created = new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module" });
  created.onmessage = (event: MessageEvent<{ id: number; verdict: WorkerVerdict }>) => {
    pending.get(event.data.id)?.(event.data.verdict);
    pending.delete(event.data.id);
  };
  return created;
}

async function validateInline(text: string, file: string): Promise<ValidationResult> {
  const { validateDatasetText } = await import("../domain/validation/validate");
  return validateDatasetText(text, file);
}

/** The dataset of a file the validator accepted (strict JSON, so the browser's parser reads it). */
function parseAccepted(text: string): Dataset {
  return JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text) as Dataset;
}

export function validateDatasetFile(text: string, file: string): Promise<ValidationResult> {
  if (typeof Worker === "undefined") return validateInline(text, file);
  try {
    worker ??= startWorker();
  } catch {
    return validateInline(text, file);
  }
  const id = nextId++;
  const request: ValidateRequest = { id, text, file };
  const verdict = new Promise<WorkerVerdict>((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage(request);
  });
  // Parsing here while the worker checks is quicker than receiving its parsed copy: copying a large
  // dataset between threads takes longer than parsing it, and blocks the page just the same.
  let dataset: Dataset | undefined;
  try {
    dataset = parseAccepted(text);
  } catch {
    // the worker reports where and why
  }
  return verdict.then((answer) =>
    answer.ok && dataset
      ? { ok: true, dataset, warnings: answer.warnings }
      : answer.ok
        ? validateInline(text, file)
        : answer,
  );
}
