import { describe, expect, it } from "vitest";
import { fitViewport } from "../../../src/domain/view/fit";
import {
  circlePlaces,
  concentricPlaces,
  type CircleActor,
  hierarchyPlaces,
  type Link,
  type Place,
  type PlacedActor,
} from "../../../src/domain/view/readableLayouts";

// A shape of 30 with a two-line label below it, as the canvas measures the bundled actors.
const box = { left: -55, top: -15, right: 55, bottom: 55 };
const actor = (id: string, weight = 1): PlacedActor => ({ id, box, weight, name: id });

function overlappingPairs(actors: readonly PlacedActor[], places: Map<string, Place>): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < actors.length; i++)
    for (let j = i + 1; j < actors.length; j++) {
      const [a, b] = [actors[i]!, actors[j]!];
      const [p, q] = [places.get(a.id)!, places.get(b.id)!];
      const apart =
        p.x + a.box.right <= q.x + b.box.left ||
        q.x + b.box.right <= p.x + a.box.left ||
        p.y + a.box.bottom <= q.y + b.box.top ||
        q.y + b.box.bottom <= p.y + a.box.top;
      if (!apart) pairs.push(`${a.id}/${b.id}`);
    }
  return pairs;
}

function drawingBox(actors: readonly PlacedActor[], places: Map<string, Place>) {
  const xs = actors.flatMap((a) => [places.get(a.id)!.x + a.box.left, places.get(a.id)!.x + a.box.right]);
  const ys = actors.flatMap((a) => [places.get(a.id)!.y + a.box.top, places.get(a.id)!.y + a.box.bottom]);
  return { x1: Math.min(...xs), x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys) };
}

/** A hub with `leaves` actors of one relationship each, and a few in between: the bundled shape. */
function star(leaves: number) {
  const actors = [actor("hub", leaves + 4), ...["m1", "m2", "m3", "m4"].map((id) => actor(id, 4))];
  const links: Link[] = ["m1", "m2", "m3", "m4"].map((id) => ({ source: "hub", target: id }));
  for (let i = 0; i < leaves; i++) {
    actors.push(actor(`leaf${String(i).padStart(2, "0")}`, 1));
    links.push({ source: i % 2 ? "hub" : `m${(i % 4) + 1}`, target: `leaf${String(i).padStart(2, "0")}` });
  }
  return { actors, links };
}

const laptopCanvas = { width: 636, height: 588 };

describe("concentric places", () => {
  it.each([0, 1, 2, 7, 47, 300])("%i actors: none overlap, the most connected in the middle", (count) => {
    const actors = Array.from({ length: count }, (_, i) => actor(`a${i}`, count - i));
    const places = concentricPlaces(actors);
    expect(places.size).toBe(count);
    expect(overlappingPairs(actors, places)).toEqual([]);
    if (count === 0) return;
    const distance = (id: string) => Math.hypot(places.get(id)!.x, places.get(id)!.y + 20);
    const distances = actors.map((a) => distance(a.id));
    // Rings fill from the inside: the most connected in the middle, and less connected actors never a
    // ring nearer the centre than more connected ones (within a ring, nudging moves them a little).
    expect(Math.min(...distances)).toBe(distances[0]);
    const halfARing = 60;
    for (let i = 1; i < distances.length; i++)
      expect(distances[i]!).toBeGreaterThan(Math.max(...distances.slice(0, i)) - halfARing);
  });

  it("fits 47 actors on a laptop's canvas at a zoom where labels are shown (not one ring of leaves)", () => {
    const { actors } = star(42);
    const view = fitViewport(drawingBox(actors, concentricPlaces(actors)), laptopCanvas, 0)!;
    // Labels are 15 px at zoom 1 and hidden below 6 px on screen.
    expect(view.zoom * 15).toBeGreaterThan(6);
  });

  it("is the same every time and does not depend on the order actors come in", () => {
    const { actors } = star(20);
    const once = concentricPlaces(actors);
    expect(concentricPlaces([...actors].reverse())).toEqual(once);
  });
});

describe("hierarchy places", () => {
  it("puts the most connected actor on top and each level below the one before", () => {
    const { actors, links } = star(30);
    const places = hierarchyPlaces(actors, links, laptopCanvas);
    const y = (id: string) => places.get(id)!.y;
    expect(Math.min(...actors.map((a) => y(a.id)))).toBe(y("hub"));
    for (const m of ["m1", "m2", "m3", "m4"]) expect(y(m)).toBeGreaterThan(y("hub"));
    // Leaves hanging from m1..m4 (level 2) come below every actor of level 1.
    const levelOne = Math.max(...["m1", "m2", "m3", "m4", "leaf01", "leaf03"].map(y));
    expect(y("leaf00")).toBeGreaterThan(levelOne);
    expect(overlappingPairs(actors, places)).toEqual([]);
  });

  it("starts from the chosen root", () => {
    const { actors, links } = star(10);
    const places = hierarchyPlaces(actors, links, laptopCanvas, "leaf00");
    expect(Math.min(...actors.map((a) => places.get(a.id)!.y))).toBe(places.get("leaf00")!.y);
    expect(actors.filter((a) => places.get(a.id)!.y === places.get("leaf00")!.y)).toHaveLength(1);
  });

  it("wraps a wide level onto rows so the drawing fits the canvas far larger than one long row", () => {
    const { actors, links } = star(30);
    const places = hierarchyPlaces(actors, links, laptopCanvas);
    const wrapped = fitViewport(drawingBox(actors, places), laptopCanvas, 0)!.zoom;
    const oneRowWidth = 30 * (box.right - box.left);
    expect(wrapped).toBeGreaterThan(2 * (laptopCanvas.width / oneRowWidth));
    expect(wrapped * 15).toBeGreaterThan(6);
  });

  it("gives each part of a disconnected graph its own root, and places lone actors too", () => {
    const actors = [
      actor("a", 2),
      actor("b", 1),
      actor("c", 1),
      actor("x", 1),
      actor("y", 1),
      actor("lone", 0),
    ];
    const links: Link[] = [
      { source: "a", target: "b" },
      { source: "a", target: "c" },
      { source: "x", target: "y" },
      { source: "x", target: "ghost" },
    ];
    const places = hierarchyPlaces(actors, links, laptopCanvas);
    expect(places.size).toBe(actors.length);
    expect(places.get("a")!.y).toBe(places.get("x")!.y);
    expect(places.get("b")!.y).toBeGreaterThan(places.get("a")!.y);
    expect(overlappingPairs(actors, places)).toEqual([]);
  });

  it("keeps a small tree on few rows (it does not wrap what already fits)", () => {
    const { actors, links } = star(4);
    const places = hierarchyPlaces(actors, links, { width: 1600, height: 900 });
    const rows = new Set(actors.map((a) => places.get(a.id)!.y));
    expect(rows.size).toBe(3);
  });
});

describe("circle places", () => {
  const circleActor = (id: string, type = "t", size = 30, labelWidth = 120): CircleActor => ({
    id,
    name: id,
    type,
    size,
    labelWidth,
  });
  const ring = Array.from({ length: 47 }, (_, i) =>
    circleActor(`a${String(i).padStart(2, "0")}`, i % 3 ? "state" : "group", i === 0 ? 60 : 30),
  );

  it("puts every actor on one ring, grouped by type, its label along its ray pointing away", () => {
    const places = circlePlaces(ring);
    const radii = ring.map((a) => Math.hypot(places.get(a.id)!.x, places.get(a.id)!.y));
    for (const r of radii) expect(r).toBeCloseTo(radii[0]!, 6);
    for (const actor of ring) {
      const { x, y, label } = places.get(actor.id)!;
      // The label's centre lies further out on the same ray.
      expect(label.dx * x + label.dy * y).toBeGreaterThan(0);
      expect(Math.abs(label.dx * y - label.dy * x)).toBeLessThan(1e-6 * Math.hypot(x, y) * 200);
      // Turned along the ray, and upright: never more than a quarter turn from level.
      expect(Math.abs(Math.sin(label.angle) * x - Math.cos(label.angle) * y)).toBeLessThan(1e-6 * 500);
      expect(Math.cos(label.angle)).toBeGreaterThanOrEqual(-1e-9);
    }
    // Types together: walking round the ring meets each type in one run.
    const order = [...ring].sort(
      (a, b) =>
        Math.atan2(places.get(a.id)!.x, -places.get(a.id)!.y) -
        Math.atan2(places.get(b.id)!.x, -places.get(b.id)!.y),
    );
    const runs = order.filter((a, i) => i === 0 || a.type !== order[i - 1]!.type).length;
    expect(runs).toBeLessThanOrEqual(3);
  });

  it("gives each actor at least a label's line of arc, so turned labels do not touch", () => {
    const places = circlePlaces(ring);
    const angles = ring
      .map((a) => Math.atan2(places.get(a.id)!.y, places.get(a.id)!.x))
      .sort((p, q) => p - q);
    const radius = Math.hypot(places.get("a00")!.x, places.get("a00")!.y);
    for (let i = 1; i < angles.length; i++)
      expect((angles[i]! - angles[i - 1]!) * radius).toBeGreaterThan(18);
  });

  it("fits 47 actors with their labels on a laptop's canvas at a zoom where labels are shown", () => {
    const places = circlePlaces(ring);
    const reach = 30 / 2 + 6 + 170;
    const radius = Math.hypot(places.get("a00")!.x, places.get("a00")!.y) + reach;
    const zoom = Math.min(laptopCanvas.width, laptopCanvas.height) / (2 * radius);
    expect(zoom * 15).toBeGreaterThan(7.5);
  });

  it.each([1, 2])("keeps the labels of %i actor(s) level, below them", (count) => {
    const places = circlePlaces(ring.slice(0, count));
    for (const { label } of places.values()) expect(label).toMatchObject({ angle: 0, dx: 0 });
  });
});
