// Where the overview's groups sit: discs with room for their actors, never overlapping, linked ones near.
import { describe, expect, it } from "vitest";
import {
  ACTOR_SPACING,
  discRadius,
  layOutDiscs,
  spiralPlace,
  type Disc,
  type DiscLink,
} from "../../../src/domain/overview/discs";
import { seededRandom } from "../../../src/domain/view/layouts";

const overlapping = (discs: readonly Disc[]) => {
  const pairs: [number, number][] = [];
  for (let i = 0; i < discs.length; i++)
    for (let j = i + 1; j < discs.length; j++) {
      const p = discs[i]!;
      const q = discs[j]!;
      if (Math.hypot(p.x - q.x, p.y - q.y) < p.r + q.r) pairs.push([i, j]);
    }
  return pairs;
};

describe("discRadius and spiralPlace", () => {
  it.each([1, 2, 10, 233, 2000])("a disc for %i actors holds them all, a spacing apart", (actors) => {
    const disc = { x: 100, y: -50, r: discRadius(actors) };
    const places = Array.from({ length: actors }, (_, i) => spiralPlace(disc, i));
    for (const p of places) expect(Math.hypot(p.x - disc.x, p.y - disc.y)).toBeLessThan(disc.r);
    // Neighbours on the sunflower spiral are never on top of each other.
    for (let i = 1; i < Math.min(actors, 200); i++) {
      const nearest = Math.min(
        ...places.slice(0, i).map((q) => Math.hypot(q.x - places[i]!.x, q.y - places[i]!.y)),
      );
      expect(nearest).toBeGreaterThan(ACTOR_SPACING * 0.5);
    }
  });

  it("grows with the number of actors", () => {
    expect(discRadius(1)).toBeLessThanOrEqual(discRadius(100));
    expect(discRadius(100)).toBeLessThan(discRadius(2000));
  });
});

describe("layOutDiscs", () => {
  const random = seededRandom(11);
  const radii = Array.from({ length: 250 }, () => discRadius(1 + Math.floor(random() * 2000))).sort(
    (a, b) => b - a,
  );
  const links: DiscLink[] = Array.from({ length: 600 }, () => ({
    a: Math.floor(random() * radii.length),
    b: Math.floor(random() * radii.length),
    weight: 1 + Math.floor(random() * 50),
  })).filter((l) => l.a !== l.b);

  it("packs a few hundred discs with none overlapping another, each keeping its radius", () => {
    const discs = layOutDiscs(radii, links);
    expect(discs.map((d) => d.r)).toEqual(radii);
    expect(overlapping(discs)).toEqual([]);
  });

  it("is the same every time (expanded groups' actors keep their places)", () => {
    expect(layOutDiscs(radii, links)).toEqual(layOutDiscs(radii, links));
  });

  it("pulls a strongly linked pair closer than the same pair unlinked", () => {
    const few = [200, 150, 120, 100, 90, 80, 70, 60];
    const gap = (discs: Disc[]) => Math.hypot(discs[0]!.x - discs[7]!.x, discs[0]!.y - discs[7]!.y);
    expect(gap(layOutDiscs(few, [{ a: 0, b: 7, weight: 40 }]))).toBeLessThan(gap(layOutDiscs(few, [])));
  });

  it.each<[string, number[]]>([
    ["no groups", []],
    ["one group", [300]],
    ["equal groups", [60, 60, 60, 60]],
  ])("lays out %s", (_name, few) => {
    const discs = layOutDiscs(few, []);
    expect(discs).toHaveLength(few.length);
    expect(overlapping(discs)).toEqual([]);
    for (const d of discs) expect(Number.isFinite(d.x) && Number.isFinite(d.y)).toBe(true);
  });
});
