/**
 * The vocabulary of validation results: what a problem is, and how a JSON path is written for people.
 *
 * Checks produce `Finding`s (a path as segments, no file or position); `validate.ts` turns them into
 * `Problem`s once it knows the file name and, when it has the text, the line and column.
 */

export type Severity = "error" | "warning";

export interface Problem {
  severity: Severity;
  /** The file name as given. */
  file: string;
  /** JSON path as a person reads it: "edges[12].target"; "" for the root. */
  path: string;
  /** 1-based line where the path (or the syntax error) is in the text. */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** A sentence a person understands: 'unknown node "hezbolah"'. */
  message: string;
  /** For example 'did you mean "hezbollah"?'. */
  suggestion?: string;
}

export type PathSegment = string | number;

/** A problem before it is tied to a file and a position. */
export interface Finding {
  severity: Severity;
  at: PathSegment[];
  message: string;
  suggestion?: string;
}

export function error(at: PathSegment[], message: string, suggestion?: string): Finding {
  return suggestion === undefined
    ? { severity: "error", at, message }
    : { severity: "error", at, message, suggestion };
}

export function warning(at: PathSegment[], message: string, suggestion?: string): Finding {
  return suggestion === undefined
    ? { severity: "warning", at, message }
    : { severity: "warning", at, message, suggestion };
}

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/** ["edges", 12, "target"] -> "edges[12].target"; keys that are not identifiers are quoted. */
export function formatPath(at: readonly PathSegment[]): string {
  let path = "";
  for (const segment of at) {
    if (typeof segment === "number") path += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) path += path === "" ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/** Quotes a value for a message: strings in double quotes, the rest as JSON. */
export function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
