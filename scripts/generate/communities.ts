/**
 * The shape of the network: actors grouped in communities of about 20-200 that hold most of the
 * relationships, a few hubs in each (its first members), and where to find a member of a given type
 * when a relationship needs one. Also the saved positions of the positioned variant. Node types are
 * indexes into the vocabulary, as in the `Plan`.
 */
import { randomInt, pick, type Random } from "./random";
import type { Plan } from "./rules";

/** Members 0..HUBS-1 of each community are its hubs: its main group, its leader and its patron. */
const HUBS = 3;
/** How often a relationship's end is one of its community's hubs (what gives hubs their degree). */
const HUB_SHARE = 0.3;
const MIN_COMMUNITY = 20;
const MAX_COMMUNITY = 200;

/** Every actor's community, rank in it (0 = first member) and node type, by actor index. */
export interface Actors {
  sizes: number[];
  community: number[];
  rank: number[];
  type: number[];
}

export function makeActors(random: Random, count: number, plan: Plan): Actors {
  const actors: Actors = { sizes: communitySizes(random, count), community: [], rank: [], type: [] };
  actors.sizes.forEach((size, c) => {
    for (let rank = 0; rank < size; rank++) {
      actors.community.push(c);
      actors.rank.push(rank);
      actors.type.push((plan.communityCore[rank] ?? plan.pickNodeType)(random));
    }
  });
  ensureEveryType(actors, plan);
  return actors;
}

/** Community sizes: mostly small, a few large; a remainder too small to stand alone joins the last one. */
function communitySizes(random: Random, actors: number): number[] {
  const sizes: number[] = [];
  for (let left = actors; left > 0;) {
    const size = Math.min(
      left,
      MIN_COMMUNITY + Math.floor((MAX_COMMUNITY - MIN_COMMUNITY) * random() ** 2.2),
    );
    sizes.push(size);
    left -= size;
  }
  const last = sizes.at(-1)!;
  if (sizes.length > 1 && last < MIN_COMMUNITY) {
    sizes.pop();
    sizes[sizes.length - 1]! += last;
  }
  return sizes;
}

/** Gives each node type missing from the actors one actor (an ordinary member, never a core one), when there is room. */
function ensureEveryType({ type: types, rank }: Actors, plan: Plan): void {
  const counts = plan.nodeTypes.map(() => 0);
  for (const type of types) counts[type]!++;
  const core = plan.communityCore.length;
  let candidate = types.length - 1;
  const replaceable = (i: number) => rank[i]! >= core && counts[types[i]!]! >= 2;
  counts.forEach((count, type) => {
    if (count > 0) return;
    while (candidate >= 0 && !replaceable(candidate)) candidate--;
    if (candidate < 0) return;
    counts[types[candidate]!]!--;
    counts[type] = 1;
    types[candidate] = type;
    candidate--;
  });
}

/** Finds a member of an allowed node type (`mask`, by type index); -1 when there is none. */
export interface MemberFinder {
  /** In community `c`, preferring its hubs now and then. */
  inCommunity(c: number, mask: boolean[]): number;
  anywhere(mask: boolean[]): number;
}

export function memberFinder(random: Random, actors: Actors, typeCount: number): MemberFinder {
  const byType = () => Array.from({ length: typeCount }, (): number[] => []);
  const byCommunity = actors.sizes.map(byType);
  const hubs = actors.sizes.map((): number[] => []);
  const everywhere = byType();
  actors.type.forEach((type, i) => {
    const c = actors.community[i]!;
    byCommunity[c]![type]!.push(i);
    everywhere[type]!.push(i);
    if (actors.rank[i]! < HUBS) hubs[c]!.push(i);
  });
  return {
    inCommunity(c, mask) {
      if (random() < HUB_SHARE) {
        const allowed = hubs[c]!.filter((i) => mask[actors.type[i]!]);
        if (allowed.length > 0) return pick(random, allowed);
      }
      return pickByType(random, byCommunity[c]!, mask);
    },
    anywhere: (mask) => pickByType(random, everywhere, mask),
  };
}

/** A uniform pick among the members listed under the allowed types; -1 when they list none. */
function pickByType(random: Random, byType: number[][], mask: boolean[]): number {
  let total = 0;
  byType.forEach((members, t) => (total += mask[t] ? members.length : 0));
  if (total === 0) return -1;
  let k = randomInt(random, total);
  for (let t = 0; t < byType.length; t++) {
    const members = byType[t]!;
    if (!mask[t]) continue;
    if (k < members.length) return members[k]!;
    k -= members.length;
  }
  return -1;
}

/** Communities on a grid, each member on a sunflower spiral around its community's centre, hubs in the middle. */
export function layOut(random: Random, sizes: readonly number[]): { x: number; y: number }[] {
  const spacing = 44;
  const cell = 2 * spacing * Math.sqrt(MAX_COMMUNITY * 1.5) + 160;
  const columns = Math.ceil(Math.sqrt(sizes.length));
  const golden = Math.PI * (3 - Math.sqrt(5));
  const jitter = (range: number) => (random() - 0.5) * range;
  return sizes.flatMap((size, c) => {
    const cx = (c % columns) * cell + jitter(cell * 0.2);
    const cy = Math.floor(c / columns) * cell + jitter(cell * 0.2);
    const turn = random() * 2 * Math.PI;
    return Array.from({ length: size }, (_, rank) => {
      const radius = spacing * Math.sqrt(rank + 0.5);
      const angle = turn + rank * golden;
      return {
        x: Math.round(cx + radius * Math.cos(angle) + jitter(8)),
        y: Math.round(cy + radius * Math.sin(angle) + jitter(8)),
      };
    });
  });
}
