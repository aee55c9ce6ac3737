/**
 * The dataset validator: the one entry point the app, the CLI (`npm run validate`) and the tests use
 * to turn a `graph-data/*.json` file into either a typed `Dataset` or a list of problems a person
 * can fix, each with a JSON path and, when the text is known, a line and column.
 *
 * It reports every problem it can find in one pass: the schema (schema.ts) and the whole-dataset
 * rules (datasetRules.ts) both run, even when the schema fails. Pure TypeScript, so it runs in the
 * browser as well as in Node.
 */
import { datasetFindings } from "./datasetRules";
import { createLocator, hasRepeatedFields, parseJson, type JsonLocator } from "./jsonLocation";
import { checkLimits, limitFindings } from "./limitChecks";
import { formatPath, type Finding, type Problem } from "./problems";
import { datasetSchema, type Dataset } from "../dataset/schema";
import { schemaFindings } from "./schemaIssues";

export type { Problem, Severity } from "./problems";

/** `problems` holds errors and warnings: errors first, then by line. Warnings never block loading. */
export type ValidationResult =
  { ok: true; dataset: Dataset; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Parses JSON text (keeping positions) and validates it. The text's limits (nesting depth, longest
 * text) are checked first: what follows may recurse, and a file over them is not read at all.
 */
export function validateDatasetText(text: string, file: string): ValidationResult {
  const overLimits = checkLimits(text, file);
  if (overLimits.length > 0) return { ok: false, problems: overLimits };
  const parsed = parseJson(text);
  if (parsed.ok) return validateDataset(parsed.value, file, text);
  const { line, column, message } = parsed.error;
  return { ok: false, problems: [{ severity: "error", file, path: "", line, column, message }] };
}

/** Validates an already parsed value; `text`, when given, is the JSON it came from, for positions. */
export function validateDataset(value: unknown, file: string, text?: string): ValidationResult {
  const parsed = datasetSchema.safeParse(value);
  // The text's tree (for lines, columns and repeated fields) is built only when it is needed: for a
  // large valid file it would take longer than all the checks together.
  const repeatedFields = text !== undefined && hasRepeatedFields(text, value);
  const findings = [
    ...(parsed.success ? [] : schemaFindings(parsed.error.issues, value)),
    ...datasetFindings(value),
    ...limitFindings(value),
  ];
  const locator =
    text !== undefined && (findings.length > 0 || repeatedFields) ? createLocator(text) : undefined;
  if (repeatedFields && locator) findings.push(...duplicateFieldFindings(locator));
  const problems = inReadingOrder(
    withoutRepeats(findings).map((finding) => toProblem(finding, file, locator)),
  );
  const hasErrors = problems.some((problem) => problem.severity === "error");
  if (parsed.success && !hasErrors) return { ok: true, dataset: parsed.data, warnings: problems };
  return { ok: false, problems };
}

/**
 * 'graph-data/x.json:123:5 error edges[12].target: unknown node "hezbolah" (did you mean "hezbollah"?)'
 * — the file:line:column prefix makes terminals and editors link straight to the spot.
 */
export function formatProblem(problem: Problem): string {
  const position = [problem.file, problem.line, problem.column]
    .filter((part) => part !== undefined)
    .join(":");
  const path = problem.path === "" ? "" : ` ${problem.path}`;
  const suggestion = problem.suggestion === undefined ? "" : ` (${problem.suggestion})`;
  return `${position} ${problem.severity}${path}: ${problem.message}${suggestion}`;
}

/**
 * JSON readers keep only the last of two same-named fields, so the first is silently lost;
 * the schema cannot see this because it only ever receives the parsed value.
 */
function duplicateFieldFindings(locator: JsonLocator): Finding[] {
  return locator.duplicateKeys().map((at) => ({
    severity: "error",
    at,
    message: `field ${JSON.stringify(at.at(-1))} is written more than once in this object; only the last one is read`,
  }));
}

function toProblem(finding: Finding, file: string, locator: JsonLocator | undefined): Problem {
  const position = locator?.locate(finding.at);
  return {
    severity: finding.severity,
    file,
    path: formatPath(finding.at),
    ...(position ? { line: position.line, column: position.column } : {}),
    message: finding.message,
    ...(finding.suggestion === undefined ? {} : { suggestion: finding.suggestion }),
  };
}

/**
 * A value can break a schema rule and a dataset rule at once ("Hezbollah" is neither a slug nor a
 * node id); when both point to the same fix, the second adds nothing but noise.
 */
function withoutRepeats(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    if (finding.suggestion === undefined) return true;
    const key = JSON.stringify([finding.at, finding.suggestion]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Errors first (they block loading), then top to bottom; the sort is stable, so ties keep check order. */
function inReadingOrder(problems: Problem[]): Problem[] {
  const rank = (problem: Problem) => (problem.severity === "error" ? 0 : 1);
  const line = (problem: Problem) => problem.line ?? Number.MAX_SAFE_INTEGER;
  const column = (problem: Problem) => problem.column ?? 0;
  return [...problems].sort((a, b) => rank(a) - rank(b) || line(a) - line(b) || column(a) - column(b));
}
