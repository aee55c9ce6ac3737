/**
 * Translates zod issues from `datasetSchema` into findings a person can act on: which field is
 * missing, what type was expected and what was found, which values are allowed, and "did you mean"
 * for misspelt field names and enum values.
 *
 * Zod reports what the schema expected; what the file actually holds is read from the raw input at
 * the issue's path, because zod does not keep the input in its issues.
 */
import { z } from "zod";
import { datasetSchema, idSchema } from "../dataset/schema";
import { error, quote, type Finding, type PathSegment } from "./problems";
import { didYouMean, suggestFrom } from "./suggest";

type Issue = z.core.$ZodIssue;

export function schemaFindings(issues: readonly Issue[], input: unknown): Finding[] {
  return issues.flatMap((issue) => findingsForIssue(issue, input));
}

function findingsForIssue(issue: Issue, input: unknown): Finding[] {
  const at = issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
  const actual = valueAt(input, at);
  if (issue.code === "unrecognized_keys") return issue.keys.map((key) => unknownField([...at, key]));
  if (actual === undefined && isRecord(valueAt(input, at.slice(0, -1)))) return [missingField(at)];
  return [error(at, ...messageFor(issue, at, actual))];
}

function missingField(at: PathSegment[]): Finding {
  const name = at.at(-1);
  const hint = name === "formatVersion" ? " (this app reads formatVersion 1)" : "";
  return error(at, `missing required field ${quote(name)}${hint}`);
}

function unknownField(at: PathSegment[]): Finding {
  const key = String(at.at(-1));
  const allowed = allowedFields(at.slice(0, -1));
  const suggestion = suggestFrom(key, allowed);
  if (suggestion || allowed.length === 0) return error(at, `unknown field ${quote(key)}`, suggestion);
  return error(at, `unknown field ${quote(key)}; the fields allowed here are: ${allowed.join(", ")}`);
}

/** [message, suggestion?] for issues other than missing and unknown fields. */
function messageFor(issue: Issue, at: PathSegment[], actual: unknown): [string, string?] {
  switch (issue.code) {
    case "invalid_type":
      if (at.length === 0) return [`a dataset must be a JSON object, got ${describeValue(actual)}`];
      return [`expected ${describeExpected(issue.expected)}, got ${describeValue(actual)}`];
    case "invalid_value":
      return invalidValueMessage(issue.values, at, actual);
    case "invalid_format":
      return invalidFormatMessage(issue, actual);
    case "too_small":
      return [tooSmallMessage(issue.origin, Number(issue.minimum))];
    case "too_big":
      return [`is too long: at most ${Number(issue.maximum)} allowed`];
    default:
      // Only reachable if the schema grows new kinds of rules; zod's own sentence is the best we have.
      return [issue.message];
  }
}

function invalidValueMessage(
  values: readonly unknown[],
  at: PathSegment[],
  actual: unknown,
): [string, string?] {
  if (at.length === 1 && at[0] === "formatVersion") {
    return [`unsupported formatVersion ${quote(actual)}: this app reads formatVersion 1`];
  }
  const allowed = values.map(String);
  if (typeof actual !== "string") {
    return [`expected one of: ${allowed.join(", ")}; got ${describeValue(actual)}`];
  }
  const field = String(at.at(-1));
  const noun = ENUM_NOUNS[field] ?? `value for "${field}"`;
  return [
    `${quote(actual)} is not a ${noun}; use one of: ${allowed.join(", ")}`,
    suggestFrom(actual, allowed),
  ];
}

/** The schema's own messages ("must be a lower-case slug such as ...") read well after the value. */
function invalidFormatMessage(
  issue: z.core.$ZodIssueInvalidStringFormat,
  actual: unknown,
): [string, string?] {
  const message = `${quote(actual)} ${issue.message}`;
  const isSlugRule = issue.pattern !== undefined && issue.pattern === SLUG_RULE_PATTERN;
  if (!isSlugRule || typeof actual !== "string") return [message];
  const slug = slugify(actual);
  return [message, slug === "" || slug === actual ? undefined : didYouMean(slug)];
}

function tooSmallMessage(origin: string, minimum: number): string {
  if (origin === "string" && minimum === 1) return "must not be empty";
  if (origin === "array") return `needs at least ${minimum} ${minimum === 1 ? "entry" : "entries"}`;
  return `is too small: at least ${minimum} needed`;
}

const ENUM_NOUNS: Partial<Record<string, string>> = {
  shape: "node shape",
  lineStyle: "line style",
  kind: "source kind",
};

/** The id rule's pattern, read from the schema itself so the two cannot drift apart. */
const SLUG_RULE_PATTERN = ((): string | undefined => {
  const issue = idSchema.safeParse("Not A Slug").error?.issues[0];
  return issue?.code === "invalid_format" ? issue.pattern : undefined;
})();

/** "Quds Force" -> "quds-force": what an id written as a label most likely meant. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function describeExpected(expected: string): string {
  if (expected === "object") return "an object";
  if (expected === "array") return "a list (JSON array)";
  if (expected === "boolean") return "true or false";
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list (JSON array)";
  if (typeof value === "object") return "an object";
  if (typeof value === "boolean") return `${value}`;
  return `a ${typeof value}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The raw value at a path; undefined when any step is missing or of the wrong kind. */
export function valueAt(root: unknown, at: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of at) {
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else if (isRecord(current) && typeof segment === "string" && Object.hasOwn(current, segment)) {
      current = current[segment];
    } else return undefined;
  }
  return current;
}

/** The field names the schema allows in the object at `at` (for "did you mean" on unknown fields). */
export function allowedFields(at: readonly PathSegment[]): string[] {
  const schema = schemaAt(datasetSchema, at);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function schemaAt(schema: z.core.$ZodType, at: readonly PathSegment[]): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  for (const segment of at) {
    current = unwrap(current);
    if (current instanceof z.ZodArray && typeof segment === "number") current = current.element;
    else if (current instanceof z.ZodObject && typeof segment === "string") {
      current = (current.shape as Record<string, z.core.$ZodType | undefined>)[segment];
    } else return undefined;
    if (current === undefined) return undefined;
  }
  return unwrap(current);
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodNullable ||
    current instanceof z.ZodDefault
  ) {
    current = current.unwrap();
  }
  return current;
}
