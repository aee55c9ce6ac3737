// The limits a file can reach (src/domain/limits.ts), each answered by a problem that says which
// limit, where and what to do: nesting checked on the text before anything parses it, texts, ids,
// counts of actors and relationships, and names too long to show whole (a warning: the file opens).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import {
  LABEL_SHOWN_CHARS,
  LIMITS,
  MAX_ACTORS,
  MAX_ID_CHARS,
  MAX_NESTING_DEPTH,
  MAX_RELATIONSHIPS,
  MAX_TEXT_CHARS,
  WARNINGS_LISTED_PER_KIND,
} from "../../../src/domain/limits";
import { longestJsonString, offsetDeeperThan } from "../../../src/domain/validation/jsonLocation";
import { checkLimits, limitFindings } from "../../../src/domain/validation/limitChecks";
import { validateDatasetText, type ValidationResult } from "../../../src/domain/validation/validate";
import { validDataset } from "../../fixtures/validDataset";

const problemsOf = (result: ValidationResult) => (result.ok ? result.warnings : result.problems);
const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

describe("nesting, measured on the text before it is parsed", () => {
  it("a file nested 100,000 levels deep is one problem saying where, the limit and what to do", () => {
    const result = validateDatasetText(nested(100_000), "deep-nesting.json");
    expect(result.ok).toBe(false);
    const [problem, ...rest] = problemsOf(result);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      severity: "error",
      file: "deep-nesting.json",
      line: 1,
      column: MAX_NESTING_DEPTH + 1,
    });
    expect(problem?.message).toMatch(
      /^lists and objects are nested more than 512 levels deep here, .*open the original file/,
    );
  });

  it.each([
    ["objects", (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`],
    ["an unclosed file (a syntax error as well)", (depth: number) => "[".repeat(depth)],
    [
      "deep inside a dataset, on its own line",
      (depth: number) => {
        const dataset = validDataset() as unknown as Record<string, unknown>;
        return JSON.stringify({ ...dataset, extra: "@" }, null, 1).replace('"@"', `\n${nested(depth)}`);
      },
    ],
  ])("%s: refused with the limit, never a stack overflow", (_case, text) => {
    const result = validateDatasetText(text(50_000), "deep.json");
    expect(result.ok).toBe(false);
    expect(problemsOf(result)[0]?.message).toContain("nested more than 512 levels deep");
  });

  it("the limit itself is read; one more level is not", () => {
    expect(offsetDeeperThan(nested(MAX_NESTING_DEPTH))).toBe(-1);
    expect(offsetDeeperThan(nested(MAX_NESTING_DEPTH + 1))).toBe(MAX_NESTING_DEPTH);
  });

  it.each<[string, string, ReturnType<typeof longestJsonString>]>([
    ["a bare value", "12", { length: 0, at: -1 }],
    ["brackets inside strings do not count", '["[[[{{"]', { length: 7, at: 1 }],
    ["escaped quotes stay inside the string", '["a\\"[[", [1]]', { length: 7, at: 1 }],
    ["an escaped backslash ends before the quote", '["a\\\\", [[2]]]', { length: 5, at: 1 }],
    ["an unclosed string runs to the end", '[["abc', { length: 4, at: 2 }],
  ])("longestJsonString: %s", (_case, text, longest) => {
    expect(longestJsonString(text)).toEqual(longest);
  });
});

describe("texts, ids and counts", () => {
  it("a text over the limit is refused, with its line and column", () => {
    const text = `{\n  "title": "${"x".repeat(MAX_TEXT_CHARS + 1)}"\n}`;
    const [problem, ...rest] = checkLimits(text, "huge.json");
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 2, column: 12 });
    expect(problem?.message).toContain(
      "is 10,000,001 characters long; the explorer reads texts of up to 10,000,000",
    );
  });

  it("an id over the limit is an error at the id", () => {
    const dataset = validDataset();
    dataset.nodes[0]!.id = "a".repeat(MAX_ID_CHARS + 1);
    const problems = problemsOf(validateDatasetText(JSON.stringify(dataset), "x.json"));
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: "error",
        path: "nodes[0].id",
        message: expect.stringContaining("ids are at most 200"),
      }),
    );
  });

  it.each([
    ["nodes", MAX_ACTORS, "actors"],
    ["edges", MAX_RELATIONSHIPS, "relationships"],
  ])("more %s than the explorer opens is an error saying how many it opens", (list, limit, what) => {
    const findings = limitFindings({ [list]: new Array(limit + 1).fill({}) });
    expect(findings).toEqual([
      expect.objectContaining({
        severity: "error",
        at: [list],
        message: expect.stringContaining(
          `${(limit + 1).toLocaleString("en")} ${what}; the explorer opens at most ${limit.toLocaleString("en")}`,
        ),
      }),
    ]);
    expect(limitFindings({ [list]: new Array(limit).fill({}) })).toEqual([]);
  });

  it("never trips over a value that is not a dataset", () => {
    for (const value of [null, 1, "x", [], [[]], { nodes: 3 }, { nodes: [null, 1, { id: 5 }] }])
      expect(limitFindings(value)).toEqual([]);
  });
});

describe("names too long to show whole", () => {
  it("a 5 MB label opens, with a warning at the label saying how it is shown", () => {
    const dataset = validDataset();
    dataset.nodes[0]!.label = "L".repeat(5 * 1024 * 1024);
    const result = validateDatasetText(JSON.stringify(dataset), "long-label.json");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.nodes[0]?.label).toHaveLength(5 * 1024 * 1024);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "nodes[0].label",
        message: expect.stringContaining("5,242,880 characters long; names are shown up to 200"),
      }),
    ]);
  });

  it("many long names: the first few listed, the rest counted in one warning", () => {
    const dataset = validDataset();
    const long = "N".repeat(LABEL_SHOWN_CHARS + 1);
    const value = {
      ...dataset,
      nodes: Array.from({ length: 30 }, (_, i) => ({ ...dataset.nodes[0]!, id: `n-${i}`, label: long })),
    };
    const findings = limitFindings(value);
    expect(findings).toHaveLength(WARNINGS_LISTED_PER_KIND + 1);
    expect(findings.at(-1)?.message).toBe("10 more names are longer than 200 characters");
  });
});

describe("the README's Limits table", () => {
  it("is LIMITS, row for row", () => {
    const readme = readFileSync("README.md", "utf8");
    const section = readme.slice(
      readme.indexOf("## Limits"),
      readme.indexOf("## Security headers for hosts"),
    );
    const rows = section
      .split("\n")
      .filter((line) => line.startsWith("|"))
      .map((line) =>
        line
          .slice(1, -1)
          .split(" | ")
          .map((cell) => cell.trim()),
      );
    expect(rows.slice(2)).toEqual(LIMITS.map((limit) => [limit.what, limit.limit, limit.then]));
  });
});
