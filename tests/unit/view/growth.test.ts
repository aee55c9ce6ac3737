import { describe, expect, it } from "vitest";
import { grewFrom, placeArrivals, type Link } from "../../../src/domain/view/growth";

const placed = new Map([
  ["hub", { x: 0, y: 0 }],
  ["far", { x: 1000, y: 0 }],
]);

describe("grewFrom", () => {
  it.each([
    [["a", "b"], ["a", "b", "c"], true],
    [["a", "b"], ["a", "b"], true],
    [["a", "b"], ["a", "c"], false],
    [[], ["a"], true],
  ])("%j -> %j grew: %s", (before, after, grew) => {
    expect(grewFrom(before, new Set(after))).toBe(grew);
  });
});

describe("placeArrivals", () => {
  it("places an expanded actor's new neighbours around it, none on top of another", () => {
    const arriving = Array.from({ length: 500 }, (_, i) => `n${i}`);
    const links: Link[] = arriving.map((id) => ({ source: "hub", target: id }));
    const places = placeArrivals(placed, arriving, links);
    expect([...places.keys()].sort()).toEqual([...arriving].sort());
    const points = [...places.values()];
    // Around the hub: a disc centred on it, growing with how many arrive.
    const centre = points.reduce((c, p) => ({ x: c.x + p.x / 500, y: c.y + p.y / 500 }), { x: 0, y: 0 });
    expect(Math.hypot(centre.x, centre.y)).toBeLessThan(40);
    expect(Math.max(...points.slice(0, 10).map((p) => Math.hypot(p.x, p.y)))).toBeLessThan(250);
    // The spiral keeps them apart: the closest pair is well over an actor's size apart.
    let closest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        closest = Math.min(closest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    expect(closest).toBeGreaterThan(30);
  });

  it("fans a second hop out from the first: an arrival related only to arrivals goes around its neighbour", () => {
    const links: Link[] = [
      { source: "far", target: "first" },
      { source: "first", target: "second" },
    ];
    const places = placeArrivals(placed, ["second", "first"], links);
    const first = places.get("first")!;
    const second = places.get("second")!;
    expect(Math.hypot(first.x - 1000, first.y)).toBeLessThan(100);
    expect(Math.hypot(second.x - first.x, second.y - first.y)).toBeLessThan(100);
  });

  it("places arrivals related to nothing placed around the middle, and leaves placed actors alone", () => {
    const places = placeArrivals(placed, ["alone"], []);
    expect(places.has("hub")).toBe(false);
    expect(Math.hypot(places.get("alone")!.x - 500, places.get("alone")!.y)).toBeLessThan(100);
  });
});
