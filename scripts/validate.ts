/**
 * `npm run validate -- graph-data/*.json`: checks dataset files from the command line with the same
 * validator the app uses, printing one line per problem (file:line:column, so terminals and editors
 * link to the spot) and a summary per file. Exits 1 when any file has errors; warnings alone pass.
 * With no arguments it checks every graph-data/*.json; the generated *.schema.json and the coverage
 * tables (*.coverage.json) are always skipped.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblem, validateDatasetText, type Problem } from "../src/domain/validation/validate";

const DATA_DIR = fileURLToPath(new URL("../graph-data/", import.meta.url));

function datasetFiles(): string[] {
  return readdirSync(DATA_DIR)
    .filter((name) => name.endsWith(".json") && !isCompanionFile(name))
    .sort()
    .map((name) => relative(process.cwd(), join(DATA_DIR, name)));
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Validates one file, prints its problems and summary; returns whether it has errors. */
function checkFile(file: string): boolean {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    console.log(
      formatProblem({ severity: "error", file, path: "", message: `cannot read the file: ${reason}` }),
    );
    console.log(`${file}: 1 error`);
    return true;
  }
  const result = validateDatasetText(text, file);
  const problems: Problem[] = result.ok ? result.warnings : result.problems;
  for (const problem of problems) console.log(formatProblem(problem));
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  const contents = result.ok
    ? ` (${count(result.dataset.nodes.length, "node")}, ${count(result.dataset.edges.length, "edge")})`
    : "";
  const verdict =
    errors > 0
      ? `${count(errors, "error")}, ${count(warnings, "warning")}`
      : `ok, ${count(warnings, "warning")}`;
  console.log(`${file}: ${verdict}${contents}`);
  return errors > 0;
}

/**
 * The files that sit next to the datasets without being one (a shell glob like graph-data/*.json
 * picks them up): the JSON Schema and the coverage tables.
 */
function isCompanionFile(file: string): boolean {
  return file.endsWith(".schema.json") || file.endsWith(".coverage.json");
}

function main(args: string[]): number {
  const skipped = args.filter(isCompanionFile);
  for (const file of skipped)
    console.log(`${file}: skipped (a JSON Schema or coverage table, not a dataset)`);
  const files = args.length > 0 ? args.filter((file) => !isCompanionFile(file)) : datasetFiles();
  if (files.length === 0) {
    console.log(`no dataset files found in ${relative(process.cwd(), DATA_DIR) || "."}`);
    return 0;
  }
  const failed = files.map(checkFile).filter(Boolean).length;
  if (files.length > 1) console.log(`${count(files.length, "file")} checked, ${failed} with errors`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
