/**
 * The problems a reader collects, capped per kind: a file broken on 100,000 rows gets the first few
 * with their line and column, then one sentence with the count, not 100,000 lines nobody reads.
 */
import type { Problem, Severity } from "../validation/problems";

/** How many problems of one kind are listed one by one before the rest are only counted. */
export const PROBLEMS_PER_KIND = 5;

interface Kind {
  severity: Severity;
  file: string;
  listed: number;
  more: number;
  /** The sentence for the ones not listed: (3) => "… and 3 more rows with too many fields." */
  summary: (count: number) => string;
}

export type ProblemDetails = Omit<Problem, "severity" | "file"> & { file?: string };

export class ProblemLog {
  private readonly listed: { kind: string; problem: Problem }[] = [];
  private readonly kinds = new Map<string, Kind>();

  constructor(private readonly file: string) {}

  error(kind: string, details: ProblemDetails, summary?: (count: number) => string): void {
    this.add("error", kind, details, summary);
  }

  warning(kind: string, details: ProblemDetails, summary?: (count: number) => string): void {
    this.add("warning", kind, details, summary);
  }

  /** Whether another problem of this kind would still be listed (to skip costly suggestions otherwise). */
  listing(kind: string): boolean {
    return (this.kinds.get(kind)?.listed ?? 0) < PROBLEMS_PER_KIND;
  }

  hasErrors(): boolean {
    for (const kind of this.kinds.values()) if (kind.severity === "error") return true;
    return false;
  }

  /** Every listed problem, errors first, each kind followed by the count of those not listed. */
  problems(): Problem[] {
    const all: Problem[] = [];
    for (const severity of ["error", "warning"] as const) {
      for (const [name, kind] of this.kinds) {
        if (kind.severity !== severity) continue;
        for (const entry of this.listed) if (entry.kind === name) all.push(entry.problem);
        if (kind.more > 0) {
          all.push({ severity, file: kind.file, path: "", message: kind.summary(kind.more) });
        }
      }
    }
    return all;
  }

  errors(): Problem[] {
    return this.problems().filter((problem) => problem.severity === "error");
  }

  warnings(): Problem[] {
    return this.problems().filter((problem) => problem.severity === "warning");
  }

  private add(
    severity: Severity,
    name: string,
    details: ProblemDetails,
    summary: (count: number) => string = (count) => `… and ${count} more like this.`,
  ): void {
    const file = details.file ?? this.file;
    const kind = this.kinds.get(name) ?? { severity, file, listed: 0, more: 0, summary };
    this.kinds.set(name, kind);
    if (kind.listed >= PROBLEMS_PER_KIND) {
      kind.more += 1;
      return;
    }
    kind.listed += 1;
    this.listed.push({ kind: name, problem: { severity, ...details, file } });
  }
}
