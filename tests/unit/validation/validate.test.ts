// The dataset validator, one rule at a time: each case breaks the valid fixture in one way and checks
// the problem a person would see (path, severity, wording, suggestion), plus positions and odd input.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/domain/dataset/schema";
import {
  formatProblem,
  validateDataset,
  validateDatasetText,
  type Problem,
  type Severity,
  type ValidationResult,
} from "../../../src/domain/validation/validate";
import { validDataset, validDatasetText } from "../../fixtures/validDataset";

function problemsOf(result: ValidationResult): Problem[] {
  return result.ok ? result.warnings : result.problems;
}

/** An element that the fixture is known to have; fails loudly if the fixture changes shape. */
function item<T>(list: T[] | undefined, index: number): T {
  const found = list?.[index];
  if (found === undefined) throw new Error(`fixture has no element ${index}`);
  return found;
}

/** For writing values the types forbid, which is the point of these tests. */
function loose(value: object): Record<string, unknown> {
  return value as Record<string, unknown>;
}

function mutated(mutate: (dataset: Dataset) => void): Dataset {
  const dataset = validDataset();
  mutate(dataset);
  return dataset;
}

describe("the fixture", () => {
  it("is valid, with no warnings", () => {
    const result = validateDatasetText(validDatasetText(), "fixture.json");
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

interface RuleCase {
  rule: string;
  mutate: (dataset: Dataset) => void;
  path: string;
  severity: Severity;
  phrase: string;
  suggestion?: string;
}

const ruleCases: RuleCase[] = [
  // Schema
  {
    rule: "missing required field",
    mutate: (d) => delete loose(item(d.nodes, 0)).label,
    path: "nodes[0].label",
    severity: "error",
    phrase: 'missing required field "label"',
  },
  {
    rule: "wrong type",
    mutate: (d) => (loose(item(d.nodes, 0)).label = 5),
    path: "nodes[0].label",
    severity: "error",
    phrase: "expected a string, got a number",
  },
  {
    rule: "list expected",
    mutate: (d) => (loose(d).edges = { id: "x" }),
    path: "edges",
    severity: "error",
    phrase: "expected a list (JSON array), got an object",
  },
  {
    rule: "empty string",
    mutate: (d) => (d.title = ""),
    path: "title",
    severity: "error",
    phrase: "must not be empty",
  },
  {
    rule: "empty required list",
    mutate: (d) => (d.nodeTypes = []),
    path: "nodeTypes",
    severity: "error",
    phrase: "needs at least 1 entry",
  },
  {
    rule: "bad slug",
    mutate: (d) => (d.id = "Fixture Network"),
    path: "id",
    severity: "error",
    phrase: '"Fixture Network" must be a lower-case slug',
    suggestion: 'did you mean "fixture-network"?',
  },
  {
    rule: "bad date shape",
    mutate: (d) => (item(d.nodes, 3).start = "1957-3-11"),
    path: "nodes[3].start",
    severity: "error",
    phrase: "must be a partial ISO date",
  },
  {
    rule: "bad colour",
    mutate: (d) => (item(d.nodeTypes, 0).color = "blue"),
    path: "nodeTypes[0].color",
    severity: "error",
    phrase: "must be a hex colour",
  },
  {
    rule: "enum value",
    mutate: (d) => (loose(item(d.nodeTypes, 0)).shape = "circle"),
    path: "nodeTypes[0].shape",
    severity: "error",
    phrase: '"circle" is not a node shape; use one of: ellipse, rectangle,',
  },
  {
    rule: "enum value, misspelt",
    mutate: (d) => (loose(item(d.nodeTypes, 1)).shape = "rectangel"),
    path: "nodeTypes[1].shape",
    severity: "error",
    phrase: '"rectangel" is not a node shape',
    suggestion: 'did you mean "rectangle"?',
  },
  {
    rule: "enum value, line style",
    mutate: (d) => (loose(item(d.relationshipTypes, 0)).lineStyle = "dashes"),
    path: "relationshipTypes[0].lineStyle",
    severity: "error",
    phrase: '"dashes" is not a line style',
    suggestion: 'did you mean "dashed"?',
  },
  {
    rule: "unknown field",
    mutate: (d) => (loose(item(d.nodes, 0)).lable = "Iran"),
    path: "nodes[0].lable",
    severity: "error",
    phrase: 'unknown field "lable"',
    suggestion: 'did you mean "label"?',
  },
  {
    rule: "unknown field in a citation",
    mutate: (d) => (loose(item(item(d.edges, 0).citations, 0)).qoute = "..."),
    path: "edges[0].citations[0].qoute",
    severity: "error",
    phrase: 'unknown field "qoute"',
    suggestion: 'did you mean "quote"?',
  },
  {
    rule: "unknown field, nothing close",
    mutate: (d) => (loose(d).colour = "#000000"),
    path: "colour",
    severity: "error",
    phrase: 'unknown field "colour"; the fields allowed here are: $schema, formatVersion',
  },
  {
    rule: "wrong formatVersion",
    mutate: (d) => (loose(d).formatVersion = 2),
    path: "formatVersion",
    severity: "error",
    phrase: "this app reads formatVersion 1",
  },
  // Unique ids
  {
    rule: "duplicate node type id",
    mutate: (d) => (item(d.nodeTypes, 1).id = "state"),
    path: "nodeTypes[1].id",
    severity: "error",
    phrase: 'duplicate node type id "state" (first used at nodeTypes[0])',
  },
  {
    rule: "duplicate relationship type id",
    mutate: (d) => (item(d.relationshipTypes, 1).id = "trains"),
    path: "relationshipTypes[1].id",
    severity: "error",
    phrase: 'duplicate relationship type id "trains" (first used at relationshipTypes[0])',
  },
  {
    rule: "duplicate source id",
    mutate: (d) => (item(d.sources, 1).id = "state-report"),
    path: "sources[1].id",
    severity: "error",
    phrase: 'duplicate source id "state-report" (first used at sources[0])',
  },
  {
    rule: "duplicate node id",
    mutate: (d) => (item(d.nodes, 2).id = "iran"),
    path: "nodes[2].id",
    severity: "error",
    phrase: 'duplicate node id "iran" (first used at nodes[0])',
  },
  {
    rule: "duplicate edge id",
    mutate: (d) => (item(d.edges, 1).id = "quds-force-trains-hezbollah"),
    path: "edges[1].id",
    severity: "error",
    phrase: 'duplicate edge id "quds-force-trains-hezbollah" (first used at edges[0])',
  },
  {
    rule: "edge id equal to a node id",
    mutate: (d) => (item(d.edges, 1).id = "hezbollah"),
    path: "edges[1].id",
    severity: "error",
    phrase: 'edge id "hezbollah" is already a node id (nodes[2])',
  },
  // Edge ends
  {
    rule: "unknown target, misspelt",
    mutate: (d) => (item(d.edges, 0).target = "hezbolah"),
    path: "edges[0].target",
    severity: "error",
    phrase: 'unknown node "hezbolah"',
    suggestion: 'did you mean "hezbollah"?',
  },
  {
    rule: "unknown source, written as the label",
    mutate: (d) => (item(d.edges, 0).source = "Quds Force"),
    path: "edges[0].source",
    severity: "error",
    phrase: "lower-case slug",
    suggestion: 'did you mean "quds-force"?',
  },
  {
    rule: "unknown target, written as an alias",
    mutate: (d) => (item(d.edges, 1).target = "hizballah"),
    path: "edges[1].target",
    severity: "error",
    phrase: 'unknown node "hizballah"',
    suggestion: 'did you mean "hezbollah"?',
  },
  {
    rule: "unknown target, nothing close",
    mutate: (d) => (item(d.edges, 1).target = "hamas"),
    path: "edges[1].target",
    severity: "error",
    phrase: 'unknown node "hamas"',
  },
  // Types
  {
    rule: "unknown node type",
    mutate: (d) => (item(d.nodes, 1).type = "organisation"),
    path: "nodes[1].type",
    severity: "error",
    phrase: 'unknown node type "organisation"',
    suggestion: 'did you mean "organization"?',
  },
  {
    rule: "unknown relationship type",
    mutate: (d) => (item(d.edges, 0).type = "train"),
    path: "edges[0].type",
    severity: "error",
    phrase: 'unknown relationship type "train"',
    suggestion: 'did you mean "trains"?',
  },
  // Citations
  {
    rule: "node cites an unknown source",
    mutate: (d) => (item(item(d.nodes, 0).citations, 0).source = "state-reports"),
    path: "nodes[0].citations[0].source",
    severity: "error",
    phrase: 'unknown source "state-reports"',
    suggestion: 'did you mean "state-report"?',
  },
  {
    rule: "attribute cites an unknown source",
    mutate: (d) => (item(item(item(d.nodes, 2).attributes, 0).citations, 0).source = "news-artcle"),
    path: "nodes[2].attributes[0].citations[0].source",
    severity: "error",
    phrase: 'unknown source "news-artcle"',
    suggestion: 'did you mean "news-article"?',
  },
  {
    rule: "edge cites an unknown source",
    mutate: (d) => (item(item(d.edges, 3).citations, 0).source = "wikipedia"),
    path: "edges[3].citations[0].source",
    severity: "error",
    phrase: 'unknown source "wikipedia"',
  },
  {
    rule: "node without citation",
    mutate: (d) => (item(d.nodes, 0).citations = []),
    path: "nodes[0].citations",
    severity: "error",
    phrase: "no citation: every actor must cite at least one source",
  },
  {
    rule: "edge without citation",
    mutate: (d) => (item(d.edges, 2).citations = []),
    path: "edges[2].citations",
    severity: "error",
    phrase: "no citation: every relationship must cite at least one source",
  },
  {
    rule: "attribute without citation",
    mutate: (d) => (item(item(d.nodes, 2).attributes, 0).citations = []),
    path: "nodes[2].attributes[0].citations",
    severity: "error",
    phrase: "no citation: every attribute must cite at least one source",
  },
  {
    rule: "edge attribute without citation",
    mutate: (d) =>
      (item(d.edges, 0).attributes = [{ label: "Measure", value: "FTO designation", citations: [] }]),
    path: "edges[0].attributes[0].citations",
    severity: "error",
    phrase: "no citation: every attribute must cite at least one source",
  },
  // Stances
  {
    rule: "a reported claim that does not say whose it is",
    mutate: (d) => (item(item(d.edges, 0).citations, 0).stance = "claim"),
    path: "edges[0].citations[0].claimedBy",
    severity: "error",
    phrase: 'a citation with stance "claim" must say who makes the claim',
  },
  {
    rule: "a claimant on a statement of fact",
    mutate: (d) => (item(item(d.edges, 0).citations, 0).claimedBy = "the Trump administration"),
    path: "edges[0].citations[0].claimedBy",
    severity: "warning",
    phrase: 'claimedBy is only read with stance "claim"',
    suggestion: 'add "stance": "claim" or remove claimedBy',
  },
  {
    rule: "an unknown stance",
    mutate: (d) => ((item(item(d.edges, 0).citations, 0) as Record<string, unknown>).stance = "rumour"),
    path: "edges[0].citations[0].stance",
    severity: "error",
    phrase: '"rumour" is not a value for "stance"',
  },
  // Colours
  {
    rule: "a type colour too faint to see on the canvas",
    mutate: (d) => (item(d.relationshipTypes, 0).color = "#ffd92f"),
    path: "relationshipTypes[0].color",
    severity: "warning",
    phrase: "has 1.3:1 contrast on the canvas; at least 3:1 is needed",
    suggestion: "use a darker colour",
  },
  // Dates
  {
    rule: "day not in the month",
    mutate: (d) => (item(d.nodes, 3).end = "2019-02-30"),
    path: "nodes[3].end",
    severity: "error",
    phrase: '"2019-02-30" is not a real date: February 2019 has 28 days',
  },
  {
    rule: "29 February outside a leap year",
    mutate: (d) => (item(d.edges, 0).start = "1900-02-29"),
    path: "edges[0].start",
    severity: "error",
    phrase: "February 1900 has 28 days",
  },
  {
    rule: "source published on a day that does not exist",
    mutate: (d) => (item(d.sources, 0).published = "2020-04-31"),
    path: "sources[0].published",
    severity: "error",
    phrase: "April 2020 has 30 days",
  },
  {
    rule: "node starts after it ends",
    mutate: (d) => (item(d.nodes, 3).start = "2021"),
    path: "nodes[3].start",
    severity: "error",
    phrase: "starts (2021) after it ends (2020-01-03)",
  },
  {
    rule: "edge starts after it ends",
    mutate: (d) => (item(d.edges, 2).start = "2020-02"),
    path: "edges[2].start",
    severity: "error",
    phrase: "starts (2020-02) after it ends (2020-01)",
  },
  // Duplicate edges
  {
    rule: "duplicate edge",
    mutate: (d) => d.edges.push({ ...item(d.edges, 1), id: "iran-funds-hezbollah-again" }),
    path: "edges[4]",
    severity: "warning",
    phrase: 'duplicate edge: same source, target, type and dates as edges[1] ("iran-funds-hezbollah")',
  },
  {
    rule: "duplicate undirected edge, reversed",
    mutate: (d) =>
      d.edges.push({
        ...item(d.edges, 3),
        id: "iran-allied-with-hezbollah",
        source: "iran",
        target: "hezbollah",
      }),
    path: "edges[4]",
    severity: "warning",
    phrase: "same source, target, type and dates as edges[3]",
  },
  // Links
  {
    rule: "malformed URL",
    mutate: (d) => (item(d.sources, 0).url = "not a url"),
    path: "sources[0].url",
    severity: "error",
    phrase: '"not a url" is not a valid URL',
  },
  {
    rule: "URL without a scheme",
    mutate: (d) => (item(d.sources, 0).url = "example.org/report"),
    path: "sources[0].url",
    severity: "error",
    phrase: "is not a valid URL",
    suggestion: 'did you mean "https://example.org/report"?',
  },
  ...["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "ftp://example.org/x"].map(
    (url): RuleCase => ({
      rule: `non-web link ${url.split(":")[0]}:`,
      mutate: (d) => (item(d.sources, 1).url = url),
      path: "sources[1].url",
      severity: "error",
      phrase: "only http(s) links are allowed",
    }),
  ),
  // Warnings
  {
    rule: "directed type without inverse label",
    mutate: (d) => delete item(d.relationshipTypes, 1).inverseLabel,
    path: "relationshipTypes[1]",
    severity: "warning",
    phrase: 'directed relationship type "funds" has no inverseLabel',
  },
  {
    rule: "node type never used",
    mutate: (d) => d.nodeTypes.push({ ...item(d.nodeTypes, 0), id: "militia" }),
    path: "nodeTypes[3]",
    severity: "warning",
    phrase: 'node type "militia" is declared but no node uses it',
  },
  {
    rule: "relationship type never used",
    mutate: (d) => d.relationshipTypes.push({ ...item(d.relationshipTypes, 0), id: "arms" }),
    path: "relationshipTypes[4]",
    severity: "warning",
    phrase: 'relationship type "arms" is declared but no edge uses it',
  },
  {
    rule: "source never cited",
    mutate: (d) => d.sources.push({ id: "unused-book", title: "A book", kind: "other" }),
    path: "sources[2]",
    severity: "warning",
    phrase: 'source "unused-book" is never cited',
  },
  {
    rule: "self-loop",
    mutate: (d) => (item(d.edges, 1).target = "iran"),
    path: "edges[1]",
    severity: "warning",
    phrase: 'self-loop: this edge links "iran" to itself',
  },
];

describe("each rule", () => {
  it.each(ruleCases)("$rule -> $severity at $path", ({ mutate, path, severity, phrase, suggestion }) => {
    const result = validateDataset(mutated(mutate), "test.json");
    const problems = problemsOf(result);
    const problem = problems.find((p) => p.path === path && p.message.includes(phrase));
    expect(
      problem,
      `no problem at ${path} containing ${phrase}; got:\n${problems.map(formatProblem).join("\n")}`,
    ).toBeDefined();
    expect(problem?.severity).toBe(severity);
    expect(problem?.suggestion).toBe(suggestion);
    expect(result.ok).toBe(severity === "warning");
  });
});

const acceptedVariants: { variant: string; mutate: (dataset: Dataset) => void }[] = [
  {
    variant: "a month within the end year",
    mutate: (d) => Object.assign(item(d.nodes, 3), { start: "2020-01", end: "2020" }),
  },
  {
    variant: "a year that contains the end month",
    mutate: (d) => Object.assign(item(d.edges, 2), { start: "2020" }),
  },
  { variant: "29 February in a leap year", mutate: (d) => (item(d.nodes, 3).end = "2020-02-29") },
  { variant: "29 February 2000", mutate: (d) => (item(d.nodes, 3).end = "2000-02-29") },
  {
    variant: "a directed edge and its reverse",
    mutate: (d) =>
      d.edges.push({ ...item(d.edges, 1), id: "hezbollah-funds-iran", source: "hezbollah", target: "iran" }),
  },
  {
    variant: "the same edge over different periods",
    mutate: (d) => d.edges.push({ ...item(d.edges, 0), id: "quds-force-trains-hezbollah-2", start: "2006" }),
  },
  { variant: "no URL on a source", mutate: (d) => delete item(d.sources, 1).url },
  {
    variant: "a claim reported with its claimant, and a disputed citation with a note",
    mutate: (d) => {
      Object.assign(item(item(d.edges, 0).citations, 0), {
        stance: "claim",
        claimedBy: "the Trump administration",
      });
      Object.assign(item(item(d.edges, 1).citations, 0), {
        stance: "disputed",
        note: "Other sources give 1979.",
      });
    },
  },
  {
    variant: "a relationship with a cited attribute",
    mutate: (d) =>
      (item(d.edges, 0).attributes = [
        { label: "Measure", value: "FTO designation", citations: [{ source: item(d.sources, 0).id }] },
      ]),
  },
  {
    variant: "an undirected type without inverse label",
    mutate: (d) => delete item(d.relationshipTypes, 3).inverseLabel,
  },
];

describe("accepted variants", () => {
  it.each(acceptedVariants)("$variant", ({ mutate }) => {
    const result = validateDataset(mutated(mutate), "test.json");
    expect(problemsOf(result).map(formatProblem)).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe("several problems at once", () => {
  it("reports every problem, errors first and then by line", () => {
    const dataset = mutated((d) => {
      item(d.edges, 3).target = "hezbolah";
      item(d.nodes, 0).type = "stat";
      item(d.edges, 0).source = "iran";
      item(d.edges, 0).target = "iran";
      loose(d).formatVersion = 3;
    });
    const result = validateDatasetText(JSON.stringify(dataset, null, 2), "x.json");
    const problems = problemsOf(result);
    expect(problems.map((p) => [p.severity, p.path])).toEqual([
      ["error", "formatVersion"],
      ["error", "nodes[0].type"],
      ["error", "edges[3].target"],
      ["warning", "nodeTypes[0]"], // "state" is no longer used
      ["warning", "edges[0]"],
    ]);
  });

  it("still runs the dataset rules when the schema fails", () => {
    const dataset = mutated((d) => {
      loose(item(d.nodes, 0)).summary = 42;
      item(d.edges, 0).target = "hezbolah";
    });
    const paths = problemsOf(validateDataset(dataset, "x.json")).map((p) => p.path);
    expect(paths).toEqual(["nodes[0].summary", "edges[0].target"]);
  });

  it("reports a value that breaks a schema rule and a reference rule once, with the suggestion", () => {
    const dataset = mutated((d) => (item(d.edges, 0).target = "Hezbollah"));
    const problems = problemsOf(validateDataset(dataset, "x.json"));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.suggestion).toBe('did you mean "hezbollah"?');
  });

  it("reports a field written twice in one object", () => {
    const text = validDatasetText().replace('"label": "Iran",', '"label": "Iran",\n      "label": "Persia",');
    const result = validateDatasetText(text, "x.json");
    const { line } = positionOf(text, '"label": "Persia"');
    expect(problemsOf(result).map((p) => [p.path, p.line])).toEqual([["nodes[0].label", line]]);
    expect(problemsOf(result)[0]?.message).toContain('field "label" is written more than once');
  });
});

/** 1-based line and column of the first line containing `needle`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const lines = text.split("\n");
  const index = lines.findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`${needle} not in text`);
  return { line: index + 1, column: (lines[index] ?? "").search(/\S/) + 1 };
}

describe("positions in a pretty-printed file", () => {
  const positionCases: { path: string; mutate: (d: Dataset) => void; needle: string }[] = [
    {
      path: "edges[2].target",
      mutate: (d) => (item(d.edges, 2).target = "quds-forse"),
      needle: '"target": "quds-forse"',
    },
    { path: "nodes[1].type", mutate: (d) => (item(d.nodes, 1).type = "org"), needle: '"type": "org"' },
    {
      path: "nodes[3].citations[0].source",
      mutate: (d) => (item(item(d.nodes, 3).citations, 0).source = "nope"),
      needle: '"source": "nope"',
    },
    {
      path: "sources[1].url",
      mutate: (d) => (item(d.sources, 1).url = "ftp://x.org"),
      needle: '"url": "ftp://x.org"',
    },
    { path: "nodes[0].lable", mutate: (d) => (loose(item(d.nodes, 0)).lable = "x"), needle: '"lable": "x"' },
  ];

  it.each(positionCases)("$path points at its line", ({ path, mutate, needle }) => {
    const text = JSON.stringify(mutated(mutate), null, 2);
    const problem = problemsOf(validateDatasetText(text, "x.json")).find((p) => p.path === path);
    expect(problem).toBeDefined();
    expect({ line: problem?.line, column: problem?.column }).toEqual(positionOf(text, needle));
  });

  it("points a missing field at the object that should hold it", () => {
    const text = JSON.stringify(
      mutated((d) => delete loose(item(d.edges, 1)).citations),
      null,
      2,
    );
    const problem = problemsOf(validateDatasetText(text, "x.json")).find(
      (p) => p.path === "edges[1].citations",
    );
    const edgeLine = positionOf(text, '"id": "iran-funds-hezbollah"').line - 1;
    expect(problem?.line).toBe(edgeLine);
  });

  it("leaves line and column out when there is no text", () => {
    const problems = problemsOf(
      validateDataset(
        mutated((d) => (item(d.edges, 0).type = "x")),
        "x.json",
      ),
    );
    expect(problems[0]).not.toHaveProperty("line");
    expect(problems[0]).not.toHaveProperty("column");
  });
});

describe("invalid JSON", () => {
  const syntaxCases: { name: string; text: string; line: number; column: number; phrase: string }[] = [
    {
      name: "missing comma on line 3",
      text: '{\n  "a": 1,\n  "b": 2\n  "c": 3\n}\n',
      line: 3,
      column: 9,
      phrase: "expected a comma or closing brace",
    },
    {
      name: "missing comma in a list",
      text: '{\n  "a": [\n    1\n    2\n  ]\n}',
      line: 3,
      column: 6,
      phrase: "expected a comma or closing bracket",
    },
    {
      name: "trailing comma in an object",
      text: '{\n  "a": 1,\n}',
      line: 2,
      column: 9,
      phrase: "trailing comma",
    },
    {
      name: "trailing comma in a list",
      text: '{ "a": [1, 2,] }',
      line: 1,
      column: 13,
      phrase: "trailing comma",
    },
    {
      name: "unexpected end of file",
      text: '{\n  "a": [1,\n',
      line: 2,
      column: 11,
      phrase: "unexpected end of file",
    },
    {
      name: "missing closing brace",
      text: '{\n  "a": 1\n',
      line: 2,
      column: 9,
      phrase: 'unexpected end of file: a closing brace "}" is missing',
    },
    { name: "empty file", text: "", line: 1, column: 1, phrase: "the file is empty" },
    { name: "blank file", text: "  \n\n", line: 1, column: 1, phrase: "the file is empty" },
    {
      // 100,000 levels would overflow any recursive reader; the limit is found in one pass.
      name: "nesting deeper than any dataset",
      text: `{\n  "nodes": ${"[".repeat(100_000)}${"]".repeat(100_000)}\n}`,
      line: 2,
      column: 12 + 511,
      phrase: "nested more than 512 levels deep",
    },
    {
      name: "brackets inside strings do not count",
      text: `{\n  "a": "${"[".repeat(600)}", "b": yes\n}`,
      line: 2,
      column: 617,
      phrase: 'unexpected "yes"',
    },
    {
      name: "comment",
      text: '{\n  // note\n  "a": 1\n}',
      line: 2,
      column: 3,
      phrase: "comments are not allowed",
    },
    { name: "single quotes", text: "{\n  'a': 1\n}", line: 2, column: 3, phrase: "double quotes" },
    { name: "bare word", text: '{\n  "a": yes\n}', line: 2, column: 8, phrase: 'unexpected "yes"' },
    {
      name: "text after the end",
      text: '{}\n{"a": 1}',
      line: 2,
      column: 1,
      phrase: "after the end of the data",
    },
    {
      name: "unterminated string",
      text: '{\n  "a": "abc\n}',
      line: 2,
      column: 8,
      phrase: "unterminated string",
    },
    { name: "missing colon", text: '{\n  "a" 1\n}', line: 2, column: 6, phrase: "expected a colon" },
  ];

  it.each(syntaxCases)("$name -> line $line", ({ text, line, column, phrase }) => {
    const result = validateDatasetText(text, "bad.json");
    expect(result.ok).toBe(false);
    const problems = problemsOf(result);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "error", file: "bad.json", path: "", line, column });
    expect(problems[0]?.message).toContain(phrase);
  });

  it("accepts a byte-order mark", () => {
    expect(validateDatasetText(`\uFEFF${validDatasetText()}`, "bom.json").ok).toBe(true);
  });
});

describe("odd input never throws", () => {
  const oddValues: [string, unknown][] = [
    ["null", null],
    ["a list", []],
    ["a string", "x"],
    ["a number", 42],
    ["true", true],
    ["nodes as a number", { nodes: 5 }],
    [
      "odd list items",
      { nodeTypes: [null, 1, "x", []], nodes: [null, 3, "x", [], {}], edges: [7, null, { id: 4 }] },
    ],
    [
      "odd fields",
      {
        nodes: [
          { id: [], type: {}, citations: "x", attributes: [null, { citations: [null, 5, { source: 1 }] }] },
        ],
      },
    ],
    [
      "odd references",
      { edges: [{ source: null, target: 3, type: [], citations: [[]], start: 2019, end: {} }] },
    ],
    [
      "odd sources",
      {
        sources: [{ id: 1, url: 5, published: [] }, { url: "::" }],
        relationshipTypes: [{ directed: "yes" }],
      },
    ],
    [
      "prototype-ish keys",
      { constructor: 1, __proto__: null, toString: "x", nodes: [{ hasOwnProperty: 1 }] },
    ],
  ];

  it.each(oddValues)("%s", (_name, value) => {
    const result = validateDataset(value, "odd.json");
    expect(result.ok).toBe(false);
    expect(problemsOf(result).length).toBeGreaterThan(0);
    for (const problem of problemsOf(result)) expect(problem.message).not.toMatch(/Invalid input|undefined/);
  });

  it.each(oddValues)("%s, as text", (_name, value) => {
    const text = JSON.stringify(value, null, 2) ?? "";
    expect(() => validateDatasetText(text, "odd.json")).not.toThrow();
    expect(validateDatasetText(text, "odd.json").ok).toBe(false);
  });

  it("explains that the root must be an object", () => {
    expect(problemsOf(validateDataset([], "odd.json"))[0]?.message).toBe(
      "a dataset must be a JSON object, got a list (JSON array)",
    );
  });
});

describe("formatProblem", () => {
  const formatCases: [string, Problem, string][] = [
    [
      "everything",
      {
        severity: "error",
        file: "graph-data/x.json",
        path: "edges[12].target",
        line: 123,
        column: 5,
        message: 'unknown node "hezbolah"',
        suggestion: 'did you mean "hezbollah"?',
      },
      'graph-data/x.json:123:5 error edges[12].target: unknown node "hezbolah" (did you mean "hezbollah"?)',
    ],
    [
      "no position",
      { severity: "warning", file: "x.json", path: "sources[2]", message: 'source "b" is never cited' },
      'x.json warning sources[2]: source "b" is never cited',
    ],
    [
      "the root",
      { severity: "error", file: "x.json", path: "", line: 1, column: 1, message: "the file is empty" },
      "x.json:1:1 error: the file is empty",
    ],
  ];

  it.each(formatCases)("%s", (_name, problem, expected) => {
    expect(formatProblem(problem)).toBe(expected);
  });
});

const DATA_DIR = new URL("../../../graph-data/", import.meta.url);
const shippedDatasets = readdirSync(DATA_DIR)
  .filter(
    (name) => name.endsWith(".json") && !name.endsWith(".schema.json") && !name.endsWith(".coverage.json"),
  )
  .sort();

describe.skipIf(shippedDatasets.length === 0)("shipped datasets", () => {
  it.each(shippedDatasets)("graph-data/%s validates", (name) => {
    const file = `graph-data/${name}`;
    const result = validateDatasetText(readFileSync(new URL(name, DATA_DIR), "utf8"), file);
    const report = problemsOf(result).map(formatProblem).join("\n");
    expect(result.ok, `${file} has problems:\n${report}`).toBe(true);
  });
});
