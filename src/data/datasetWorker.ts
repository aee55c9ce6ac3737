/// <reference lib="webworker" />
/**
 * Parses and validates dataset files off the main thread: a 50,000-actor file takes long enough to
 * parse and check that doing it on the page would freeze it. It also keeps the validator (and zod)
 * out of the code the page needs to start.
 */
import { validateDatasetText, type Problem } from "../domain/validation/validate";

export interface ValidateRequest {
  id: number;
  text: string;
  file: string;
}

/** A valid file's dataset is not sent back: the page parses the text itself while the worker checks it. */
export type WorkerVerdict = { ok: true; warnings: Problem[] } | { ok: false; problems: Problem[] };

self.onmessage = (event: MessageEvent<ValidateRequest>) => {
  const { id, text, file } = event.data;
  const result = validateDatasetText(text, file);
  const verdict: WorkerVerdict = result.ok ? { ok: true, warnings: result.warnings } : result;
  self.postMessage({ id, verdict });
};
