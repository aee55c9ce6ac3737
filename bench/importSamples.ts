/**
 * The import rows' records and table: the figures one import run takes (the app opening each file,
 * a peer library parsing the same file), their summaries over runs, and the table with each row's
 * ratio and whether it meets its target. Pure: tested in tests/unit/bench/.
 */
import { formatNumber, formatSummary } from "./report";
import { summarise, type Summary } from "./stats";
import type { Figure } from "./samples";

/** What the peer page recorded of one open: when the files were read and parsed (performance.now()). */
export interface PeerParse {
  read: number;
  parsed: number;
  nodes: number;
  edges: number;
  rows: number;
  error: string | null;
}

/** One import run's figures by name ("gexf.opened", "gexf.peerParse", ...): ms, MB, or why none. */
export type ImportSample = Record<string, Figure>;

export type ImportSummaries = Record<string, Summary>;

/** The import rows' results, as written to bench/results/latest.json. */
export interface ImportResult {
  facts: { nodes: number; edges: number; bytes: Record<string, number> };
  samples: ImportSample[];
  summaries: ImportSummaries;
  notes: string[];
}

/** Every figure named in any run, summarised over the runs. */
export function summariseImports(samples: readonly ImportSample[]): ImportSummaries {
  const names = new Set(samples.flatMap((s) => Object.keys(s)));
  return Object.fromEntries(
    [...names].map((name) => [name, summarise(samples.map((s) => s[name]).filter((v) => v !== undefined))]),
  );
}

/** How a row is judged: the app's median against the peer's (a ratio) or against a limit (ms, MB). */
export type Target = { ratio: number } | { atMost: number };

export interface ImportRow {
  label: string;
  app: string;
  peer?: string;
  /** Instead of a peer: the app's median divided by this one's (the heap against the same JSON). */
  against?: string;
  unit: "ms" | "MB";
  target?: Target;
}

/** The median of a summary that measured something, else null. */
const medianOf = (s: Summary | undefined) => (s && s.n > 0 && s.median !== undefined ? s.median : null);

/** app / peer, or null when either is missing. */
export function ratioOf(app: number | null, peer: number | null): number | null {
  return app === null || peer === null || peer <= 0 ? null : app / peer;
}

/** "met", "not met" or "–" (nothing to judge), for a row's median and ratio. */
export function verdict(target: Target | undefined, median: number | null, ratio: number | null): string {
  if (!target) return "";
  const value = "ratio" in target ? ratio : median;
  const limit = "ratio" in target ? target.ratio : target.atMost;
  if (value === null) return "–";
  return value <= limit ? "met" : "**not met**";
}

function describeTarget(target: Target | undefined, unit: "ms" | "MB"): string {
  if (!target) return "";
  return "ratio" in target ? `≤ ${target.ratio}×` : `≤ ${formatNumber(target.atMost, unit)}`;
}

/** The import table: operation, app, peer, ratio, target and whether it is met. */
export function importTable(
  title: string,
  rows: readonly ImportRow[],
  summaries: ImportSummaries,
  notes: readonly string[],
): string {
  const lines = [
    title,
    "",
    "| operation | app median (min–max) | peer median (min–max) | ratio | target | met |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const row of rows) {
    const app = summaries[row.app];
    const other = row.peer ?? row.against;
    const peer = other === undefined ? undefined : summaries[other];
    if (!app || (app.n === 0 && !app.timeouts && !app.errors)) continue;
    const ratio = ratioOf(medianOf(app), medianOf(peer));
    const judged = verdict(row.target, medianOf(app), ratio);
    lines.push(
      `| ${row.label} | ${formatSummary(app, row.unit)} | ${row.peer ? formatSummary(peer, row.unit) : row.against ? `(${formatSummary(peer, row.unit)})` : "–"} | ${ratio === null ? "–" : `${ratio.toFixed(2)}×`} | ${describeTarget(row.target, row.unit)} | ${judged} |`,
    );
  }
  if (notes.length > 0) lines.push("", ...notes.map((note) => `- ${note}`));
  return lines.join("\n");
}
