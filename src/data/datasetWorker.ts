/// <reference lib="webworker" />
/**
 * Parses and validates dataset files off the main thread: a 50,000-actor file takes long enough to
 * parse and check that doing it on the page would freeze it. It also keeps the validator (and zod)
 * out of the code the page needs to start.
 */
import { validateDatasetText } from "../domain/validate";

export interface ValidateRequest {
  id: number;
  text: string;
  file: string;
}

self.onmessage = (event: MessageEvent<ValidateRequest>) => {
  const { id, text, file } = event.data;
  const started = performance.now();
  const result = validateDatasetText(text, file);
  self.postMessage({ id, result, milliseconds: performance.now() - started });
};
