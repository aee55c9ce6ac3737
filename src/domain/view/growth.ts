/**
 * A dataset that grows from the one drawn (a database expansion adds an actor's neighbours): the
 * actors already drawn keep their places, so the reader's picture does not reshuffle at each step,
 * and each new actor is placed around an actor it is related to that already has a place, on a
 * sunflower spiral (even spacing however many arrive). Pure: places and links in, places out.
 */
export type Place = { x: number; y: number };

export interface Link {
  source: string;
  target: string;
}

/** The golden angle: successive points on the spiral never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** How far the spiral's points are apart, in model units (about an actor and its label). */
const SPACING = 70;

/** Whether `next` holds every actor `previous` held: it grew (or stayed), it is not another dataset. */
export function grewFrom(previous: Iterable<string>, next: ReadonlySet<string>): boolean {
  for (const id of previous) if (!next.has(id)) return false;
  return true;
}

/**
 * Places for the actors in `arriving`: around the first placed actor they are related to (the
 * expanded one, usually), else around the middle of what is placed. Arrivals related only to other
 * arrivals are placed after those, so a two-hop expansion fans out from its first ring.
 */
export function placeArrivals(
  placed: ReadonlyMap<string, Place>,
  arriving: readonly string[],
  links: readonly Link[],
): Map<string, Place> {
  const neighbours = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const { source, target } of links) {
    add(source, target);
    add(target, source);
  }
  // Breadth first from what is placed, through the arrivals: each arrival's anchor is the actor it
  // was reached from. Arrivals not reached at all (related to nothing placed) go around the middle.
  const waiting = new Set(arriving);
  const anchorOf = new Map<string, string | null>();
  const queue = [...placed.keys()];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const n of neighbours.get(id) ?? []) {
      if (!waiting.has(n)) continue;
      waiting.delete(n);
      anchorOf.set(n, id);
      queue.push(n);
    }
  }
  for (const id of arriving) if (waiting.has(id)) anchorOf.set(id, null);
  const known = new Map(placed);
  const middle = centreOf(placed);
  const taken = new Map<string, number>();
  const out = new Map<string, Place>();
  for (const [id, anchor] of anchorOf) {
    const centre = anchor ? known.get(anchor)! : middle;
    const k = taken.get(anchor ?? "") ?? 0;
    taken.set(anchor ?? "", k + 1);
    const radius = SPACING * Math.sqrt(k + 1);
    const place = {
      x: centre.x + radius * Math.cos(k * GOLDEN_ANGLE),
      y: centre.y + radius * Math.sin(k * GOLDEN_ANGLE),
    };
    out.set(id, place);
    known.set(id, place);
  }
  return out;
}

function centreOf(places: ReadonlyMap<string, Place>): Place {
  if (places.size === 0) return { x: 0, y: 0 };
  let [x, y] = [0, 0];
  for (const p of places.values()) [x, y] = [x + p.x, y + p.y];
  return { x: x / places.size, y: y / places.size };
}
