/**
 * Validation for files the user opens: in a Web Worker where the browser has them (the page stays
 * responsive while a large file is checked), inline otherwise (tests, old browsers). Both run the same
 * validator, loaded on first use.
 */
import type { ValidationResult } from "../domain/validate";
import type { ValidateRequest } from "./datasetWorker";

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, (result: ValidationResult) => void>();

function startWorker(): Worker {
  const created = new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module" });
  created.onmessage = (event: MessageEvent<{ id: number; result: ValidationResult }>) => {
    pending.get(event.data.id)?.(event.data.result);
    pending.delete(event.data.id);
  };
  return created;
}

async function validateInline(text: string, file: string): Promise<ValidationResult> {
  const { validateDatasetText } = await import("../domain/validate");
  return validateDatasetText(text, file);
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
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage(request);
  });
}
