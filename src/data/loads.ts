/**
 * Opening datasets: a bundled one by file name, or a file the user picked or dropped. Each load ends
 * in a validation result (failures to read become problems), and request tokens let the caller keep
 * only the latest: open a slow file, then a fast one, and the slow one's late result is dropped (and
 * its download, if it was one, cancelled).
 */
import { loadBundledDatasetText } from "./bundledDatasets";
import { validateDatasetFile } from "./validation";
import type { ValidationResult } from "../domain/validation/validate";

export { MAX_FILE_BYTES } from "./imports";

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

/** What a load can ask of its request: whether it is still the newest, and a signal that says when not. */
export interface RequestContext {
  /** Aborted as soon as a newer load starts: downloads stop there. */
  signal: AbortSignal;
  isCurrent(): boolean;
}

/** Hands out tokens for loads; only the newest is current, so an older load's result can be dropped. */
export class LatestRequest {
  private newest = 0;
  private controller: AbortController | null = null;
  /** In flight, for tests and the benchmark to wait on. */
  private running = 0;

  async run<T>(load: (request: RequestContext) => Promise<T>): Promise<{ current: boolean; result: T }> {
    const token = ++this.newest;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.running++;
    try {
      const result = await load({ signal: controller.signal, isCurrent: () => token === this.newest });
      return { current: token === this.newest, result };
    } finally {
      this.running--;
    }
  }

  /** Makes every load in flight stale (and aborts its download), as a newer one would. */
  supersede(): void {
    this.newest++;
    this.controller?.abort();
    this.controller = null;
  }

  get inFlight(): number {
    return this.running;
  }
}
