/**
 * What a benchmark run reports: the table of each size (markdown, printed to stdout and written to
 * bench/results/latest.md), the notes under it, the lines about the machine and the build, and every
 * raw sample with the summaries in bench/results/latest.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import type { InitialJavaScript } from "./build";
import type { ToggledType } from "./data";
import {
  EXPORT_MAX_SIDE,
  PAGE_KINDS,
  type FigureName,
  type InteractionSample,
  type LayoutSample,
  type Samples,
} from "./samples";
import type { SizeSummary, Summary } from "./stats";
import type { ImportResult } from "./importSamples";
import type { PairedSample, PairedSummary } from "./pairedRows";

export type { ImportResult };

export const IMPORT_TITLE = "### Import: the 10k dataset in other formats, app against peer libraries";

const RESULTS_DIR = "bench/results";

/** Everything one size's runs found. */
export interface SizeResult {
  facts: { nodes: number; edges: number; bytes: number; toggle: ToggledType };
  /** The app's canvas on the page, which the baseline's canvas copies. */
  canvasBox: { left: number; top: number; width: number; height: number };
  samples: Samples<InteractionSample>;
  layoutSamples: Samples<LayoutSample>;
  summary: SizeSummary;
  notes: string[];
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  chromium: string;
  node: string;
  date: string;
}

/** The contents of bench/results/latest.json. */
export interface ResultsFile {
  machine: Machine;
  options: { sizes: string[]; runs: number; importRuns: number; timeoutMs: number; dragSteps: number };
  javascript: InitialJavaScript | null;
  results: Record<string, SizeResult>;
  /** The import rows, when they ran. */
  imports?: ImportResult;
  /** The table view's rows and the measures' rows, by size, when they ran. */
  table?: Record<string, PairedResult>;
  measures?: Record<string, PairedResult>;
}

/** One size's rows of the app against a peer page (pairedRows.ts). */
export interface PairedResult {
  facts: { nodes: number; edges: number };
  samples: { app: PairedSample[]; peer: PairedSample[] };
  summary: PairedSummary;
  notes: string[];
}

// --- The tables --------------------------------------------------------------------------------------

type Unit = "ms" | "MB";

/** The table's rows, in order: the figure, what it measures, its unit. */
const ROWS: [FigureName, string, Unit][] = [
  ["load", "Dataset load (file chosen → parsed, validated, in the store)", "ms"],
  ["firstFrame", "Load → first painted frame (positioned file)", "ms"],
  ["layoutFirstFrame", "Load → first painted frame (no positions: layout)", "ms"],
  ["layout", "Layout (started → actors in place)", "ms"],
  ["layoutCompute", "Layout: computing the positions (app: in a worker)", "ms"],
  ["layoutSettled", "Load → settled picture (no positions)", "ms"],
  ["filter", "Filter: uncheck a relationship type → painted", "ms"],
  ["unfilter", "Unfilter: check it again → painted", "ms"],
  ["hover", "Hover an actor → neighbourhood highlighted", "ms"],
  ["select", "Select: click an actor → painted selected", "ms"],
  ["selectPanel", "Select → details panel shows its name", "ms"],
  ["drag", "Drag the background: one step → painted", "ms"],
  ["export", `PNG export 1× of the whole graph (≤${EXPORT_MAX_SIDE} px a side; app framed)`, "ms"],
  ["heapMB", "JS heap after load (after gc)", "MB"],
];

export function formatNumber(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined) return "–";
  if (unit === "MB") return `${Math.round(value)} MB`;
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  return `${Math.round(value)} ms`;
}

const isEmpty = (s: Summary | undefined) => !s || (s.n === 0 && !s.timeouts && !s.errors);

/** "median (min–max)", with the timeouts and failures; "–" when nothing was measured. */
export function formatSummary(s: Summary | undefined, unit: Unit): string {
  if (!s || isEmpty(s)) return "–";
  const failures = [s.timeouts ? `${s.timeouts}× timeout` : "", s.errors ? `${s.errors}× failed` : ""]
    .filter(Boolean)
    .join(", ");
  if (s.n === 0) return `**${failures}**`;
  const value = formatNumber(s.median, unit);
  const spread = s.n > 1 ? ` (${formatNumber(s.min, unit)}–${formatNumber(s.max, unit)})` : " (1 run)";
  return `${value}${spread}${failures ? `, ${failures}` : ""}`;
}

/** The median longest task, or "<50" when there was none (the long-task threshold is 50 ms). */
export function formatLongest(s: Summary | undefined): string {
  if (!s || s.n === 0 || s.median === undefined) return "–";
  return s.median < 50 ? "<50" : String(Math.round(s.median));
}

export function tableFor(name: string, result: SizeResult): string {
  const { facts, summary } = result;
  const lines = [
    `### ${name}: ${facts.nodes.toLocaleString("en")} actors, ${facts.edges.toLocaleString("en")} relationships (${(facts.bytes / 1048576).toFixed(1)} MB)`,
    "",
    "| operation | app median (min–max) | baseline median (min–max) | ratio | longest task app / baseline (ms) |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const [key, label, unit] of ROWS) {
    const app = summary.app[key];
    const baseline = summary.baseline[key];
    if (isEmpty(app) && isEmpty(baseline)) continue;
    const ratio =
      app?.n && baseline?.n && app.median !== undefined && baseline.median && baseline.median > 0
        ? `${(app.median / baseline.median).toFixed(2)}×`
        : "–";
    const longest = `${formatLongest(summary.appLongest[key])} / ${formatLongest(summary.baselineLongest[key])}`;
    lines.push(
      `| ${label} | ${formatSummary(app, unit)} | ${formatSummary(baseline, unit)} | ${ratio} | ${unit === "MB" ? "" : longest} |`,
    );
  }
  if (result.notes.length > 0) lines.push("", ...result.notes.map((note) => `- ${note}`));
  return lines.join("\n");
}

// --- The notes under a table -------------------------------------------------------------------------

/** What the samples of a size say about how far to trust its figures. */
export function sampleNotes(
  samples: Samples<InteractionSample>,
  layoutSamples: Samples<LayoutSample>,
  layoutRuns: number,
  runs: number,
): string[] {
  const notes: string[] = [];
  if (layoutRuns < runs)
    notes.push(`Layout rows: ${layoutRuns} run(s) only at this size (it takes minutes).`);
  const sources = new Set(layoutSamples.app.map((s) => s.layoutSource).filter(Boolean));
  if (sources.has("settled picture"))
    notes.push("App layout end: not recorded by the page, so the settled picture (±200 ms) is used.");
  const missed = [...samples.app, ...samples.baseline].filter(
    (s) => s.dragPanned !== undefined && s.dragPanned < 40,
  );
  if (missed.length)
    notes.push(`${missed.length} drag run(s) barely moved the view: check the background point.`);
  const errors = [...samples.app, ...layoutSamples.app].flatMap((s) => s.errors ?? []);
  if (errors.length) notes.push(`App page errors: ${[...new Set(errors)].slice(0, 3).join(" | ")}`);
  for (const kind of PAGE_KINDS) {
    const failures = [...samples[kind], ...layoutSamples[kind]].map((s) => s.failure).filter(Boolean);
    if (failures.length) notes.push(`${kind} failures: ${[...new Set(failures)].slice(0, 4).join(" | ")}`);
  }
  return notes;
}

// --- The lines about the run -------------------------------------------------------------------------

export function describeMachine(chromium: string): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "?",
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    chromium,
    node: process.version,
    date: new Date().toISOString(),
  };
}

/** The header, the initial JavaScript and the load average, as printed and written. */
export function runLines(file: ResultsFile): { header: string; jsLine: string; loadLine: string } {
  const { machine, options, javascript } = file;
  const header =
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; ` +
    `Chromium ${machine.chromium} (headless, no GPU); Node ${machine.node}; ${machine.date}; ` +
    `${options.runs} runs per operation, timeout ${options.timeoutMs / 1000} s.`;
  const jsLine = javascript
    ? `Initial JavaScript of the production build: ${(javascript.gzip / 1024).toFixed(1)} kB gzip (${(javascript.bytes / 1024).toFixed(0)} kB raw) in ${javascript.files.length} file(s); all ${javascript.chunkCount} chunks ${(javascript.allChunksGzip / 1024).toFixed(1)} kB gzip.`
    : "Initial JavaScript: not measured (no dist-bench/prod build).";
  return { header, jsLine, loadLine: loadLine(file, machine.cores) };
}

/** The range of the load average at the start of the runs, and whether other work was running. */
function loadLine(file: ResultsFile, cores: number): string {
  const results = Object.values(file.results);
  const loads = results.flatMap((r) =>
    [r.samples, r.layoutSamples].flatMap((k) => [...k.app, ...k.baseline].map((s) => s.loadAverage)),
  );
  for (const paired of [file.table, file.measures])
    for (const r of Object.values(paired ?? {}))
      loads.push(...[...r.samples.app, ...r.samples.peer].map((s) => s.loadAverage));
  if (loads.length === 0) return "";
  const [low, high] = [Math.min(...loads), Math.max(...loads)];
  return (
    `Load average (1 min) at the start of the runs: ${low.toFixed(1)}–${high.toFixed(1)} on ${cores} cores` +
    (high > cores
      ? " (other work was running: figures are slower and noisier than on a quiet machine)."
      : ".")
  );
}

/** Writes bench/results/latest.json (every sample) and latest.md (the tables, then `sections`). */
export function writeResults(file: ResultsFile, sections: string[] = []): void {
  const { header, jsLine, loadLine } = runLines(file);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(`${RESULTS_DIR}/latest.json`, JSON.stringify(file, null, 2));
  const markdown = [
    `# Benchmark results`,
    "",
    header,
    "",
    jsLine,
    "",
    loadLine,
    "",
    ...file.options.sizes.map((n) => tableFor(n, file.results[n]!) + "\n"),
    ...sections.map((section) => section + "\n"),
  ];
  writeFileSync(`${RESULTS_DIR}/latest.md`, markdown.join("\n"));
}
