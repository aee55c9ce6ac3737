// The benchmark's tables: how a figure over runs is written, and which rows a table has.
import { describe, expect, it } from "vitest";
import { formatLongest, formatSummary, tableFor, type SizeResult } from "../../../bench/report";
import { summarise } from "../../../bench/stats";

describe("formatSummary", () => {
  it.each([
    { values: [], unit: "ms", expected: "–" },
    { values: [12.4], unit: "ms", expected: "12 ms (1 run)" },
    { values: [10, 30, 20], unit: "ms", expected: "20 ms (10 ms–30 ms)" },
    { values: [9_000, 12_000, 15_000], unit: "ms", expected: "12.0 s (9000 ms–15.0 s)" },
    { values: [80.6, 90.2], unit: "MB", expected: "85 MB (81 MB–90 MB)" },
    { values: [10, "timeout", "error"], unit: "ms", expected: "10 ms (1 run), 1× timeout, 1× failed" },
    { values: ["timeout", "timeout"], unit: "ms", expected: "**2× timeout**" },
  ] as const)("writes $values as $expected", ({ values, unit, expected }) => {
    expect(formatSummary(summarise(values), unit)).toBe(expected);
  });
});

describe("formatLongest", () => {
  it.each([
    { values: [], expected: "–" },
    { values: [0, 20], expected: "<50" },
    { values: [120.4], expected: "120" },
  ])("writes $values as $expected", ({ values, expected }) => {
    expect(formatLongest(summarise(values))).toBe(expected);
  });
});

describe("tableFor", () => {
  const result: SizeResult = {
    facts: {
      nodes: 1000,
      edges: 3000,
      bytes: 1153434,
      toggle: { type: "t", count: 1, label: "T", edgeId: "e" },
    },
    canvasBox: { left: 0, top: 0, width: 100, height: 100 },
    samples: { app: [], baseline: [] },
    layoutSamples: { app: [], baseline: [] },
    summary: {
      app: { load: summarise([80]), drag: summarise([20, 30]), heapMB: summarise([50]) },
      baseline: { load: summarise([20]), drag: summarise([10, 10]), heapMB: summarise([25]) },
      appLongest: { load: summarise([0]), drag: summarise([60]) },
      baselineLongest: {},
    },
    notes: ["A note."],
  };
  const lines = tableFor("1k", result).split("\n");

  it("heads the table with the size and the dataset's weight", () => {
    expect(lines[0]).toBe("### 1k: 1,000 actors, 3,000 relationships (1.1 MB)");
  });

  it("has a row for each measured figure, in order, with the ratio and the longest tasks", () => {
    expect(lines.slice(4).filter((line) => line.startsWith("| "))).toEqual([
      "| Dataset load (file chosen → parsed, validated, in the store) | 80 ms (1 run) | 20 ms (1 run) | 4.00× | <50 / – |",
      "| Drag the background: one step → painted | 25 ms (20 ms–30 ms) | 10 ms (10 ms–10 ms) | 2.50× | 60 / – |",
      "| JS heap after load (after gc) | 50 MB (1 run) | 25 MB (1 run) | 2.00× |  |",
    ]);
  });

  it("ends with the notes", () => {
    expect(lines.slice(-2)).toEqual(["", "- A note."]);
  });
});
