/**
 * Moving through the drawing by arrow keys: which actor lies nearest in a direction from another,
 * and where to start when none is selected. Positions are the canvas's (y grows downwards).
 */
export type Direction = "left" | "right" | "up" | "down";

export interface Point {
  x: number;
  y: number;
}

/** Distance along the direction and off it, for a step of (dx, dy). */
function components(dx: number, dy: number, direction: Direction): { along: number; across: number } {
  switch (direction) {
    case "right":
      return { along: dx, across: Math.abs(dy) };
    case "left":
      return { along: -dx, across: Math.abs(dy) };
    case "down":
      return { along: dy, across: Math.abs(dx) };
    case "up":
      return { along: -dy, across: Math.abs(dx) };
  }
}

/**
 * The actor nearest to `from` in `direction`, or null when none lies that way. Only actors ahead
 * count (strictly further along); drifting sideways costs twice as much as going ahead, so "right"
 * prefers the actor level with this one to a closer one far above it. Ties go to the smaller id.
 */
export function nearestInDirection(
  from: Point,
  positions: ReadonlyMap<string, Point>,
  direction: Direction,
  exclude?: string,
): string | null {
  let best: { id: string; score: number } | null = null;
  for (const [id, point] of positions) {
    if (id === exclude) continue;
    const { along, across } = components(point.x - from.x, point.y - from.y, direction);
    if (along <= 0) continue;
    const score = along + 2 * across;
    if (!best || score < best.score || (score === best.score && id < best.id)) best = { id, score };
  }
  return best?.id ?? null;
}

/** Where arrow keys start when nothing is selected: the actor nearest the middle of the drawing. */
export function centralActor(positions: ReadonlyMap<string, Point>): string | null {
  if (positions.size === 0) return null;
  let sx = 0;
  let sy = 0;
  for (const p of positions.values()) {
    sx += p.x;
    sy += p.y;
  }
  const centre = { x: sx / positions.size, y: sy / positions.size };
  let best: { id: string; distance: number } | null = null;
  for (const [id, p] of positions) {
    const distance = Math.hypot(p.x - centre.x, p.y - centre.y);
    if (!best || distance < best.distance || (distance === best.distance && id < best.id))
      best = { id, distance };
  }
  return best?.id ?? null;
}

/** The next (or previous) item after `current` in `items`, wrapping; the first (or last) when `current` is absent. */
export function stepThrough<T>(
  items: readonly T[],
  current: T | undefined,
  backwards: boolean,
): T | undefined {
  if (items.length === 0) return undefined;
  const at = current === undefined ? -1 : items.indexOf(current);
  if (at < 0) return backwards ? items.at(-1) : items[0];
  return items[(at + (backwards ? -1 : 1) + items.length) % items.length];
}
