// Positions in JSON text: offsets to lines and columns, JSON paths to the line a person should look at.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  createLocator,
  hasRepeatedFields,
  parseJson,
  positionFinder,
} from "../../../src/domain/validation/jsonLocation";
import type { PathSegment } from "../../../src/domain/validation/problems";

const TEXT = `{
  "nodes": [
    {
      "id": "iran",
      "citations": [{ "source": "a" }]
    }
  ],
  "title": "x"
}
`;

describe("positionFinder", () => {
  const position = positionFinder("ab\ncd\r\nef");
  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [7, 3, 1],
    [8, 3, 2],
  ])("offset %i -> %i:%i", (offset, line, column) => {
    expect(position(offset)).toEqual({ line, column });
  });
});

describe("createLocator", () => {
  const locator = createLocator(TEXT);
  const cases: [string, PathSegment[], number, number][] = [
    ["the root", [], 1, 1],
    ["a top-level field", ["title"], 8, 3],
    ["an array element", ["nodes", 0], 3, 5],
    ["a nested field", ["nodes", 0, "id"], 4, 7],
    ["a field inside an inline object", ["nodes", 0, "citations", 0, "source"], 5, 23],
    ["a missing field, at its object", ["nodes", 0, "label"], 3, 5],
    ["a missing element, at its list", ["nodes", 4, "id"], 2, 12],
  ];

  it.each(cases)("%s", (_name, at, line, column) => {
    expect(locator?.locate(at)).toEqual({ line, column });
  });

  it("finds fields written twice, once per field", () => {
    const duplicated = createLocator('{"a": 1, "b": {"c": 1, "c": 2, "c": 3}, "a": 2}');
    expect(duplicated?.duplicateKeys()).toEqual([["b", "c"], ["a"]]);
  });

  it("points a repeated field at the occurrence that is read (the last)", () => {
    expect(createLocator('{"a": 1,\n"a": 2}')?.locate(["a"])).toEqual({ line: 2, column: 1 });
  });
});

describe("parseJson", () => {
  it("returns the value of valid JSON", () => {
    expect(parseJson('{"a": [1, null]}')).toEqual({ ok: true, value: { a: [1, null] } });
  });

  it("reports the first error only, at its position", () => {
    expect(parseJson("[1,\n 2 3]")).toEqual({
      ok: false,
      error: { line: 2, column: 3, message: "expected a comma or closing bracket" },
    });
  });
});

describe("hasRepeatedFields", () => {
  it.each([
    ["no objects", "[1, 2, 3]", false],
    ["one object", '{"a": 1, "b": 2}', false],
    ["a field twice", '{"a": 1, "a": 2}', true],
    ["twice in a nested object", '{"a": {"b": 1, "c": {"d": 1, "d": 1}}}', true],
    ["same name in sibling objects", '[{"a": 1}, {"a": 2}]', false],
    ["a string value that looks like a field", '{"a": "b\\": 1, \\"b"}', false],
    ["escaped backslash before a closing quote", '{"a\\\\": 1, "b": "\\\\"}', false],
    ["whitespace before the colon", '{"a"\n  : 1, "a" :2}', true],
    ["an empty name twice", '{"": 1, "": 2}', true],
  ])("%s", (_name, text, expected) => {
    expect(hasRepeatedFields(text, JSON.parse(text))).toBe(expected);
  });

  it("agrees with the text's tree on generated JSON", () => {
    // Objects written by hand as text, with names drawn from a small set so repeats happen often.
    const name = fc.constantFrom("a", "b", 'q"uote', "back\\slash", "");
    const json: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.jsonValue({ maxDepth: 0 }).map((v) => JSON.stringify(v)),
        fc.array(tie("value"), { maxLength: 4 }).map((items) => `[${items.join(", ")}]`),
        fc
          .array(fc.tuple(name, tie("value")), { maxLength: 4 })
          .map((fields) => `{${fields.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(", ")}}`),
      ),
    })).value;
    fc.assert(
      fc.property(json, (text) => {
        const fromTree = (createLocator(text)?.duplicateKeys().length ?? 0) > 0;
        expect(hasRepeatedFields(text, JSON.parse(text))).toBe(fromTree);
      }),
      { numRuns: 400 },
    );
  });
});
