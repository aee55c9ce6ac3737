// The value readers every format shares: partial dates, colours, numbers, and the kind a set of
// JSON attribute values settles on.
import { describe, expect, it } from "vitest";
import {
  attributeRecord,
  hexColor,
  jsonAttributeValue,
  numberOf,
  partialDate,
  settleAttributes,
  type Attributes,
} from "../../../src/domain/formats/values";

describe("partialDate", () => {
  it.each([
    ["1983", "1983"],
    ["2019-04", "2019-04"],
    [" 2019-04-15 ", "2019-04-15"],
    ["2020-02-29", "2020-02-29"],
    ["2019-04-15T10:30:00Z", "2019-04-15"],
    ["2019-04-15 10:30", "2019-04-15"],
    ["2019-04-15T10:30:00+02:00", "2019-04-15"],
    ["2019-02-29", undefined],
    ["2019-13", undefined],
    ["15/04/2019", undefined],
    ["April 2019", undefined],
    ["83", undefined],
  ])("%j -> %j", (text, expected) => {
    expect(partialDate(text)).toBe(expected);
  });
});

describe("hexColor", () => {
  it.each([
    ["#ABC", "#aabbcc"],
    ["#1f4E99", "#1f4e99"],
    ["#1f4e99cc", "#1f4e99"],
    ["rgb(255, 0, 16)", "#ff0010"],
    ["rgba(0,0,0,0.5)", "#000000"],
    ["rgb(256, 0, 0)", undefined],
    ["red", undefined],
    ["#12345", undefined],
    ["", undefined],
  ])("%j -> %j", (text, expected) => {
    expect(hexColor(text)).toBe(expected);
  });
});

describe("numberOf", () => {
  it.each([
    ["12", 12],
    ["-3.5", -3.5],
    ["1e3", 1000],
    [".5", 0.5],
    ["0", 0],
    ["0.25", 0.25],
    ["007", undefined],
    ["1,000", undefined],
    ["1e999", undefined],
    ["NaN", undefined],
    ["", undefined],
  ])("%j -> %j", (text, expected) => {
    expect(numberOf(text)).toBe(expected);
  });
});

describe("jsonAttributeValue", () => {
  it.each([
    ["text", "text"],
    [3, 3],
    [true, true],
    [Number.NaN, undefined],
    [null, undefined],
    [
      ["a", 1, null, true],
      ["a", "1", "true"],
    ],
    [{ nested: [1] }, '{"nested":[1]}'],
    [[{ a: 1 }], '[{"a":1}]'],
  ])("%j -> %j", (value, expected) => {
    expect(jsonAttributeValue(value)).toEqual(expected);
  });
});

describe("settleAttributes", () => {
  const elements = (...records: Record<string, Attributes[string]>[]) =>
    records.map((values) => {
      const attributes = attributeRecord();
      Object.assign(attributes, values);
      return { attributes };
    });

  it("gives each key one kind, turning mixed values into text and date text into partial dates", () => {
    const list = elements(
      { n: 1, b: true, tags: ["a"], when: "2019-04-15T00:00:00Z", mixed: 1, words: "x" },
      { n: 2.5, b: false, tags: [], when: "1983", mixed: "two", extra: ["p", "q"] },
      { mixed: ["a", "b"] },
    );
    expect(settleAttributes(list)).toEqual([
      { key: "n", title: "n", kind: "number" },
      { key: "b", title: "b", kind: "boolean" },
      { key: "tags", title: "tags", kind: "list" },
      { key: "when", title: "when", kind: "date" },
      { key: "mixed", title: "mixed", kind: "string" },
      { key: "words", title: "words", kind: "string" },
      { key: "extra", title: "extra", kind: "list" },
    ]);
    expect(list.map((e) => e.attributes.mixed)).toEqual(["1", "two", "a, b"]);
    expect(list.map((e) => e.attributes.when)).toEqual(["2019-04-15", "1983", undefined]);
  });
});
