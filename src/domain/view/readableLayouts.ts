/**
 * Concentric and hierarchy placements sized by the actors' label boxes, so that the whole drawing fits
 * the canvas at a zoom where labels can still be read.
 *
 * Cytoscape's own concentric layout puts every actor of one degree on one ring (the 25 actors with a
 * single relationship make a ring 1,000 units across), and its breadth-first layout puts every actor of
 * one level on one row (one hub's 30 neighbours make a row 4,000 units wide): fitted to a laptop's
 * canvas, both are drawn below the size at which labels are shown. Here rings hold only as many
 * actors as their circumference has room for, and a wide level wraps onto as many rows as make the
 * drawing's shape match the canvas. Both are packed by typical box sizes, then nudged by
 * separateBoxes until no two boxes overlap (for the few hundred actors a reader reads one by one).
 * Pure: boxes in, places out.
 */
import { MAX_FIT_ZOOM } from "./fit";
import { separateBoxes, type LabelledBox } from "./labelSpacing";

export type Place = { x: number; y: number };

/** Above this many actors the nudging (quadratic) is skipped: nobody reads that many labels at once. */
const NUDGE_MAX_ACTORS = 400;

function nudgedApart(actors: readonly PlacedActor[], places: Map<string, Place>): Map<string, Place> {
  if (actors.length > NUDGE_MAX_ACTORS) return places;
  return separateBoxes(
    actors.map((a) => ({ id: a.id, box: a.box, ...places.get(a.id)! })),
    GAP / 2,
  );
}

/** An actor to place: its box of shape and label (from labelSpacing), and how central it is. */
export interface PlacedActor extends Pick<LabelledBox, "id" | "box"> {
  /** Higher goes nearer the centre (concentric) or decides the root (hierarchy): its degree. */
  weight: number;
  /** Ties between equal weights are broken by this (a label), so the picture is the same every time. */
  name: string;
}

export interface Canvas {
  width: number;
  height: number;
}

/** Space kept between two actors' boxes, in model units. */
const GAP = 14;

const widthOf = (a: PlacedActor) => a.box.right - a.box.left;
const heightOf = (a: PlacedActor) => a.box.bottom - a.box.top;

/** The value below which `share` of the values lie: the typical box, not the one outlier. */
function quantile(values: readonly number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

const byWeightThenName = (a: PlacedActor, b: PlacedActor) =>
  b.weight - a.weight || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/**
 * Rings around the most connected actor: the most connected nearest the centre, each ring holding as
 * many actors as fit along it without their boxes touching (a box needs about its diagonal of arc,
 * the worst case, half-way between stacking side by side and one above the other). Alternate rings
 * are turned half a step so that actors of neighbouring rings do not line up.
 */
export function concentricPlaces(actors: readonly PlacedActor[]): Map<string, Place> {
  const ordered = [...actors].sort(byWeightThenName);
  const places = new Map<string, Place>();
  if (ordered.length === 0) return places;
  const cellWidth = quantile(ordered.map(widthOf), 0.75) + GAP;
  const cellHeight = quantile(ordered.map(heightOf), 0.75) + GAP;
  const arc = Math.hypot(cellWidth, cellHeight) * 0.8;
  const ringGap = (cellWidth + cellHeight) / 2 + GAP;
  // The centre box is offset (its label hangs below), so it is centred on its whole box.
  const [centre, ...rest] = ordered;
  places.set(centre!.id, { x: 0, y: -(centre!.box.top + centre!.box.bottom) / 2 });
  let next = 0;
  for (let ring = 1; next < rest.length; ring++) {
    const radius = ring * ringGap;
    const room = Math.max(1, Math.floor((2 * Math.PI * radius) / arc));
    const onRing = rest.slice(next, next + room);
    next += onRing.length;
    const step = (2 * Math.PI) / onRing.length;
    const turn = -Math.PI / 2 + (ring % 2 === 0 ? step / 2 : 0);
    onRing.forEach((actor, i) => {
      const angle = turn + i * step;
      places.set(actor.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return nudgedApart(ordered, places);
}

export interface Link {
  source: string;
  target: string;
}

/** Each actor's level: its distance from the root of its part of the graph (relationships either way). */
function levelsFrom(actors: readonly PlacedActor[], links: readonly Link[], root: string | null) {
  const neighbours = new Map<string, string[]>(actors.map((a) => [a.id, []]));
  for (const { source, target } of links) {
    if (!neighbours.has(source) || !neighbours.has(target) || source === target) continue;
    neighbours.get(source)!.push(target);
    neighbours.get(target)!.push(source);
  }
  const level = new Map<string, number>();
  // The chosen root first, then the most connected actor of each part not reached yet.
  const candidates = [...actors].sort(byWeightThenName).map((a) => a.id);
  if (root && neighbours.has(root)) candidates.unshift(root);
  for (const start of candidates) {
    if (level.has(start)) continue;
    level.set(start, 0);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i]!;
      for (const n of neighbours.get(id)!) {
        if (level.has(n)) continue;
        level.set(n, level.get(id)! + 1);
        queue.push(n);
      }
    }
  }
  return { level, neighbours };
}

/**
 * A tree read from the top: the root (the chosen actor, else the most connected) on the first row,
 * each next level below. A level wider than the canvas wraps onto several rows; how many actors a row
 * holds is chosen so that the drawing, fitted to the canvas, is as large as it can be. Within a level,
 * actors sit under the mean place of their neighbours above (fewer crossing lines).
 */
export function hierarchyPlaces(
  actors: readonly PlacedActor[],
  links: readonly Link[],
  canvas: Canvas,
  root: string | null = null,
): Map<string, Place> {
  const places = new Map<string, Place>();
  if (actors.length === 0) return places;
  const { level, neighbours } = levelsFrom(actors, links, root);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const levels: PlacedActor[][] = [];
  for (const actor of [...actors].sort(byWeightThenName)) (levels[level.get(actor.id)!] ??= []).push(actor);
  const cellWidth = quantile(actors.map(widthOf), 0.9) + GAP;
  const rowHeight = quantile(actors.map(heightOf), 0.9) + GAP;
  const perRow = bestRowLength(
    levels.map((l) => l.length),
    cellWidth,
    rowHeight,
    canvas,
  );
  // Order each level under its neighbours in the level above (their slot numbers, averaged).
  const slot = new Map<string, number>();
  let y = 0;
  levels.forEach((members, depth) => {
    const ordered =
      depth === 0
        ? members
        : [...members]
            .map((actor) => {
              const above = neighbours.get(actor.id)!.filter((n) => level.get(n) === depth - 1);
              const mean = above.reduce((sum, n) => sum + slot.get(n)!, 0) / Math.max(above.length, 1);
              return { actor, mean };
            })
            .sort((a, b) => a.mean - b.mean || byWeightThenName(a.actor, b.actor))
            .map(({ actor }) => actor);
    const rows = Math.ceil(ordered.length / perRow);
    for (let row = 0; row < rows; row++) {
      const inRow = ordered.slice(row * perRow, (row + 1) * perRow);
      inRow.forEach((actor, i) => {
        // Slots are fractions of the widest row, so the level below can be ordered under this one.
        const x = (i - (inRow.length - 1) / 2) * cellWidth;
        slot.set(actor.id, x);
        places.set(actor.id, { x, y: y - byId.get(actor.id)!.box.top });
      });
      y += rowHeight;
    }
    y += GAP * 2;
  });
  return nudgedApart(actors, places);
}

/** The row length that lets the drawing be fitted to the canvas at the largest zoom. */
function bestRowLength(levelSizes: readonly number[], cellWidth: number, rowHeight: number, canvas: Canvas) {
  const widest = Math.max(1, ...levelSizes);
  let best = { perRow: widest, zoom: -Infinity };
  for (let perRow = 1; perRow <= widest; perRow++) {
    const rows = levelSizes.reduce((sum, size) => sum + Math.ceil(size / perRow), 0);
    const width = Math.min(perRow, widest) * cellWidth;
    const height = rows * rowHeight + (levelSizes.length - 1) * GAP * 2;
    // A fit never zooms in past MAX_FIT_ZOOM: among rows that reach it, the longest reads most like a tree.
    const zoom = Math.min(canvas.width / width, canvas.height / height, MAX_FIT_ZOOM);
    if (zoom >= best.zoom - 1e-9) best = { perRow, zoom };
  }
  return best.perRow;
}

/** An actor on the circle: its size, the width of its one-line label, and what orders the ring. */
export interface CircleActor {
  id: string;
  name: string;
  type: string;
  size: number;
  labelWidth: number;
}

/** Where a circle actor's label goes: turned along its ray, its centre this far from the actor's. */
export interface RadialLabel {
  /** Radians, clockwise; labels on the left half are turned half a turn more so they read upright. */
  angle: number;
  dx: number;
  dy: number;
}

/** A one-line label's height at the canvas's 15 px font, and the room kept between two on the ring. */
const LABEL_LINE = 18;
const LABEL_GAP = 6;
/** Labels longer than this are cut with "…" on the circle (the style's text-max-width). */
export const RADIAL_LABEL_MAX_WIDTH = 170;

/**
 * Actors on one ring, grouped by type and ordered by name, each label pointing away from the centre
 * along its actor's ray (as in a chord diagram). Neighbouring labels then sit side by side only by
 * their height, not their width, so the ring needs about a line of arc per actor: 47 actors make a
 * ring 360 units across instead of the 4,000 that labels set below their actors need.
 */
export function circlePlaces(actors: readonly CircleActor[]): Map<string, Place & { label: RadialLabel }> {
  const ordered = [...actors].sort(
    (a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  const places = new Map<string, Place & { label: RadialLabel }>();
  const count = ordered.length;
  if (count === 0) return places;
  // Each actor takes the arc its label's line (or its shape, if larger) needs, plus a gap: a large
  // hub does not widen the ring for every small actor.
  const arcs = ordered.map((a) => Math.max(LABEL_LINE, a.size) + LABEL_GAP);
  const total = arcs.reduce((sum, arc) => sum + arc, 0);
  const radius = count === 1 ? 0 : Math.max(...ordered.map((a) => a.size), total / (2 * Math.PI));
  let along = 0;
  ordered.forEach((actor, i) => {
    const angle = -Math.PI / 2 + ((along + arcs[i]! / 2) / total) * 2 * Math.PI;
    along += arcs[i]!;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const reach = actor.size / 2 + LABEL_GAP + Math.min(actor.labelWidth, RADIAL_LABEL_MAX_WIDTH) / 2;
    const upright = cos >= -1e-9 ? angle : angle + Math.PI;
    // One or two actors make no ring to read around: their labels stay level, below them.
    const label =
      count < 3
        ? { angle: 0, dx: 0, dy: actor.size / 2 + LABEL_GAP + LABEL_LINE / 2 }
        : { angle: upright, dx: reach * cos, dy: reach * sin };
    places.set(actor.id, { x: radius * cos, y: radius * sin, label });
  });
  return places;
}
