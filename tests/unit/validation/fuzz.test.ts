// Hostile and broken files fed to the validator: truncations and mutations of a real dataset, deep
// nesting, huge strings, prototype keys (`__proto__`, `constructor`, `prototype`) as field names and
// ids, lone surrogates, XML. Whatever comes in, out comes a result or a list of problems: never a
// throw, never a hang (each case is a test with a time-out), never a polluted prototype.
// Run counts are kept small so the file stays well under a few seconds on a busy machine.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { validateDatasetText, type ValidationResult } from "../../../src/domain/validation/validate";
import { smallDataset } from "../../fixtures/smallDataset";

const realText = readFileSync("graph-data/quds-force.json", "utf8");
const smallText = JSON.stringify(smallDataset(), null, 2);
const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];

/** A result of either kind, with problems a person can read. */
function expectAnswer(result: ValidationResult): void {
  expect(typeof result.ok).toBe("boolean");
  const problems = result.ok ? result.warnings : result.problems;
  expect(Array.isArray(problems)).toBe(true);
  if (!result.ok) expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(typeof problem.message).toBe("string");
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

/** Nothing any input did may have reached the shared prototypes. */
function expectUnpolluted(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_KEYS);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_PROTOTYPE_KEYS);
}
const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Array.prototype).sort();

const check = (text: string) => {
  expectAnswer(validateDatasetText(text, "fuzz.json"));
};

afterEach(expectUnpolluted);

describe("the validator never throws, hangs or pollutes", () => {
  it("on every truncation of a real dataset", () => {
    fc.assert(
      fc.property(fc.nat({ max: realText.length }), (length) => check(realText.slice(0, length))),
      { numRuns: 30 },
    );
  });

  it("on a dataset with characters changed, inserted or deleted", () => {
    const edit = fc.record({
      at: fc.nat({ max: smallText.length }),
      remove: fc.nat({ max: 8 }),
      insert: fc.oneof(
        fc.constantFrom(
          "{",
          "}",
          "[",
          "]",
          '"',
          ",",
          ":",
          "\\",
          "\\u",
          "\uD800",
          "\uDFFF",
          "\u0000",
          "null",
          "-1e999",
        ),
        fc.string({ maxLength: 6 }),
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = smallText;
        for (const { at, remove, insert } of edits)
          text = text.slice(0, at) + insert + text.slice(at + remove);
        check(text);
      }),
      { numRuns: 150 },
    );
  });

  it("on nesting of any depth, closed or not, in any mix of arrays and objects", () => {
    const opener = fc.constantFrom("[", '{"a":', '{"__proto__":', '[{"nodes":');
    fc.assert(
      fc.property(opener, fc.integer({ min: 1, max: 20_000 }), fc.boolean(), (open, depth, closed) => {
        const close = open.startsWith("[{") ? "}]" : open.startsWith("[") ? "]" : "}";
        check(`${open.repeat(depth)}1${closed ? close.repeat(depth) : ""}`);
      }),
      { numRuns: 40 },
    );
  });

  it("on huge strings in every field a string can be", () => {
    const field = fc.constantFrom("title", "label", "summary", "quote", "id", "type", "source");
    fc.assert(
      fc.property(field, fc.integer({ min: 1, max: 2_000_000 }), (name, length) => {
        const dataset = smallDataset() as unknown as { title: string; nodes: Record<string, unknown>[] };
        const huge = "x".repeat(length);
        if (name === "title") dataset.title = huge;
        else if (name === "quote") dataset.nodes[0]!.citations = [{ source: "treasury", quote: huge }];
        else dataset.nodes[0]![name] = huge;
        check(JSON.stringify(dataset));
      }),
      { numRuns: 12 },
    );
  });

  it("on prototype keys as field names and as ids, anywhere", () => {
    const key = fc.constantFrom(...PROTOTYPE_KEYS);
    const where = fc.constantFrom(
      "root",
      "node",
      "edge",
      "citation",
      "attribute",
      "nodeType",
      "id",
      "type",
      "source",
    );
    fc.assert(
      fc.property(key, where, fc.boolean(), (name, place, asObject) => {
        const dataset = smallDataset() as unknown as Record<string, Record<string, unknown>[]>;
        const node = dataset.nodes![0]!;
        const edge = dataset.edges![0]!;
        const value = asObject ? { polluted: true } : "polluted";
        // Written as text: only JSON text can hold an own "__proto__" field.
        const marker = '"marker-field"';
        const target = {
          root: dataset as unknown as Record<string, unknown>,
          node,
          edge,
          citation: (node.citations as Record<string, unknown>[])[0]!,
          attribute: { label: "a", value: "b", citations: [] },
          nodeType: dataset.nodeTypes![0]!,
        }[place as "root"];
        if (place === "attribute") node.attributes = [target];
        if (place === "id") node.id = name;
        else if (place === "type") node.type = name;
        else if (place === "source") edge.source = name;
        else if (target) target["marker-field"] = value;
        check(JSON.stringify(dataset).replace(marker, JSON.stringify(name)));
      }),
      { numRuns: 120 },
    );
  });

  it("on lone surrogates and other odd characters, raw and escaped", () => {
    const odd = fc.constantFrom(
      "\uD800",
      "\uDBFF\uDBFF",
      "\uDC00",
      "\\uD800",
      "\\uDFFF",
      "\uFFFE",
      "\u0085",
      "\u2028",
      "\uFEFF",
    );
    fc.assert(
      fc.property(odd, fc.constantFrom("label", "id", "summary"), (text, field) => {
        const dataset = smallDataset() as unknown as { nodes: Record<string, unknown>[] };
        dataset.nodes[0]![field] = "@";
        check(JSON.stringify(dataset).replace('"@"', `"a${text}b"`));
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    ["an XML file", '<?xml version="1.0"?>\n<graphml><graph><node id="a"/></graph></graphml>'],
    ["an XML bomb", `<!DOCTYPE x [<!ENTITY a "${"a".repeat(1000)}">]><x>${"&a;".repeat(1000)}</x>`],
    ["HTML with a script", "<html><script>alert(1)</script></html>"],
    ["a CSV file", "id,label\na,A\n"],
    ["only a byte-order mark", "\uFEFF"],
    ["NUL bytes", "\u0000\u0000\u0000"],
    ["a bare number", "1e999999"],
    ["a bare string", '"__proto__"'],
    ["a top-level array of prototype keys", '["__proto__", "constructor"]'],
    [
      "a __proto__ object at the top",
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
    ],
  ])("on %s", (_case, text) => check(text));
});
