import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contrastRatio, readableTextOn } from "../../../src/domain/dataset/contrast";
import type { Dataset } from "../../../src/domain/dataset/schema";

describe("contrastRatio", () => {
  it.each([
    ["#000000", "#ffffff", 21],
    ["#ffffff", "#ffffff", 1],
    ["#767676", "#ffffff", 4.54],
  ])("%s on %s is %d", (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
  });

  it.each([
    ["#111827", "#ffffff"],
    ["#fde68a", "#111827"],
  ])("text on %s is %s", (fill, text) => expect(readableTextOn(fill)).toBe(text));
});

// WCAG AA asks graphical objects for 3:1 against what surrounds them: the canvas is near-white.
const datasets = readdirSync("graph-data").filter(
  (f) => f.endsWith(".json") && !f.endsWith(".schema.json") && !f.endsWith(".coverage.json"),
);
describe.each(datasets)("the colours of %s", (file) => {
  const dataset = JSON.parse(readFileSync(`graph-data/${file}`, "utf8")) as Dataset;
  const colours = [
    ...dataset.nodeTypes.map((t) => [`node type ${t.id}`, t.color] as const),
    ...dataset.relationshipTypes.map((t) => [`relationship type ${t.id}`, t.color] as const),
  ];
  it.each(colours)("%s (%s) has at least 3:1 contrast on the canvas", (_name, colour) => {
    expect(contrastRatio(colour, "#f8fafc")).toBeGreaterThanOrEqual(3);
  });
});
