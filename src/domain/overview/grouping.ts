/**
 * The overview's groups: a very large graph is first drawn as its communities, each one disc sized
 * by how many actors it holds. Communities come from a seeded Louvain over the whole dataset (not
 * the filtered view), so a dataset always gives the same groups and a link's expanded groups find
 * them again. Actors with no relationship, or in clusters too small to stand alone, go into groups
 * by actor type; a community too large to expand quickly is split by its own communities (a finer
 * Louvain), and what is still too large by type and then in slices.
 *
 * A group is named by its key: the id of its most connected actor (the hub it is shown "around").
 * Runs in a worker (data/overviewWorker.ts) on plain arrays.
 */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { OVERVIEW_MAX_GROUP_ACTORS } from "../limits";
import type { Dataset } from "../dataset/schema";
import { seededRandom } from "../view/layouts";
import { layOutDiscs, discRadius, type Disc } from "./discs";

/** The dataset as the grouping needs it: actors by position, their types, and the relationships. */
export interface GroupingInput {
  actorIds: string[];
  /** Each actor's type, as a position in `typeIds`. */
  actorTypes: Int32Array;
  typeIds: string[];
  sources: Int32Array;
  targets: Int32Array;
}

export type GroupKind = "community" | "loose";

export interface Group {
  /** The hub's actor id: stable for a dataset, and what a link's `groups=` lists. */
  key: string;
  kind: GroupKind;
  /** Position of the group's most connected actor in the input's actors. */
  hub: number;
  size: number;
  /** For loose groups: the actor type all its actors share. */
  typeId?: string;
}

export interface Grouping {
  groups: Group[];
  /** Each actor's group, as a position in `groups`. */
  groupOf: Int32Array;
  /** Where each group's disc is, and how large (model coordinates). */
  discs: Disc[];
}

/** Clusters smaller than this are not groups of their own: they join their type's loose group. */
const MIN_COMMUNITY_ACTORS = 3;
const LOUVAIN_SEED = 7;
/** How much finer each pass over a too-large community looks (Louvain's resolution, times this). */
const FINER = 2.5;
const MAX_REFINEMENTS = 3;
/** A part of a split community smaller than this joins the community's other small parts. */
const MIN_REFINED_ACTORS = 50;

/** The whole dataset (not the filtered view: the groups do not change with filters). */
export function groupingInputOf(dataset: Dataset): GroupingInput {
  const actorIds = dataset.nodes.map((n) => n.id);
  const position = new Map(actorIds.map((id, i) => [id, i]));
  const typeIds = [...new Set(dataset.nodes.map((n) => n.type))];
  const typePosition = new Map(typeIds.map((id, i) => [id, i]));
  const edges = dataset.edges.filter((e) => position.has(e.source) && position.has(e.target));
  return {
    actorIds,
    actorTypes: Int32Array.from(dataset.nodes, (n) => typePosition.get(n.type)!),
    typeIds,
    sources: Int32Array.from(edges, (e) => position.get(e.source)!),
    targets: Int32Array.from(edges, (e) => position.get(e.target)!),
  };
}

export function groupActors(input: GroupingInput): Grouping {
  const n = input.actorIds.length;
  const degree = new Int32Array(n);
  const graph = new Graph({ type: "undirected", multi: false });
  for (let i = 0; i < n; i++) graph.addNode(i);
  for (let e = 0; e < input.sources.length; e++) {
    const s = input.sources[e]!;
    const t = input.targets[e]!;
    if (s === t) continue;
    degree[s]!++;
    degree[t]!++;
    if (!graph.hasEdge(s, t)) graph.addEdge(s, t);
  }
  const members = communitiesOf(graph, n);
  const groups: { kind: GroupKind; actors: number[]; typeId?: string }[] = [];
  const loose = new Map<number, number[]>();
  for (const actors of members) {
    if (actors.length < MIN_COMMUNITY_ACTORS) {
      for (const a of actors) pushTo(loose, input.actorTypes[a]!, a);
      continue;
    }
    for (const part of refine(graph, actors, input.actorTypes))
      groups.push({ kind: "community", actors: part });
  }
  for (const [type, actors] of [...loose].sort((a, b) => a[0] - b[0]))
    for (const part of slices(actors))
      groups.push({ kind: "loose", actors: part, typeId: input.typeIds[type] });
  return finish(groups, degree, input, graph);
}

/** Louvain's communities as lists of actor positions, in the order each was first met. */
function communitiesOf(graph: Graph, n: number): number[][] {
  const community = louvain(graph, { getEdgeWeight: null, rng: seededRandom(LOUVAIN_SEED) });
  const byCommunity = new Map<number, number[]>();
  for (let i = 0; i < n; i++) pushTo(byCommunity, community[String(i)] ?? -1, i);
  return [...byCommunity.values()];
}

/** A community small enough as it is; else its own finer communities; else by type, in slices. */
function refine(graph: Graph, actors: number[], types: Int32Array, depth = 0): number[][] {
  if (actors.length <= OVERVIEW_MAX_GROUP_ACTORS) return [actors];
  if (depth < MAX_REFINEMENTS) {
    const finer = partsOf(subgraphOf(graph, actors), FINER ** (depth + 1));
    // At a fine resolution a hub's spokes each become a "community" of one: those are pooled, so a
    // star gives a few groups rather than thousands of one-actor discs.
    const parts = finer.filter((part) => part.length >= MIN_REFINED_ACTORS);
    const rest = finer.filter((part) => part.length < MIN_REFINED_ACTORS).flat();
    if (parts.length > 1 || (parts.length === 1 && rest.length > 0))
      return [...parts, ...(rest.length > 0 ? [rest.sort((x, y) => x - y)] : [])].flatMap((part) =>
        refine(graph, part, types, depth + 1),
      );
  }
  return byTypeInSlices(actors, types);
}

function byTypeInSlices(actors: number[], types: Int32Array): number[][] {
  const byType = new Map<number, number[]>();
  for (const a of actors) pushTo(byType, types[a]!, a);
  return [...byType.values()].flatMap(slices);
}

/** The actors and the relationships among them (nodes are actor positions, as strings). */
function subgraphOf(graph: Graph, actors: number[]): Graph {
  const sub = new Graph({ type: "undirected", multi: false });
  for (const a of actors) sub.addNode(a);
  for (const a of actors)
    graph.forEachNeighbor(a, (other) => {
      if (sub.hasNode(other) && !sub.hasEdge(a, other)) sub.addEdge(a, other);
    });
  return sub;
}

/** The communities of a subgraph whose nodes are actor positions (as strings). */
function partsOf(sub: Graph, resolution: number): number[][] {
  const community = louvain(sub, { getEdgeWeight: null, resolution, rng: seededRandom(LOUVAIN_SEED) });
  const byCommunity = new Map<number, number[]>();
  sub.forEachNode((node) => pushTo(byCommunity, community[node]!, Number(node)));
  return [...byCommunity.values()].map((part) => part.sort((a, b) => a - b));
}

function slices(actors: number[]): number[][] {
  const parts: number[][] = [];
  for (let i = 0; i < actors.length; i += OVERVIEW_MAX_GROUP_ACTORS)
    parts.push(actors.slice(i, i + OVERVIEW_MAX_GROUP_ACTORS));
  return parts;
}

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Largest groups first; each keyed by its hub; discs laid out by the links between groups. */
function finish(
  parts: { kind: GroupKind; actors: number[]; typeId?: string }[],
  degree: Int32Array,
  input: GroupingInput,
  graph: Graph,
): Grouping {
  const hubOf = (actors: number[]) =>
    actors.reduce((best, a) =>
      degree[a]! > degree[best]! || (degree[a] === degree[best] && a < best) ? a : best,
    );
  const ordered = parts
    .map((part) => ({ ...part, hub: hubOf(part.actors) }))
    .sort((a, b) => b.actors.length - a.actors.length || a.hub - b.hub);
  const groupOf = new Int32Array(input.actorIds.length);
  const groups: Group[] = ordered.map((part, g) => {
    for (const a of part.actors) groupOf[a] = g;
    return {
      key: input.actorIds[part.hub]!,
      kind: part.kind,
      hub: part.hub,
      size: part.actors.length,
      ...(part.typeId !== undefined ? { typeId: part.typeId } : {}),
    };
  });
  const links = new Map<number, number>();
  graph.forEachEdge((_edge, _attributes, s, t) => {
    const a = groupOf[Number(s)]!;
    const b = groupOf[Number(t)]!;
    if (a === b) return;
    const key = a < b ? a * groups.length + b : b * groups.length + a;
    links.set(key, (links.get(key) ?? 0) + 1);
  });
  const discs = layOutDiscs(
    groups.map((g) => discRadius(g.size)),
    [...links].map(([key, count]) => ({
      a: Math.floor(key / groups.length),
      b: key % groups.length,
      weight: count,
    })),
  );
  return { groups, groupOf, discs };
}
