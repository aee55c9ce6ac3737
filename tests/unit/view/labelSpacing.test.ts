import { describe, expect, it } from "vitest";
import { separateBoxes, type LabelledBox } from "../../../src/domain/view/labelSpacing";

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
