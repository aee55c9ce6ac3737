/**
 * Rows that compare the app with a peer page, operation by operation, each run a fresh page of
 * each: the table view's rows (tableRun.ts) and the network measures' rows (measuresRun.ts). What a
 * run leaves, its summary over runs and its markdown table. Pure (tested in tests/unit/bench/).
 */
import type { Figure } from "./samples";
import { formatLongest, formatSummary } from "./report";
import { summarise, type Summary } from "./stats";

/** One fresh-page run of the app or of the peer: its figures (ms) and the longest task during each. */
export interface PairedSample {
  figures: Partial<Record<string, Figure>>;
  longest: Partial<Record<string, number>>;
  /** Every step of an operation timed several times in one run (pooled over runs, like the drag). */
  steps?: Partial<Record<string, number[]>>;
  loadAverage: number;
  failure?: string;
  errors?: string[];
}

/** A row: its figure, what it measures, and whether the peer has it (else "no peer" and why). */
export interface PairedRow {
  figure: string;
  label: string;
  /** Why the peer has no such figure; undefined when it has one. */
  noPeer?: string;
}

export interface PairedSummary {
  app: Partial<Record<string, Summary>>;
  peer: Partial<Record<string, Summary>>;
  appLongest: Partial<Record<string, Summary>>;
  peerLongest: Partial<Record<string, Summary>>;
}

const figureValues = (samples: readonly PairedSample[], figure: string): Figure[] =>
  samples.flatMap<Figure>((s) => {
    const value = s.figures[figure];
    if (typeof value === "string") return [value];
    const steps = s.steps?.[figure];
    if (steps) return steps;
    return value === undefined || value === null ? [] : [value];
  });

const longestValues = (samples: readonly PairedSample[], figure: string): number[] =>
  samples.flatMap((s) => (typeof s.longest[figure] === "number" ? [s.longest[figure]] : []));

export function summarisePaired(
  rows: readonly PairedRow[],
  samples: { app: readonly PairedSample[]; peer: readonly PairedSample[] },
): PairedSummary {
  const summary: PairedSummary = { app: {}, peer: {}, appLongest: {}, peerLongest: {} };
  for (const { figure } of rows) {
    summary.app[figure] = summarise(figureValues(samples.app, figure));
    summary.peer[figure] = summarise(figureValues(samples.peer, figure));
    summary.appLongest[figure] = summarise(longestValues(samples.app, figure));
    summary.peerLongest[figure] = summarise(longestValues(samples.peer, figure));
  }
  return summary;
}

/** app median / peer median, "–" when either is missing. */
export function ratioOf(app: Summary | undefined, peer: Summary | undefined): string {
  if (!app?.n || !peer?.n || app.median === undefined || !peer.median) return "–";
  return `${(app.median / peer.median).toFixed(2)}×`;
}

/** The markdown table of one size's paired rows, with the notes under it. */
export function pairedTable(
  title: string,
  peerName: string,
  rows: readonly PairedRow[],
  summary: PairedSummary,
  notes: readonly string[],
): string {
  const lines = [
    title,
    "",
    `| operation | app median (min–max) | ${peerName} median (min–max) | ratio | longest task app / ${peerName} (ms) |`,
    "| --- | --- | --- | --- | --- |",
  ];
  for (const row of rows) {
    const app = summary.app[row.figure];
    const peer = row.noPeer ? undefined : summary.peer[row.figure];
    const peerCell = row.noPeer ? `no peer: ${row.noPeer}` : formatSummary(peer, "ms");
    const longest = `${formatLongest(summary.appLongest[row.figure])} / ${row.noPeer ? "–" : formatLongest(summary.peerLongest[row.figure])}`;
    lines.push(
      `| ${row.label} | ${formatSummary(app, "ms")} | ${peerCell} | ${ratioOf(app, peer)} | ${longest} |`,
    );
  }
  if (notes.length > 0) lines.push("", ...notes.map((note) => `- ${note}`));
  return lines.join("\n");
}

/** The failures and page errors of the runs, as notes. */
export function pairedNotes(samples: {
  app: readonly PairedSample[];
  peer: readonly PairedSample[];
}): string[] {
  const notes: string[] = [];
  for (const [kind, list] of Object.entries(samples)) {
    const failures = [...new Set(list.map((s) => s.failure).filter(Boolean))];
    if (failures.length) notes.push(`${kind} failures: ${failures.slice(0, 4).join(" | ")}`);
    const errors = [...new Set(list.flatMap((s) => s.errors ?? []))];
    if (errors.length) notes.push(`${kind} page errors: ${errors.slice(0, 3).join(" | ")}`);
  }
  return notes;
}
