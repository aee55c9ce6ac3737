// Generated cases for the CSV reader: it answers any text with a graph or problems (never a throw),
// and a table written the way the app's CSV export writes cells comes back cell for cell.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsvTable, readCsv } from "../../../src/domain/formats/csv";
import { csvCell } from "../../../src/domain/export/writers/csv";

/** Pieces that make CSV interesting: delimiters, quotes, line breaks, marks and role names. */
const TOKENS = [",", ";", "\t", "|", '"', '""', "\n", "\r", "\r\n", " ", "a", "b", "1", "\uFEFF", "\u0000"];
const WORDS = [
  "source",
  "target",
  "from",
  "to",
  "id",
  "label",
  "Label",
  "From",
  "To",
  "__proto__",
  "constructor",
];
const MORE = ["'=", "x|y", "2019-04", "true", "#ff0000", "\uFFFD", "\uD800"];

const csvLike = fc
  .array(fc.constantFrom(...TOKENS, ...WORDS, ...MORE), { maxLength: 60 })
  .map((tokens) => tokens.join(""));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), csvLike);

function answers(result: ReturnType<typeof readCsv>): boolean {
  return result.ok ? Array.isArray(result.graph.edges) : result.problems.length > 0;
}

describe("readCsv on generated text", () => {
  it("answers any text with a graph or with problems, never a throw", () => {
    fc.assert(
      fc.property(anyText, (text) => answers(readCsv([{ name: "x.csv", text }]))),
      { numRuns: 400 },
    );
  });

  it("answers any pair of texts, as a node file and an edge file", () => {
    fc.assert(
      fc.property(anyText, anyText, (nodes, edges) =>
        answers(
          readCsv([
            { name: "n.csv", text: nodes },
            { name: "e.csv", text: edges },
          ]),
        ),
      ),
      { numRuns: 200 },
    );
  });

  it("every problem it reports has a message and, where it has a line, a line inside the text", () => {
    fc.assert(
      fc.property(csvLike, (text) => {
        const result = readCsv([{ name: "x.csv", text }]);
        const problems = result.ok ? result.graph.warnings : result.problems;
        const lines = text.split(/\r\n|\r|\n/).length;
        return problems.every(
          (p) => p.message !== "" && (p.line === undefined || (p.line >= 1 && p.line <= lines)),
        );
      }),
      { numRuns: 300 },
    );
  });
});

/** Cells as people write them: commas, quotes and line breaks included (the writer quotes those). */
const cellText = fc
  .array(fc.constantFrom("a", "B", "7", " ", ",", '"', "\n", "=", "-", "+", "@", "'", "é", "“", "|"), {
    maxLength: 12,
  })
  .map((chars) => chars.join(""))
  // The export turns a leading = + - @ into '=…; a cell that already starts "'=" cannot be told apart.
  .filter((cell) => !/^'[=+\-@]/.test(cell));
const endName = fc
  .array(fc.constantFrom("n", "o", "d", "e", "1", "2", "-"), { minLength: 1, maxLength: 6 })
  .map((chars) => chars.join(""));

const table = fc.integer({ min: 0, max: 4 }).chain((extra) =>
  fc.record({
    header: fc.constant([
      "source",
      "target",
      ...Array.from({ length: extra }, (_, i) => `attribute ${i + 1}`),
    ]),
    rows: fc.array(
      fc
        .tuple(endName, endName, fc.array(cellText, { minLength: extra, maxLength: extra }))
        .map(([s, t, cells]) => [s, t, ...cells]),
      { minLength: 1, maxLength: 8 },
    ),
  }),
);

function written(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((cells) => `${cells.map(csvCell).join(",")}\r\n`).join("");
}

describe("round trips", () => {
  it("reads back every cell of a table written as the app's export writes it", () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const parsed = parseCsvTable("t.csv", written(header, rows));
        expect(parsed.problems).toEqual([]);
        expect(parsed.table?.columns).toEqual(header);
        expect(parsed.table?.rows.map((row) => row.cells)).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });

  it("reads back every edge of a generated edge list, in order", () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const result = readCsv([{ name: "t.csv", text: written(header, rows) }]);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.graph.edges.map((edge) => [edge.source, edge.target])).toEqual(
          rows.map((row) => [row[0], row[1]]),
        );
        expect(result.graph.nodes.map((node) => node.id)).toEqual([
          ...new Set(rows.flatMap((row) => [row[0], row[1]])),
        ]);
      }),
      { numRuns: 200 },
    );
  });
});
