/**
 * The benchmark's command line: its options, read from argv into typed settings, and the progress
 * log on stderr (stdout carries only the tables).
 */
import { parseArgs } from "node:util";
import { SIZES, type SizeName } from "./data";

export const USAGE =
  "npm run bench -- [--sizes 1k,10k,50k] [--runs 5] [--layout-runs N] [--timeout 120] [--drag-steps 20] [--import-runs N] [--import-only] [--database-runs N] [--database-only] [--skip-build] [--regenerate] [--gpu]";

export interface BenchOptions {
  sizes: SizeName[];
  /** Fresh-page runs of each page on the positioned file. */
  runs: number;
  /** Layout runs on the file without positions; undefined: the default for each size. */
  layoutRuns: number | undefined;
  /** The time limit of one operation. */
  timeoutMs: number;
  /** Timed mouse moves of the background drag. */
  dragSteps: number;
  /** Runs of the import rows (the 10k dataset in other formats); 0 skips them. */
  importRuns: number;
  /** Only the import rows: no size runs. */
  importOnly: boolean;
  /** Runs of the database rows (Virtuoso on loopback); 0 skips them. */
  databaseRuns: number;
  /** Only the database rows: no size or import runs. */
  databaseOnly: boolean;
  skipBuild: boolean;
  regenerate: boolean;
  /**
   * A real GPU: Chromium with GPU rasterisation and WebGL on, and both pages drawing with
   * Cytoscape's WebGL renderer (bench/gpu.sh). The run stops if the browser finds no hardware GPU.
   */
  gpu: boolean;
}

/** A command line the benchmark cannot run with; the message says why. */
export class UsageError extends Error {}

const isSizeName = (name: string): name is SizeName => Object.hasOwn(SIZES, name);

/** Reads the options; "help" when asked for the usage; throws a UsageError on a bad value. */
export function parseOptions(argv: string[]): BenchOptions | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: "string", default: "1k,10k,50k" },
      runs: { type: "string", default: "5" },
      "layout-runs": { type: "string" },
      timeout: { type: "string", default: "120" },
      "drag-steps": { type: "string", default: "20" },
      "import-runs": { type: "string" },
      "import-only": { type: "boolean", default: false },
      "database-runs": { type: "string" },
      "database-only": { type: "boolean", default: false },
      "skip-build": { type: "boolean", default: false },
      regenerate: { type: "boolean", default: false },
      gpu: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return "help";
  const sizes = values.sizes.split(",").map((s) => s.trim());
  const unknown = sizes.find((name) => !isSizeName(name));
  if (unknown !== undefined)
    throw new UsageError(`unknown size "${unknown}" (known: ${Object.keys(SIZES).join(", ")})`);
  const layoutRuns = values["layout-runs"] === undefined ? undefined : Number(values["layout-runs"]);
  if (layoutRuns !== undefined && !(Number.isInteger(layoutRuns) && layoutRuns >= 0))
    throw new UsageError(`--layout-runs must be a whole number >= 0`);
  const importRuns = values["import-runs"] === undefined ? undefined : Number(values["import-runs"]);
  if (importRuns !== undefined && !(Number.isInteger(importRuns) && importRuns >= 0))
    throw new UsageError(`--import-runs must be a whole number >= 0`);
  const databaseRuns = values["database-runs"] === undefined ? undefined : Number(values["database-runs"]);
  if (databaseRuns !== undefined && !(Number.isInteger(databaseRuns) && databaseRuns >= 0))
    throw new UsageError(`--database-runs must be a whole number >= 0`);
  if (values["database-only"] && values["import-only"])
    throw new UsageError("--database-only and --import-only exclude each other");
  const runs = Math.max(1, Number(values.runs) || 5);
  return {
    sizes: sizes.filter(isSizeName),
    runs,
    layoutRuns,
    timeoutMs: Math.max(5, Number(values.timeout) || 120) * 1000,
    dragSteps: Math.max(2, Number(values["drag-steps"]) || 20),
    importRuns: values["database-only"] ? 0 : (importRuns ?? runs),
    importOnly: values["import-only"],
    databaseRuns: values["import-only"] ? 0 : (databaseRuns ?? (values["database-only"] ? runs : 1)),
    databaseOnly: values["database-only"],
    skipBuild: values["skip-build"],
    regenerate: values.regenerate,
    gpu: values.gpu,
  };
}

/** Layout runs: as many as the other runs at 1k, one at the sizes where a layout takes minutes. */
export function layoutRunsFor(options: BenchOptions, size: SizeName): number {
  return options.layoutRuns ?? (size === "1k" ? options.runs : 1);
}

/** Progress on stderr, stamped with the time of day. */
export function log(...parts: unknown[]): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
}
