/**
 * Opening datasets: a bundled one by file name, or a file the user picked or dropped. Each load ends
 * in a validation result (failures to read become problems), and request tokens let the caller keep
 * only the latest: open a slow file, then a fast one, and the slow one's late result is dropped.
 */
import { loadBundledDatasetText } from "./bundledDatasets";
import { validateDatasetFile } from "./validation";
import type { ValidationResult } from "../domain/validation/validate";
import { fileTooLargeMessage, MAX_FILE_BYTES } from "../domain/limits";

export { MAX_FILE_BYTES };

function failure(file: string, message: string): ValidationResult {
  return { ok: false, problems: [{ severity: "error", file, path: "", message }] };
}

export async function loadBundledDataset(file: string): Promise<ValidationResult> {
  try {
    return await validateDatasetFile(await loadBundledDatasetText(file), file);
  } catch (error) {
    return failure(file, `Could not load the bundled dataset: ${String(error)}`);
  }
}

export async function loadDatasetFile(file: File): Promise<ValidationResult> {
  if (file.size > MAX_FILE_BYTES) return failure(file.name, fileTooLargeMessage(file.size));
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return failure(file.name, `The file could not be read: ${String(error)}`);
  }
  return validateDatasetFile(text, file.name);
}

/** Hands out tokens for loads; only the newest is current, so an older load's result can be dropped. */
export class LatestRequest {
  private newest = 0;
  /** In flight, for tests and the benchmark to wait on. */
  private running = 0;

  async run<T>(load: () => Promise<T>): Promise<{ current: boolean; result: T }> {
    const token = ++this.newest;
    this.running++;
    try {
      const result = await load();
      return { current: token === this.newest, result };
    } finally {
      this.running--;
    }
  }

  get inFlight(): number {
    return this.running;
  }
}
