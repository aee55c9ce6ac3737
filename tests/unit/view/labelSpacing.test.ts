import { describe, expect, it } from "vitest";
import { separateBoxes, spreadUntilApart, type LabelledBox } from "../../../src/domain/view/labelSpacing";

const box = { left: -30, top: -15, right: 30, bottom: 35 };
const at = (id: string, x: number, y: number): LabelledBox => ({ id, x, y, box });
const overlaps = (items: LabelledBox[], places: Map<string, { x: number; y: number }>) => {
  const placed = items.map((i) => ({ ...i, ...places.get(i.id)! }));
  let count = 0;
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++) {
      const [a, b] = [placed[i]!, placed[j]!];
      if (
        a.x + box.left < b.x + box.right &&
        b.x + box.left < a.x + box.right &&
        a.y + box.top < b.y + box.bottom &&
        b.y + box.top < a.y + box.bottom
      )
        count++;
    }
  return count;
};

describe("separateBoxes", () => {
  it.each([
    ["two side by side", [at("a", 0, 0), at("b", 20, 0)]],
    ["two on one spot", [at("a", 0, 0), at("b", 0, 0)]],
    [
      "a tight cluster",
      Array.from({ length: 12 }, (_, i) => at(`n${i}`, (i % 4) * 10, Math.floor(i / 4) * 10)),
    ],
  ])("%s end apart", (_name, items) => {
    expect(overlaps(items, separateBoxes(items))).toBe(0);
  });

  it("leaves boxes that do not overlap where they are", () => {
    const items = [at("a", 0, 0), at("b", 200, 0), at("c", 0, 200)];
    expect(separateBoxes(items)).toEqual(new Map(items.map((i) => [i.id, { x: i.x, y: i.y }])));
  });

  it("is deterministic", () => {
    const items = Array.from({ length: 20 }, (_, i) => at(`n${i}`, (i * 7) % 50, (i * 13) % 50));
    expect(separateBoxes(items)).toEqual(separateBoxes(items));
  });
});

describe("spreadUntilApart (a file's own positions)", () => {
  it.each([
    ["already apart: left as they are", [at("a", 0, 0), at("b", 200, 0), at("c", 0, 200)], 1],
    ["a little tight: spread a little", [at("a", 0, 0), at("b", 55, 0), at("c", 0, 45)], 1.25],
    ["drawn at a tiny scale (Gephi units): spread more", [at("a", 0, 0), at("b", 20, 0), at("c", 0, 20)], 4],
  ])("%s", (_case, items, scale) => {
    const spread = spreadUntilApart(items);
    expect(spread.scale).toBe(scale);
    expect(overlaps(items, spread.positions)).toBe(0);
  });

  it("keeps the picture's shape: every actor moves away from the centre by the same factor", () => {
    const items = [at("a", 0, 0), at("b", 30, 0), at("c", 0, 30), at("d", 30, 30)];
    const { positions, scale } = spreadUntilApart(items);
    expect(scale).toBeGreaterThan(1);
    const centre = { x: 15, y: 15 };
    for (const item of items) {
      const placed = positions.get(item.id)!;
      expect(placed.x - centre.x).toBeCloseTo((item.x - centre.x) * scale, 9);
      expect(placed.y - centre.y).toBeCloseTo((item.y - centre.y) * scale, 9);
    }
  });

  it("pushes apart actors given the same spot, which no scale separates", () => {
    const items = [at("a", 10, 10), at("b", 10, 10), at("c", 100, 10)];
    expect(overlaps(items, spreadUntilApart(items).positions)).toBe(0);
  });
});
