/**
 * What lies behind one actor's measures, for the details panel: its rank among the shown actors
 * ("3rd of 49"), and the cited relationships that make each measure: the relationships a degree
 * counts, a few shortest paths that run through the actor (betweenness), the relationships pointing
 * at it (PageRank) and the community it is grouped with. Everything is read from the shown graph,
 * so it matches the numbers the worker computed on it.
 */
import type { DatasetIndex } from "../dataset/datasetIndex";
import type { GraphEdge } from "../dataset/schema";
import type { MeasureColumns } from "./measures";

export interface Rank {
  /** 1 = highest; actors with the same value share a rank. */
  rank: number;
  of: number;
  tied: boolean;
}

/** Values this close are the same number computed along different paths. */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function rankOf(values: ArrayLike<number>, position: number): Rank {
  const value = values[position] ?? 0;
  let above = 0;
  let equal = 0;
  for (let i = 0; i < values.length; i++) {
    const other = values[i]!;
    if (same(other, value)) equal++;
    else if (other > value) above++;
  }
  return { rank: above + 1, of: values.length, tied: equal > 1 };
}

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
  const ones = n % 10;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : ones === 1 ? "st" : ones === 2 ? "nd" : ones === 3 ? "rd" : "th";
  return `${n.toLocaleString("en")}${suffix}`;
}

/** "3rd of 49", "tied 1st of 49". */
export function describeRank({ rank, of, tied }: Rank): string {
  return `${tied ? "tied " : ""}${ordinal(rank)} of ${of.toLocaleString("en")}`;
}

/** The shown relationships of each shown actor (no self-relationships: they are not measured). */
export class ShownNeighbourhood {
  private readonly shownEdges: ReadonlySet<string>;
  constructor(
    private readonly index: DatasetIndex,
    shownEdgeIds: ReadonlySet<string>,
  ) {
    this.shownEdges = shownEdgeIds;
  }

  edgesOf(actorId: string): GraphEdge[] {
    return (this.index.edgesByNode.get(actorId) ?? []).filter(
      (e) => e.source !== e.target && this.shownEdges.has(e.id),
    );
  }

  /** Each neighbour once, with the first shown relationship joining them (dataset order). */
  neighbours(actorId: string): Map<string, GraphEdge> {
    const found = new Map<string, GraphEdge>();
    for (const edge of this.edgesOf(actorId)) {
      const other = edge.source === actorId ? edge.target : edge.source;
      if (!found.has(other)) found.set(other, edge);
    }
    return found;
  }

  isDirected(edge: GraphEdge): boolean {
    return this.index.relationshipTypesById.get(edge.type)?.directed !== false;
  }
}

export interface DegreeNote {
  /** Directed relationships the actor starts. */
  outgoing: GraphEdge[];
  /** Directed relationships pointing at it. */
  incoming: GraphEdge[];
  /** Mutual relationships (undirected types): in the degree, in neither direction. */
  mutual: GraphEdge[];
}

export function degreeNote(shown: ShownNeighbourhood, actorId: string): DegreeNote {
  const note: DegreeNote = { outgoing: [], incoming: [], mutual: [] };
  for (const edge of shown.edgesOf(actorId)) {
    if (!shown.isDirected(edge)) note.mutual.push(edge);
    else if (edge.source === actorId) note.outgoing.push(edge);
    else note.incoming.push(edge);
  }
  return note;
}

/** A shortest path through the actor: from one neighbour to another with no relationship of their own. */
export interface BrokeredPath {
  from: string;
  to: string;
  /** The relationship from `from` to the actor, and from the actor to `to`. */
  steps: [GraphEdge, GraphEdge];
  /** How many shortest paths (two steps each) join the pair; this one is 1 of them. */
  shortestPaths: number;
}

export interface BetweennessNote {
  examples: BrokeredPath[];
  /** Pairs of neighbours with no relationship between them (each has a shortest path through the actor). */
  pairs: number;
  /** True when the actor has more neighbours than were looked at, so `pairs` is a lower bound. */
  partial: boolean;
}

/** The most neighbours whose pairs are looked at: a hub's pairs grow with the square of its degree. */
const NEIGHBOURS_LOOKED_AT = 80;

/**
 * Example shortest paths through the actor. Any shortest path through it passes from one neighbour
 * to another that are not related to each other (a two-step shortest path between them), so these
 * pairs are where its betweenness comes from; the examples are those whose every shortest path runs
 * through the actor first (its own brokerage), then those between different communities.
 */
export function betweennessNote(
  shown: ShownNeighbourhood,
  actorId: string,
  communityOf: (actorId: string) => number | undefined,
  max = 3,
): BetweennessNote {
  const around = [...shown.neighbours(actorId).entries()];
  const looked = around.slice(0, NEIGHBOURS_LOOKED_AT);
  const neighbourSets = new Map(looked.map(([id]) => [id, new Set(shown.neighbours(id).keys())]));
  const candidates: BrokeredPath[] = [];
  let pairs = 0;
  for (let i = 0; i < looked.length; i++) {
    const [from, first] = looked[i]!;
    const fromNeighbours = neighbourSets.get(from)!;
    for (let j = i + 1; j < looked.length; j++) {
      const [to, second] = looked[j]!;
      if (fromNeighbours.has(to)) continue;
      pairs++;
      const toNeighbours = neighbourSets.get(to)!;
      let common = 0;
      for (const id of fromNeighbours) if (toNeighbours.has(id)) common++;
      candidates.push({ from, to, steps: [first, second], shortestPaths: common });
    }
  }
  const across = (p: BrokeredPath) => (communityOf(p.from) !== communityOf(p.to) ? 0 : 1);
  candidates.sort((a, b) => a.shortestPaths - b.shortestPaths || across(a) - across(b));
  return { examples: candidates.slice(0, max), pairs, partial: around.length > looked.length };
}

export interface PageRankNote {
  /** Relationships pointing at the actor (directed ones to it, and mutual ones), by who sends them. */
  from: { actorId: string; edges: GraphEdge[]; pageRank: number }[];
}

export function pageRankNote(
  shown: ShownNeighbourhood,
  actorId: string,
  pageRankOf: (actorId: string) => number,
): PageRankNote {
  const byActor = new Map<string, GraphEdge[]>();
  for (const edge of shown.edgesOf(actorId)) {
    const pointsHere = !shown.isDirected(edge) || edge.target === actorId;
    if (!pointsHere) continue;
    const other = edge.source === actorId ? edge.target : edge.source;
    byActor.set(other, [...(byActor.get(other) ?? []), edge]);
  }
  const from = [...byActor.entries()].map(([id, edges]) => ({
    actorId: id,
    edges,
    pageRank: pageRankOf(id),
  }));
  from.sort((a, b) => b.pageRank - a.pageRank);
  return { from };
}

export interface CommunityNote {
  /** The other members, most connected (in the shown graph) first. */
  members: string[];
  /** The actor's relationships within its community, and those to other communities. */
  inside: GraphEdge[];
  outside: GraphEdge[];
}

export function communityNote(
  shown: ShownNeighbourhood,
  actorId: string,
  measures: MeasureColumns,
  positionOf: ReadonlyMap<string, number>,
): CommunityNote {
  const community = measures.community[positionOf.get(actorId) ?? -1];
  const members = measures.actorIds
    .map((id, i) => ({ id, i }))
    .filter(({ id, i }) => id !== actorId && measures.community[i] === community)
    .sort((a, b) => measures.degree[b.i]! - measures.degree[a.i]! || a.i - b.i)
    .map(({ id }) => id);
  const inside: GraphEdge[] = [];
  const outside: GraphEdge[] = [];
  for (const edge of shown.edgesOf(actorId)) {
    const other = edge.source === actorId ? edge.target : edge.source;
    (measures.community[positionOf.get(other) ?? -1] === community ? inside : outside).push(edge);
  }
  return { members, inside, outside };
}
