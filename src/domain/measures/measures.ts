/**
 * The network measures of the shown graph, computed with graphology and its metrics and Louvain
 * libraries (never by hand): degree, in- and out-degree, betweenness, PageRank and communities.
 * Pure and deterministic: the same shown graph gives the same numbers (Louvain's random walk draws
 * from a seeded generator), which the worker and the page (without workers) compute alike.
 *
 * How each reads the dataset's mixed graph:
 * - degree counts the shown relationships of the actor, whatever their direction; in-degree the
 *   directed ones pointing at it, out-degree the directed ones it starts; mutual types ("allied
 *   with", "fights") count in the degree only.
 * - betweenness and communities ignore direction and count a pair of actors once however many
 *   relationships join them: brokerage between two groups does not depend on who arms whom.
 * - PageRank follows direction (a mutual relationship points both ways), on the same one-link-per-
 *   pair graph, with the usual damping of 0.85.
 */
import { DirectedGraph, MultiGraph, UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import { seededRandom } from "../view/layouts";
import type { ShownGraph } from "./shownGraph";

/** The five measures, one value per shown actor, in ShownGraph.actorIds order. */
export interface MeasureColumns {
  actorIds: string[];
  degree: Int32Array;
  inDegree: Int32Array;
  outDegree: Int32Array;
  /** Normalised: the share of shortest paths between other actors that pass through this one (0–1). */
  betweenness: Float64Array;
  /** Sums to 1 over the shown actors. */
  pageRank: Float64Array;
  /** 1 = the largest community, 2 the next, …; ties by the first actor in dataset order. */
  community: Int32Array;
  communityCount: number;
}

/** Louvain's seed: fixed, so communities are the same on every run and every machine. */
export const LOUVAIN_SEED = 0x5eed;

const key = (i: number) => String(i);

function degrees(graph: ShownGraph): Pick<MeasureColumns, "degree" | "inDegree" | "outDegree"> {
  const multi = new MultiGraph({ type: "mixed", allowSelfLoops: false });
  graph.actorIds.forEach((_, i) => multi.addNode(key(i)));
  graph.sources.forEach((s, e) => {
    const t = graph.targets[e]!;
    if (graph.directed[e]) multi.addDirectedEdge(key(s), key(t));
    else multi.addUndirectedEdge(key(s), key(t));
  });
  const n = graph.actorIds.length;
  return {
    degree: Int32Array.from({ length: n }, (_, i) => multi.degree(key(i))),
    inDegree: Int32Array.from({ length: n }, (_, i) => multi.inDegree(key(i))),
    outDegree: Int32Array.from({ length: n }, (_, i) => multi.outDegree(key(i))),
  };
}

/** One link per pair of actors: undirected for betweenness and Louvain, both ways where mutual for PageRank. */
function simpleGraphs(graph: ShownGraph): { undirected: UndirectedGraph; directed: DirectedGraph } {
  const undirected = new UndirectedGraph();
  const directed = new DirectedGraph();
  graph.actorIds.forEach((_, i) => {
    undirected.addNode(key(i));
    directed.addNode(key(i));
  });
  graph.sources.forEach((s, e) => {
    const t = graph.targets[e]!;
    undirected.mergeEdge(key(s), key(t));
    directed.mergeEdge(key(s), key(t));
    if (!graph.directed[e]) directed.mergeEdge(key(t), key(s));
  });
  return { undirected, directed };
}

/** Community numbers by size, largest first, so "community 1" means the same thing in every view. */
function renumberBySize(raw: Record<string, number>, n: number): { community: Int32Array; count: number } {
  const sizes = new Map<number, { size: number; first: number }>();
  for (let i = 0; i < n; i++) {
    const c = raw[key(i)]!;
    const entry = sizes.get(c);
    if (entry) entry.size++;
    else sizes.set(c, { size: 1, first: i });
  }
  const order = [...sizes.entries()].sort((a, b) => b[1].size - a[1].size || a[1].first - b[1].first);
  const number = new Map(order.map(([c], rank) => [c, rank + 1]));
  return {
    community: Int32Array.from({ length: n }, (_, i) => number.get(raw[key(i)]!)!),
    count: order.length,
  };
}

export function computeMeasures(graph: ShownGraph): MeasureColumns {
  const n = graph.actorIds.length;
  const { degree, inDegree, outDegree } = degrees(graph);
  const base = { actorIds: graph.actorIds, degree, inDegree, outDegree };
  if (n === 0) {
    // graphology-metrics' shortest-path index cannot be built on an empty graph.
    return {
      ...base,
      betweenness: new Float64Array(),
      pageRank: new Float64Array(),
      community: new Int32Array(),
      communityCount: 0,
    };
  }
  const { undirected, directed } = simpleGraphs(graph);
  const between = betweennessCentrality(undirected, { getEdgeWeight: null, normalized: true });
  const rank = pagerank(directed, { getEdgeWeight: null, alpha: 0.85 });
  const communities = louvain(undirected, { getEdgeWeight: null, rng: seededRandom(LOUVAIN_SEED) });
  const { community, count } = renumberBySize(communities, n);
  return {
    ...base,
    betweenness: Float64Array.from({ length: n }, (_, i) => between[key(i)] ?? 0),
    pageRank: Float64Array.from({ length: n }, (_, i) => rank[key(i)] ?? 0),
    community,
    communityCount: count,
  };
}
