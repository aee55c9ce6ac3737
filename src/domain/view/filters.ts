/**
 * What the canvas shows. A ViewSpec (filters, an optional focus on a few actors, an optional path
 * query) applied to an indexed dataset gives the visible node and edge ids, per-type counts for the
 * legend, and notices explaining anything asked for that cannot be shown.
 *
 * The rules, in the order they apply:
 * 1. Edges. An edge is kept when its type is not hidden; both endpoints are eligible actors (type not
 *    hidden and, with a year range, undated or dated within it); with a year range its dates overlap
 *    the range, or it is undated and `includeUndated`; and, with a sources filter or `factsOnly`, at
 *    least one of its citations counts: it is from a chosen source, and (with `factsOnly`) it states
 *    the relationship as fact. So an edge with mixed citations stays under `factsOnly` as long as one
 *    source states it in its own voice, and with both filters a chosen source must be the one that
 *    does. These are `filteredEdgeIds`.
 * 2. Actors. An eligible actor is kept; with a sources filter it must also cite a chosen source itself
 *    (own or attribute citations) or be an endpoint of a kept edge, so that filtering to one official
 *    document still shows the actors its claims connect. Deciding edges first on eligibility alone is
 *    what keeps this from being circular. Actors are not judged by stance: a claim cited on an actor
 *    is about what it does or is, not whether it exists, and the panel says how each is stated. An
 *    actor left with only claimed relationships goes with the isolated rule (3), which `factsOnly`
 *    switches on automatically like any other filter.
 * 3. Isolated actors. When the rule is on (explicitly, or automatically whenever another filter or a
 *    focus is active) kept actors without a kept edge are dropped, except focused actors and the ends
 *    of the path query, which the user asked to see.
 * 4. Focus. Breadth-first from the focused actors that survived, up to `hops`, over kept edges in
 *    either direction; the visible graph is the reached actors and the kept edges among them.
 *
 * Dates compare by year ("2019-04" is 2019). A start without an end is ongoing; an end without a start
 * is open towards the past; a point-in-time event has end = start. An empty year range ({}) is the same
 * as no time filter. The path query never changes what is visible (the canvas highlights it) beyond
 * protecting its ends from the isolated rule.
 */
import { citationsOfNode, isClaimedOnly, isStatedAsFact } from "../dataset/citations";
import { dateSpanYears } from "../dataset/dates";
import type { DatasetIndex } from "../dataset/datasetIndex";
import type { GraphEdge, GraphNode } from "../dataset/schema";
import type { Focus, ViewFilters, ViewSpec, YearRange } from "./types";

export const DEFAULT_FOCUS_HOPS: Focus["hops"] = 1;

export const DEFAULT_FILTERS: ViewFilters = {
  hiddenRelationshipTypes: [],
  hiddenNodeTypes: [],
  years: null,
  includeUndated: true,
  sources: null,
  factsOnly: false,
  hideIsolated: null,
};

export const DEFAULT_VIEW_SPEC: ViewSpec = { filters: DEFAULT_FILTERS, focus: null, path: null };

export interface TypeCount {
  visible: number;
  total: number;
}

export interface VisibleGraph {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
  /** After filters, before focus: what the path finder searches and what focus expands over. */
  filteredEdgeIds: ReadonlySet<string>;
  /** Every declared actor type, in dataset order: visible in the final graph / total in the dataset. */
  nodeTypeCounts: ReadonlyMap<string, TypeCount>;
  /** Every declared relationship type, in dataset order. */
  relationshipTypeCounts: ReadonlyMap<string, TypeCount>;
  /** Relationships no source states as fact (claims and disputed points only): visible / total. */
  claimedCount: TypeCount;
  /** Plain sentences, e.g. 'Focus: "Quds Force" is hidden by the current filters.' */
  notices: string[];
}

/** The year range in force, or null: an empty range ({}) filters nothing. */
function activeYears(years: YearRange | null): YearRange | null {
  if (!years || (years.from === undefined && years.to === undefined)) return null;
  return years;
}

/** The filters that narrow what is shown, each at most once; the isolated rule is not among them. */
function narrowingFilters(filters: ViewFilters): boolean[] {
  const years = activeYears(filters.years) !== null;
  return [
    filters.hiddenRelationshipTypes.length > 0,
    filters.hiddenNodeTypes.length > 0,
    years,
    years && !filters.includeUndated,
    filters.sources !== null,
    filters.factsOnly,
  ];
}

/**
 * How many filter groups are active, for a "3 filters active" badge: hidden relationship types,
 * hidden actor types, a year range, excluding undated relationships (only while a year range is set,
 * since it does nothing otherwise), a sources filter, keeping only what is stated as fact, and hiding
 * isolated actors when explicitly switched on. Automatic hiding of isolated actors is a consequence of the others, not a filter the
 * user set, and explicitly showing them narrows nothing, so neither counts.
 */
export function activeFilterCount(filters: ViewFilters): number {
  return [...narrowingFilters(filters), filters.hideIsolated === true].filter(Boolean).length;
}

function hasFocus(spec: ViewSpec): boolean {
  return spec.focus !== null && spec.focus.nodeIds.length > 0;
}

/** Resolves the automatic isolated rule: on when any narrowing filter or a focus is active. */
export function isHideIsolatedOn(spec: ViewSpec): boolean {
  return spec.filters.hideIsolated ?? (narrowingFilters(spec.filters).some(Boolean) || hasFocus(spec));
}

function overlapsYears(span: [number, number], range: YearRange): boolean {
  return span[0] <= (range.to ?? Infinity) && span[1] >= (range.from ?? -Infinity);
}

/** Sorted (by code unit, so stable everywhere) and without repeats: the canonical form of id lists. */
export function sortedUnique(list: Iterable<string>): string[] {
  return [...new Set(list)].sort();
}

/** Adds the value when absent, removes it when present; the result is sorted and unique. */
export function toggleListValue(list: readonly string[], value: string): string[] {
  const values = new Set(list);
  if (values.has(value)) values.delete(value);
  else values.add(value);
  return sortedUnique(values);
}

/** The filters as lookups. */
interface FilterRules {
  hiddenNodeTypes: ReadonlySet<string>;
  hiddenRelationshipTypes: ReadonlySet<string>;
  years: YearRange | null;
  includeUndated: boolean;
  sources: ReadonlySet<string> | null;
  factsOnly: boolean;
}

function rulesOf(filters: ViewFilters): FilterRules {
  return {
    hiddenNodeTypes: new Set(filters.hiddenNodeTypes),
    hiddenRelationshipTypes: new Set(filters.hiddenRelationshipTypes),
    years: activeYears(filters.years),
    includeUndated: filters.includeUndated,
    sources: filters.sources === null ? null : new Set(filters.sources),
    factsOnly: filters.factsOnly,
  };
}

/** Undated actors always pass the time rule: an organisation with no known founding still exists. */
function isNodeEligible(node: GraphNode, rules: FilterRules): boolean {
  if (rules.hiddenNodeTypes.has(node.type)) return false;
  if (!rules.years) return true;
  const span = dateSpanYears(node.start, node.end);
  return !span || overlapsYears(span, rules.years);
}

function passesTimeRule(edge: GraphEdge, rules: FilterRules): boolean {
  if (!rules.years) return true;
  const span = dateSpanYears(edge.start, edge.end);
  return span ? overlapsYears(span, rules.years) : rules.includeUndated;
}

function isEdgeKept(edge: GraphEdge, rules: FilterRules, eligibleNodes: ReadonlySet<string>): boolean {
  return (
    !rules.hiddenRelationshipTypes.has(edge.type) &&
    eligibleNodes.has(edge.source) &&
    eligibleNodes.has(edge.target) &&
    passesTimeRule(edge, rules) &&
    passesCitationRule(edge, rules)
  );
}

/** With a sources filter or `factsOnly`, some one citation must satisfy both (rule 1). */
function passesCitationRule(edge: GraphEdge, rules: FilterRules): boolean {
  const { sources, factsOnly } = rules;
  if (!sources && !factsOnly) return true;
  return edge.citations.some((c) => (!sources || sources.has(c.source)) && (!factsOnly || isStatedAsFact(c)));
}

function endpointsOf(index: DatasetIndex, edgeIds: ReadonlySet<string>): Set<string> {
  const endpoints = new Set<string>();
  for (const id of edgeIds) {
    const edge = index.edgesById.get(id);
    if (edge) endpoints.add(edge.source).add(edge.target);
  }
  return endpoints;
}

/** Rules 1 and 2: the kept edges, then the kept actors (isolated ones included). */
function applyFilters(
  index: DatasetIndex,
  rules: FilterRules,
): { nodeIds: Set<string>; edgeIds: Set<string> } {
  const { nodes, edges } = index.dataset;
  const eligibleNodes = new Set(nodes.filter((n) => isNodeEligible(n, rules)).map((n) => n.id));
  const edgeIds = new Set(edges.filter((e) => isEdgeKept(e, rules, eligibleNodes)).map((e) => e.id));
  if (!rules.sources) return { nodeIds: eligibleNodes, edgeIds };
  const chosen = rules.sources;
  const endpoints = endpointsOf(index, edgeIds);
  const citesChosen = (node: GraphNode) => citationsOfNode(node).some((c) => chosen.has(c.source));
  const nodeIds = new Set(
    nodes.filter((n) => eligibleNodes.has(n.id) && (endpoints.has(n.id) || citesChosen(n))).map((n) => n.id),
  );
  return { nodeIds, edgeIds };
}

/** The actors the user named, which the isolated rule must never take away. */
function protectedIds(spec: ViewSpec): Set<string> {
  const ids = new Set(spec.focus?.nodeIds ?? []);
  if (spec.path) ids.add(spec.path.from).add(spec.path.to);
  return ids;
}

function withoutIsolated(
  index: DatasetIndex,
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string>,
  keep: ReadonlySet<string>,
): Set<string> {
  const connected = endpointsOf(index, edgeIds);
  return new Set([...nodeIds].filter((id) => connected.has(id) || keep.has(id)));
}

function labelOf(index: DatasetIndex, nodeId: string): string {
  return index.nodesById.get(nodeId)?.label ?? nodeId;
}

/** Why a requested actor is not in the graph, or undefined when it is (role: "Focus", "Path"). */
function absenceNotice(
  index: DatasetIndex,
  role: string,
  nodeId: string,
  filtered: ReadonlySet<string>,
  visible: ReadonlySet<string>,
): string | undefined {
  if (!index.nodesById.has(nodeId)) return `${role}: "${nodeId}" is not in this dataset.`;
  const label = labelOf(index, nodeId);
  if (!filtered.has(nodeId)) return `${role}: "${label}" is hidden by the current filters.`;
  if (!visible.has(nodeId)) return `${role}: "${label}" is outside the current focus.`;
  return undefined;
}

/** Rule 4: the actors within `hops` of the seeds over kept edges, either direction, and the edges among them. */
function expandFocus(
  index: DatasetIndex,
  seeds: readonly string[],
  hops: number,
  edgeIds: ReadonlySet<string>,
): { nodeIds: Set<string>; edgeIds: Set<string> } {
  const reached = new Set(seeds);
  let frontier = [...reached];
  for (let hop = 0; hop < hops && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const nodeId of frontier) {
      for (const edge of index.edgesByNode.get(nodeId) ?? []) {
        if (!edgeIds.has(edge.id)) continue;
        const other = edge.source === nodeId ? edge.target : edge.source;
        if (reached.has(other)) continue;
        reached.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  // Walk the reached actors' own edges rather than all kept edges: a focus is small, the graph may not be.
  const inside = new Set<string>();
  for (const nodeId of reached) {
    for (const edge of index.edgesByNode.get(nodeId) ?? []) {
      if (edgeIds.has(edge.id) && reached.has(edge.source) && reached.has(edge.target)) inside.add(edge.id);
    }
  }
  return { nodeIds: reached, edgeIds: inside };
}

function countByType(
  declared: readonly { id: string }[],
  items: readonly { id: string; type: string }[],
  visible: ReadonlySet<string>,
): Map<string, TypeCount> {
  const counts = new Map(declared.map((t) => [t.id, { visible: 0, total: 0 }]));
  for (const item of items) {
    const count = counts.get(item.type);
    if (!count) continue;
    count.total++;
    if (visible.has(item.id)) count.visible++;
  }
  return counts;
}

const claimedCache = new WeakMap<DatasetIndex, readonly string[]>();

/** The relationships no source states as fact, decided once per dataset. */
export function claimedEdgeIds(index: DatasetIndex): readonly string[] {
  let ids = claimedCache.get(index);
  if (!ids) {
    ids = index.dataset.edges.filter((e) => isClaimedOnly(e.citations)).map((e) => e.id);
    claimedCache.set(index, ids);
  }
  return ids;
}

function countClaimed(index: DatasetIndex, visible: ReadonlySet<string>): TypeCount {
  const claimed = claimedEdgeIds(index);
  return { visible: claimed.filter((id) => visible.has(id)).length, total: claimed.length };
}

function computeView(index: DatasetIndex, spec: ViewSpec): VisibleGraph {
  const filtered = applyFilters(index, rulesOf(spec.filters));
  const filteredNodeIds = isHideIsolatedOn(spec)
    ? withoutIsolated(index, filtered.nodeIds, filtered.edgeIds, protectedIds(spec))
    : filtered.nodeIds;
  let visible = { nodeIds: filteredNodeIds, edgeIds: filtered.edgeIds };
  const focusIds = hasFocus(spec) ? [...new Set(spec.focus?.nodeIds)] : [];
  if (focusIds.length > 0) {
    const seeds = focusIds.filter((id) => filteredNodeIds.has(id));
    visible = expandFocus(index, seeds, spec.focus?.hops ?? DEFAULT_FOCUS_HOPS, filtered.edgeIds);
  }
  const pathIds = spec.path ? [...new Set([spec.path.from, spec.path.to])] : [];
  const notices = [
    ...focusIds.map((id) => absenceNotice(index, "Focus", id, filteredNodeIds, visible.nodeIds)),
    ...pathIds.map((id) => absenceNotice(index, "Path", id, filteredNodeIds, visible.nodeIds)),
  ].filter((notice): notice is string => notice !== undefined);
  const { dataset } = index;
  return {
    nodeIds: visible.nodeIds,
    edgeIds: visible.edgeIds,
    filteredEdgeIds: filtered.edgeIds,
    nodeTypeCounts: countByType(dataset.nodeTypes, dataset.nodes, visible.nodeIds),
    relationshipTypeCounts: countByType(dataset.relationshipTypes, dataset.edges, visible.edgeIds),
    claimedCount: countClaimed(index, visible.edgeIds),
    notices,
  };
}

/** Enough to step back and forth between a few views (undo, toggling a filter) without recomputing. */
const CACHE_SIZE = 8;
const viewCache = new WeakMap<DatasetIndex, { spec: ViewSpec; graph: VisibleGraph }[]>();

/**
 * The visible graph for a view spec (see the module comment for the rules). Memoised on the identity
 * of the index and of the spec object, so selectors can call it on every render and get the same
 * result object back while neither changes; an equal but new spec object is computed afresh.
 */
export function applyView(index: DatasetIndex, spec: ViewSpec): VisibleGraph {
  const recent = viewCache.get(index) ?? [];
  const hit = recent.find((entry) => entry.spec === spec);
  if (hit) return hit.graph;
  const graph = computeView(index, spec);
  viewCache.set(index, [{ spec, graph }, ...recent].slice(0, CACHE_SIZE));
  return graph;
}
