// The benchmark's arithmetic: quantiles, summaries over runs (timeouts and failures apart), checked
// durations, position differences and the summaries of a size.
import { describe, expect, it } from "vitest";
import type { Positions } from "../../../bench/data";
import type { InteractionSample, LayoutSample } from "../../../bench/samples";
import {
  maxDifference,
  median,
  positiveDuration,
  quantile,
  summarise,
  summariseSize,
} from "../../../bench/stats";

describe("quantile", () => {
  it.each([
    { sorted: [], q: 0.5, expected: null },
    { sorted: [7], q: 0.25, expected: 7 },
    { sorted: [1, 2, 3], q: 0.5, expected: 2 },
    { sorted: [1, 2, 3, 4], q: 0.5, expected: 2.5 },
    { sorted: [1, 2, 3, 4, 5], q: 0.25, expected: 2 },
    { sorted: [0, 10], q: 0.75, expected: 7.5 },
    { sorted: [1, 2, 3], q: 0, expected: 1 },
    { sorted: [1, 2, 3], q: 1, expected: 3 },
  ])("the $q-quantile of $sorted is $expected", ({ sorted, q, expected }) => {
    expect(quantile(sorted, q)).toBe(expected);
  });
});

describe("median", () => {
  it.each([
    { values: [], expected: null },
    { values: [3, 1, 2], expected: 2 },
    { values: [40, 10, 30, 20], expected: 25 },
  ])("of $values is $expected, whatever their order", ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });

  it("leaves its input in place", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("summarise", () => {
  it.each([
    { values: [], expected: { n: 0, timeouts: 0, errors: 0 } },
    { values: ["timeout", "error"], expected: { n: 0, timeouts: 1, errors: 1 } },
    {
      values: [30, 10, 20],
      expected: { n: 3, timeouts: 0, errors: 0, median: 20, min: 10, max: 30, q1: 15, q3: 25 },
    },
    {
      values: [5, "timeout", 15, "error", Number.NaN],
      expected: { n: 2, timeouts: 1, errors: 2, median: 10, min: 5, max: 15, q1: 7.5, q3: 12.5 },
    },
  ])("summarises $values", ({ values, expected }) => {
    expect(summarise(values)).toEqual(expected);
  });
});

describe("positiveDuration", () => {
  it("passes a real duration through", () => {
    expect(positiveDuration("drag step", 16.5)).toBe(16.5);
  });

  it.each([0, -3.2, Number.NaN, Infinity])("rejects %s ms: the wrong frame was timed", (ms) => {
    expect(() => positiveDuration("drag step", ms)).toThrow(/drag step: measured .* not a duration/);
  });
});

describe("maxDifference", () => {
  const a = { n1: { x: 0, y: 0 }, n2: { x: 10, y: 10 } };
  it.each<{ b: Positions | null; expected: number | null }>([
    { b: null, expected: null },
    { b: { n1: { x: 0, y: 0 }, n2: { x: 10, y: 10 } }, expected: 0 },
    { b: { n1: { x: 0.25, y: -3 }, n2: { x: 12, y: 10 } }, expected: 3 },
    { b: { n1: { x: 0, y: 0 } }, expected: Infinity },
  ])("between the positions and $b is $expected", ({ b, expected }) => {
    expect(maxDifference(a, b)).toBe(expected);
  });
});

describe("summariseSize", () => {
  const run = (over: Partial<InteractionSample>): InteractionSample => ({
    longest: {},
    loadAverage: 0,
    ...over,
  });
  const layout = (over: Partial<LayoutSample>): LayoutSample => ({ longest: {}, loadAverage: 0, ...over });
  const summary = summariseSize(
    {
      app: [
        run({ load: 100, drag: 12, dragSteps: [10, 12, 14], longest: { load: 60, drag: 0 } }),
        run({ load: "timeout", drag: "error", dragSteps: [11] }),
      ],
      baseline: [run({ load: 50, filter: null, drag: 8, dragSteps: [8] })],
    },
    { app: [layout({ layout: 900, longest: { layout: 70 } })], baseline: [layout({ layout: "error" })] },
  );

  it("pools every step of every drag, and counts a failed drag once", () => {
    expect(summary.app.drag).toMatchObject({ n: 3, errors: 1, median: 12, min: 10, max: 14 });
    expect(summary.baseline.drag).toMatchObject({ n: 1, median: 8 });
  });

  it("counts timeouts and leaves out what the page did not record", () => {
    expect(summary.app.load).toMatchObject({ n: 1, timeouts: 1, median: 100 });
    expect(summary.baseline.filter).toEqual({ n: 0, timeouts: 0, errors: 0 });
  });

  it("takes the layout figures from the layout runs", () => {
    expect(summary.app.layout).toMatchObject({ n: 1, median: 900 });
    expect(summary.baseline.layout).toEqual({ n: 0, timeouts: 0, errors: 1 });
    expect(summary.appLongest.layout).toMatchObject({ n: 1, median: 70 });
  });

  it("summarises the longest tasks, a run without one as 0 ms", () => {
    expect(summary.appLongest.load).toMatchObject({ n: 1, median: 60 });
    expect(summary.appLongest.drag).toMatchObject({ n: 1, median: 0 });
  });
});
