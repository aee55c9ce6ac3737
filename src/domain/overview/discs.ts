/**
 * Where the overview's groups sit: each group is a disc with room for all its actors (so expanding
 * one places them inside it and nothing else has to move), and the discs are packed without
 * overlapping, strongly linked groups pulled close. A small deterministic force simulation: a few
 * hundred discs, so it is quick enough for the worker without a layout library.
 */

export interface Disc {
  x: number;
  y: number;
  r: number;
}

export interface DiscLink {
  a: number;
  b: number;
  /** How many relationships join the two groups. */
  weight: number;
}

/** Model units between neighbouring actors inside an expanded group (actors are 22-58 units wide). */
export const ACTOR_SPACING = 34;
const MIN_RADIUS = 60;
/** Space kept between two discs' rims. */
const GAP = 40;
const ITERATIONS = 260;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** A disc's radius: its actors placed on a sunflower spiral, ACTOR_SPACING apart, fit inside. */
export function discRadius(actors: number): number {
  return Math.max(MIN_RADIUS, Math.round(ACTOR_SPACING * Math.sqrt(actors) + ACTOR_SPACING));
}

/** The i-th of a group's actors, on a sunflower spiral around the disc's centre (0 at the centre). */
export function spiralPlace(disc: Disc, i: number): { x: number; y: number } {
  const radius = ACTOR_SPACING * Math.sqrt(i + 0.5);
  const angle = i * GOLDEN_ANGLE;
  return { x: disc.x + radius * Math.cos(angle), y: disc.y + radius * Math.sin(angle) };
}

/**
 * Discs (largest first in `radii`, as the grouping orders them) start on a spiral, are pulled
 * together along their links, and pushed apart wherever two overlap; a last pass only separates.
 */
export function layOutDiscs(radii: readonly number[], links: readonly DiscLink[]): Disc[] {
  const discs = startingDiscs(radii);
  const maxWeight = links.reduce((m, l) => Math.max(m, l.weight), 1);
  for (let step = 0; step < ITERATIONS; step++) {
    const cooling = 1 - step / ITERATIONS;
    attract(discs, links, maxWeight, 0.05 * cooling);
    pullToCentre(discs, 0.01 * cooling);
    separate(discs);
  }
  for (let pass = 0; pass < 50 && separate(discs); pass++);
  moveOutUntilClear(discs);
  return discs.map((d) => ({ x: Math.round(d.x), y: Math.round(d.y), r: d.r }));
}

function startingDiscs(radii: readonly number[]): Disc[] {
  const area = radii.reduce((sum, r) => sum + (r + GAP) ** 2, 0);
  const spread = Math.sqrt(area / Math.max(1, radii.length));
  return radii.map((r, i) => {
    const radius = spread * Math.sqrt(i);
    return { x: radius * Math.cos(i * GOLDEN_ANGLE), y: radius * Math.sin(i * GOLDEN_ANGLE), r };
  });
}

/**
 * Pairwise pushing can jam in a tight pack (two pushes undoing each other), so whatever still
 * overlaps then is settled for certain: largest first, each disc that overlaps one already settled
 * moves straight outwards, away from the centre, until it is clear.
 */
function moveOutUntilClear(discs: Disc[]): void {
  const settled: Disc[] = [];
  const clearOf = (d: Disc) => settled.every((p) => Math.hypot(p.x - d.x, p.y - d.y) >= p.r + d.r + GAP / 2);
  discs.forEach((d, i) => {
    const distance = Math.hypot(d.x, d.y);
    const ux = distance > 0 ? d.x / distance : Math.cos(i);
    const uy = distance > 0 ? d.y / distance : Math.sin(i);
    const step = Math.max(10, d.r / 4);
    while (!clearOf(d)) {
      d.x += ux * step;
      d.y += uy * step;
    }
    settled.push(d);
  });
}

/** Linked discs move towards touching, more for more relationships between them. */
function attract(discs: Disc[], links: readonly DiscLink[], maxWeight: number, strength: number): void {
  for (const { a, b, weight } of links) {
    const p = discs[a]!;
    const q = discs[b]!;
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const distance = Math.hypot(dx, dy) || 1;
    const slack = distance - (p.r + q.r + GAP);
    if (slack <= 0) continue;
    const pull = (strength * slack * Math.sqrt(weight / maxWeight)) / distance;
    // The larger disc moves less.
    const share = q.r / (p.r + q.r);
    p.x += dx * pull * share;
    p.y += dy * pull * share;
    q.x -= dx * pull * (1 - share);
    q.y -= dy * pull * (1 - share);
  }
}

function pullToCentre(discs: Disc[], strength: number): void {
  for (const d of discs) {
    d.x -= d.x * strength;
    d.y -= d.y * strength;
  }
}

/** Pushes overlapping discs apart along the line between them; true if any overlapped. */
function separate(discs: Disc[]): boolean {
  let overlapped = false;
  for (let i = 0; i < discs.length; i++) {
    const p = discs[i]!;
    for (let j = i + 1; j < discs.length; j++) {
      const q = discs[j]!;
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      const least = p.r + q.r + GAP;
      if (Math.abs(dx) >= least || Math.abs(dy) >= least) continue;
      const distance = Math.hypot(dx, dy);
      if (distance >= least) continue;
      overlapped = true;
      // Discs at the same place part along a direction of their own (deterministic).
      const ux = distance > 0 ? dx / distance : Math.cos(i + j);
      const uy = distance > 0 ? dy / distance : Math.sin(i + j);
      const push = least - distance;
      const share = q.r / (p.r + q.r);
      p.x -= ux * push * share;
      p.y -= uy * push * share;
      q.x += ux * push * (1 - share);
      q.y += uy * push * (1 - share);
    }
  }
  return overlapped;
}
