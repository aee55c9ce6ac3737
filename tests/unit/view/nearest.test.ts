import { describe, expect, it } from "vitest";
import {
  centralActor,
  nearestInDirection,
  stepThrough,
  type Direction,
} from "../../../src/domain/view/nearest";
import { canvasDescription, selectionAnnouncement } from "../../../src/domain/view/announcements";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { smallDataset } from "../../fixtures/smallDataset";

//        a(0,-100)
// w(-100,0)   c(0,0)   e(100,0)   far(300,-20)
//        s(0,100)    se(60,140)
const positions = new Map([
  ["c", { x: 0, y: 0 }],
  ["a", { x: 0, y: -100 }],
  ["w", { x: -100, y: 0 }],
  ["e", { x: 100, y: 0 }],
  ["far", { x: 300, y: -20 }],
  ["s", { x: 0, y: 100 }],
  ["se", { x: 60, y: 140 }],
]);
const at = (id: string) => positions.get(id)!;

describe("nearestInDirection", () => {
  it.each<[string, Direction, string | null]>([
    ["c", "right", "e"],
    ["c", "left", "w"],
    ["c", "up", "a"],
    ["c", "down", "s"],
    ["e", "right", "far"],
    ["far", "right", null], // nothing further right
    ["w", "left", null],
    ["s", "right", "se"], // level-ish beats far above
    ["a", "down", "c"],
    ["se", "up", "s"], // s (40 up, 60 left: 160) beats e (140 up, 40 right: 220)
  ])("from %s going %s: %s", (from, direction, expected) => {
    expect(nearestInDirection(at(from), positions, direction, from)).toBe(expected);
  });

  it("ties go to the smaller id, and an empty drawing has no neighbour", () => {
    const twins = new Map([
      ["b", { x: 10, y: 5 }],
      ["a", { x: 10, y: -5 }],
    ]);
    expect(nearestInDirection({ x: 0, y: 0 }, twins, "right")).toBe("a");
    expect(nearestInDirection({ x: 0, y: 0 }, new Map(), "right")).toBeNull();
  });
});

describe("centralActor", () => {
  it.each<[string, Map<string, { x: number; y: number }>, string | null]>([
    [
      "the one nearest the middle",
      new Map([...positions].filter(([id]) => id !== "far" && id !== "se")),
      "c",
    ],
    ["nothing drawn", new Map(), null],
    ["a single actor", new Map([["x", { x: 5, y: 5 }]]), "x"],
  ])("%s", (_name, drawn, expected) => {
    expect(centralActor(drawn)).toBe(expected);
  });
});

describe("stepThrough", () => {
  it.each<[string | undefined, boolean, string | undefined]>([
    [undefined, false, "r1"],
    [undefined, true, "r3"],
    ["r1", false, "r2"],
    ["r3", false, "r1"], // wraps
    ["r1", true, "r3"], // wraps backwards
    ["gone", false, "r1"],
  ])("from %s (backwards: %s): %s", (current, backwards, expected) => {
    expect(stepThrough(["r1", "r2", "r3"], current, backwards)).toBe(expected);
  });

  it("has nothing to step through in an empty list", () => {
    expect(stepThrough([], undefined, false)).toBeUndefined();
  });
});

describe("announcements", () => {
  const index = indexDataset(smallDataset());
  const node = smallDataset().nodes[0]!;
  const edge = smallDataset().edges[0]!;
  const relationships = index.edgesByNode.get(node.id)!.length;

  it.each<[string, Parameters<typeof selectionAnnouncement>[1], RegExp]>([
    ["nothing", null, /^$/],
    [
      "an actor",
      { kind: "node", id: node.id },
      new RegExp(`^${node.label} selected: ${relationships} relationships?$`),
    ],
    ["several actors", { kind: "node", id: node.id, also: ["x", "y"] }, /^3 actors selected$/],
    ["a relationship", { kind: "edge", id: edge.id }, /^Relationship selected: .+ .+ .+$/],
    ["an unknown id", { kind: "node", id: "nobody" }, /^$/],
  ])("%s", (_name, selection, expected) => {
    expect(selectionAnnouncement(index, selection)).toMatch(expected);
  });

  it("describes the canvas with its counts", () => {
    expect(canvasDescription("Quds", 47, 1)).toMatch(
      /^Network of 47 actors and 1 relationship shown, from “Quds”/,
    );
  });
});
