/**
 * The benchmark's command line: its options, read from argv into typed settings, and the progress
 * log on stderr (stdout carries only the tables).
 */
import { parseArgs } from "node:util";
import { SIZES, type SizeName } from "./data";

export const USAGE =
  "npm run bench -- [--sizes 1k,10k,50k] [--runs 5] [--layout-runs N] [--timeout 120] [--drag-steps 20] [--import-runs N] [--import-only] [--database-runs N] [--database-only] [--only canvas,import,table,measures] [--table-sizes 10k,50k] [--measures-sizes 10k,30k] [--scroll-steps 10] [--skip-build] [--regenerate] [--gpu]";

/** The groups of rows a run can be limited to (--only). */
export const SECTIONS = ["canvas", "import", "table", "measures"] as const;
export type Section = (typeof SECTIONS)[number];

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
  /** Which groups of rows run: the canvas rows (interaction and layout, at --sizes), the import rows, the table view's rows, the measures' rows. */
  only: Section[];
  /** The sizes of the table view's rows and of the measures' rows. */
  tableSizes: SizeName[];
  measuresSizes: SizeName[];
  /** Timed wheel steps of the table's scroll. */
  scrollSteps: number;
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
      only: { type: "string", default: SECTIONS.join(",") },
      "table-sizes": { type: "string", default: "10k,50k" },
      "measures-sizes": { type: "string", default: "10k,30k" },
      "scroll-steps": { type: "string", default: "10" },
      "skip-build": { type: "boolean", default: false },
      regenerate: { type: "boolean", default: false },
      gpu: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return "help";
  const sizes = sizeList(values.sizes);
  const only = values.only.split(",").map((s) => s.trim());
  const unknownSection = only.find((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknownSection !== undefined)
    throw new UsageError(`--only: unknown rows "${unknownSection}" (known: ${SECTIONS.join(", ")})`);
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
    sizes,
    runs,
    layoutRuns,
    timeoutMs: Math.max(5, Number(values.timeout) || 120) * 1000,
    dragSteps: Math.max(2, Number(values["drag-steps"]) || 20),
    importRuns: values["database-only"] ? 0 : (importRuns ?? runs),
    importOnly: values["import-only"],
    databaseRuns: values["import-only"] ? 0 : (databaseRuns ?? (values["database-only"] ? runs : 1)),
    databaseOnly: values["database-only"],
    // --database-only runs none of the other groups.
    only: values["database-only"] ? [] : values["import-only"] ? ["import"] : (only as Section[]),
    tableSizes: sizeList(values["table-sizes"]),
    measuresSizes: sizeList(values["measures-sizes"]),
    scrollSteps: Math.max(1, Number(values["scroll-steps"]) || 10),
    skipBuild: values["skip-build"],
    regenerate: values.regenerate,
    gpu: values.gpu,
  };
}

/** A comma-separated list of sizes; throws a UsageError on an unknown one. */
function sizeList(text: string): SizeName[] {
  const sizes = text.split(",").map((s) => s.trim());
  const unknown = sizes.find((name) => !isSizeName(name));
  if (unknown !== undefined)
    throw new UsageError(`unknown size "${unknown}" (known: ${Object.keys(SIZES).join(", ")})`);
  return sizes.filter(isSizeName);
}

/** Layout runs: as many as the other runs at 1k, one at the sizes where a layout takes minutes. */
export function layoutRunsFor(options: BenchOptions, size: SizeName): number {
  return options.layoutRuns ?? (size === "1k" ? options.runs : 1);
}

/** Progress on stderr, stamped with the time of day. */
export function log(...parts: unknown[]): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
}
