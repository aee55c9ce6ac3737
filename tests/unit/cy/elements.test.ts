// What the canvas is handed for hostile data: a 5 MB label is cut with "…" (a label box wider than
// the graph would make "fit" shrink it to a dot, and every redraw measure it), and a graph with more
// actors than a function may take arguments does not overflow the call stack.
import { describe, expect, it } from "vitest";
import { toElements } from "../../../src/cy/elements";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { CANVAS_LABEL_CHARS } from "../../../src/domain/limits";
import { smallDataset } from "../../fixtures/smallDataset";
import { graphDataset } from "../../fixtures/viewDataset";

describe("toElements", () => {
  it("cuts a 5 MB actor label (and a long type label on relationships) with an ellipsis", () => {
    const dataset = smallDataset();
    dataset.nodes[0]!.label = "L".repeat(5 * 1024 * 1024);
    dataset.relationshipTypes[0]!.label = "T".repeat(1000);
    const elements = toElements(indexDataset(dataset));
    const labels = elements.map((element) => String(element.data.label));
    expect(Math.max(...labels.map((label) => label.length))).toBe(CANVAS_LABEL_CHARS);
    expect(labels[0]).toBe(`${"L".repeat(CANVAS_LABEL_CHARS - 1)}…`);
    expect(labels).toContain(smallDataset().nodes[1]!.label);
  });

  it("keeps a surrogate pair whole where it cuts", () => {
    const dataset = smallDataset();
    // The cut falls between the two halves of the first emoji: it goes whole.
    dataset.nodes[0]!.label = `${"a".repeat(CANVAS_LABEL_CHARS - 2)}😀😀😀`;
    const label = String(toElements(indexDataset(dataset))[0]!.data.label);
    expect(label).toBe(`${"a".repeat(CANVAS_LABEL_CHARS - 2)}…`);
  });

  it("sizes 150,000 actors without spreading them into one call", () => {
    const ids = Array.from({ length: 150_000 }, (_, i) => `n-${i}`);
    const index = indexDataset(graphDataset(ids, [["e-0", "n-0", "n-1", "links"]]));
    const elements = toElements(index);
    expect(elements).toHaveLength(150_001);
    expect(elements[0]!.data.size).toBeGreaterThan(elements[2]!.data.size as number);
  });
});

describe("actor sizes", () => {
  const index = indexDataset(smallDataset());
  const sizeOf = (values?: ReadonlyMap<string, number> | null) =>
    Object.fromEntries(
      toElements(index, undefined, undefined, values)
        .filter((e) => e.group === "nodes")
        .map((e) => [String(e.data.id), Number(e.data.size)]),
    );

  it.each<[string, ReadonlyMap<string, number> | null, Record<string, number>]>([
    // By relationships in the dataset: the Quds Force has 3 of the most (3), ISIS 1.
    ["relationships in the dataset", null, { "quds-force": 58, isis: 43 }],
    // By a measure: the largest value is the largest size, zero (or no value) the smallest.
    [
      "a measure",
      new Map([
        ["quds-force", 0.5],
        ["hezbollah", 0.125],
        ["isis", 0],
      ]),
      { "quds-force": 58, hezbollah: 40, isis: 22, "united-states": 22 },
    ],
  ])("by %s", (_, values, expected) => {
    expect(sizeOf(values)).toMatchObject(expected);
  });
});
