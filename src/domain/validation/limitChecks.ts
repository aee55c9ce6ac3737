/**
 * The limits of src/domain/limits.ts applied to a file: `checkLimits` on its text before anything
 * parses it (longest string, size; nesting is parseJson's), and `limitFindings` on its parsed value (how many
 * actors and relationships, id lengths, labels too long to show whole). Each problem says which
 * limit, where, and what to do. Nothing here recurses: it runs on files that are not datasets at all.
 */
import {
  count,
  LABEL_SHOWN_CHARS,
  MAX_ACTORS,
  MAX_FILE_BYTES,
  MAX_ID_CHARS,
  MAX_RELATIONSHIPS,
  MAX_TEXT_CHARS,
  WARNINGS_LISTED_PER_KIND,
} from "../limits";
import { longestJsonString, positionFinder } from "./jsonLocation";
import { error, warning, type Finding, type PathSegment, type Problem } from "./problems";

/**
 * Problems with a file's text that stop it from being read at all: a text longer than the explorer
 * takes, or more text than a file may hold (nesting too deep is found by parseJson, which follows). Empty when none; cheap
 * (one pass over the text, about 1 ms per megabyte).
 */
export function checkLimits(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  if (text.length > MAX_FILE_BYTES) {
    problems.push({
      severity: "error",
      file,
      path: "",
      message:
        `The file holds ${count(text.length)} characters; the explorer reads at most ${count(MAX_FILE_BYTES)}. ` +
        "Split it into smaller datasets.",
    });
    return problems;
  }
  const longest = longestJsonString(text);
  const at = (offset: number) => positionFinder(text)(offset);
  // Written length, quotes included: two more than the text itself (escapes make it longer still).
  if (longest.length - 2 > MAX_TEXT_CHARS) {
    const { line, column } = at(longest.at);
    problems.push({
      severity: "error",
      file,
      path: "",
      line,
      column,
      message:
        `A text at line ${count(line)}, column ${count(column)} is ${count(longest.length - 2)} ` +
        `characters long; the explorer reads texts of up to ${count(MAX_TEXT_CHARS)} characters. ` +
        "Shorten it, or keep the full text in the source it quotes and cite that.",
    });
  }
  return problems;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const listAt = (value: unknown, key: string): unknown[] =>
  isRecord(value) && Array.isArray(value[key]) ? value[key] : [];

/** Warnings of one kind: the first few listed, the rest counted in one more, so a list stays readable. */
function capped(findings: Finding[], what: (more: number) => string): Finding[] {
  if (findings.length <= WARNINGS_LISTED_PER_KIND) return findings;
  const more = findings.length - WARNINGS_LISTED_PER_KIND;
  return [...findings.slice(0, WARNINGS_LISTED_PER_KIND), warning([], what(more))];
}

function countFindings(value: unknown): Finding[] {
  const findings: Finding[] = [];
  const actors = listAt(value, "nodes").length;
  const relationships = listAt(value, "edges").length;
  if (actors > MAX_ACTORS)
    findings.push(
      error(
        ["nodes"],
        `the file has ${count(actors)} actors; the explorer opens at most ${count(MAX_ACTORS)} ` +
          "(at 50,000 every redraw already takes 10–20 s without a GPU). Split the dataset, for example by region or period.",
      ),
    );
  if (relationships > MAX_RELATIONSHIPS)
    findings.push(
      error(
        ["edges"],
        `the file has ${count(relationships)} relationships; the explorer opens at most ${count(MAX_RELATIONSHIPS)}. ` +
          "Split the dataset, for example by region or period.",
      ),
    );
  return findings;
}

const ID_LISTS = ["nodeTypes", "relationshipTypes", "sources", "nodes", "edges"] as const;

function idFindings(value: unknown): Finding[] {
  const findings: Finding[] = [];
  for (const list of ID_LISTS)
    listAt(value, list).forEach((item, i) => {
      const id = isRecord(item) ? item.id : undefined;
      if (typeof id === "string" && id.length > MAX_ID_CHARS)
        findings.push(
          error(
            [list, i, "id"],
            `the id is ${count(id.length)} characters long; ids are at most ${count(MAX_ID_CHARS)} ` +
              "(they travel in links). Use a short slug and put the name in the label.",
          ),
        );
    });
  return findings;
}

/** Where names are: the label fields of each list, and the dataset's title. */
const LABEL_FIELDS: [list: string | null, field: string][] = [
  [null, "title"],
  ["nodeTypes", "label"],
  ["relationshipTypes", "label"],
  ["relationshipTypes", "inverseLabel"],
  ["sources", "title"],
  ["nodes", "label"],
];

function labelFindings(value: unknown): Finding[] {
  const findings: Finding[] = [];
  const check = (text: unknown, at: PathSegment[]) => {
    if (typeof text === "string" && text.length > LABEL_SHOWN_CHARS)
      findings.push(
        warning(
          at,
          `this name is ${count(text.length)} characters long; names are shown up to ${count(LABEL_SHOWN_CHARS)} ` +
            "characters (the canvas shows fewer) and cut with \u201c\u2026\u201d. Keep the name short and put the rest in a summary or description.",
        ),
      );
  };
  for (const [list, field] of LABEL_FIELDS) {
    if (list === null) check(isRecord(value) ? value[field] : undefined, [field]);
    else
      listAt(value, list).forEach((item, i) =>
        check(isRecord(item) ? item[field] : undefined, [list, i, field]),
      );
  }
  return capped(
    findings,
    (more) => `${count(more)} more names are longer than ${count(LABEL_SHOWN_CHARS)} characters`,
  );
}

/**
 * Limits a parsed file can reach: too many actors or relationships, ids too long (errors), names too
 * long to show whole (warnings: the file opens, and the names are shown shortened).
 */
export function limitFindings(value: unknown): Finding[] {
  return [...countFindings(value), ...idFindings(value), ...labelFindings(value)];
}
