/**
 * What the overview draws for the current view: every group that holds a visible actor, as one
 * disc (collapsed) or as its visible actors (expanded, over a faint disc); the relationships between
 * actors that are both drawn; and, wherever an end is a collapsed group, one link per pair of ends
 * and relationship type, counting the relationships it stands for. Filters, focus and paths work
 * as before: they decide which actors and relationships are visible, and the overview only counts.
 * So nothing drawn is ever more than the groups, the expanded groups' actors and their links.
 */
import type { DatasetIndex } from "../dataset/datasetIndex";
import { count, OVERVIEW_MAX_GROUP_LINKS } from "../limits";
import type { VisibleGraph } from "../view/filters";
import { spiralPlace } from "./discs";
import type { Grouping } from "./grouping";

export const GROUP_ID_PREFIX = "group::";
export const LINK_ID_PREFIX = "link::";

export const groupNodeId = (key: string) => GROUP_ID_PREFIX + key;
export const isGroupId = (id: string) => id.startsWith(GROUP_ID_PREFIX);
export const isLinkId = (id: string) => id.startsWith(LINK_ID_PREFIX);
export const groupKeyOf = (id: string) => id.slice(GROUP_ID_PREFIX.length);

export interface OverviewGroup {
  id: string;
  key: string;
  /** "Around Hezbollah", or for actors with few relationships their type ("Person, few links"). */
  name: string;
  /** Visible actors in it. */
  actors: number;
  expanded: boolean;
  x: number;
  y: number;
  r: number;
}

export interface OverviewLink {
  id: string;
  source: string;
  target: string;
  type: string;
  /** How many visible relationships of this type it stands for. */
  relationships: number;
}

export interface OverviewView {
  /** Everything to draw: groups and the expanded groups' actors; relationships and links. */
  nodeIds: Set<string>;
  edgeIds: Set<string>;
  groups: OverviewGroup[];
  links: OverviewLink[];
  /** Where each drawn actor of an expanded group sits (inside its group's disc). */
  places: Map<string, { x: number; y: number }>;
  /** Links between two collapsed groups left undrawn (the weakest), and how many there were. */
  undrawnGroupLinks: number;
  groupLinks: number;
}

/** Lookups built once per grouping: an actor's position and group, a group by its key. */
interface Lookup {
  positionOf: Map<string, number>;
  groupByKey: Map<string, number>;
  places: Map<number, Map<string, { x: number; y: number }>>;
}
const lookups = new WeakMap<Grouping, Lookup>();

function lookupOf(index: DatasetIndex, grouping: Grouping): Lookup {
  let lookup = lookups.get(grouping);
  if (!lookup) {
    lookup = {
      positionOf: new Map(index.dataset.nodes.map((n, i) => [n.id, i])),
      groupByKey: new Map(grouping.groups.map((g, i) => [g.key, i])),
      places: new Map(),
    };
    lookups.set(grouping, lookup);
  }
  return lookup;
}

/** The group an actor is in, by key (undefined for an actor the grouping does not know). */
export function groupKeyOfActor(
  index: DatasetIndex,
  grouping: Grouping,
  actorId: string,
): string | undefined {
  const position = lookupOf(index, grouping).positionOf.get(actorId);
  return position === undefined ? undefined : grouping.groups[grouping.groupOf[position]!]?.key;
}

/** Whether a key names a group of this grouping (a link may carry keys of another dataset). */
export function isGroupKey(index: DatasetIndex, grouping: Grouping, key: string): boolean {
  return lookupOf(index, grouping).groupByKey.has(key);
}

export function groupName(index: DatasetIndex, grouping: Grouping, g: number): string {
  const group = grouping.groups[g]!;
  if (group.kind === "loose") {
    const type = group.typeId ? (index.nodeTypesById.get(group.typeId)?.label ?? group.typeId) : "Actors";
    return `${type}, few links`;
  }
  return `Around ${index.nodesById.get(group.key)?.label ?? group.key}`;
}

export function overviewOf(
  index: DatasetIndex,
  visible: VisibleGraph,
  grouping: Grouping,
  expandedKeys: ReadonlySet<string>,
): OverviewView {
  const lookup = lookupOf(index, grouping);
  const groupOfActor = (id: string) => grouping.groupOf[lookup.positionOf.get(id)!]!;
  const expanded = new Set([...expandedKeys].flatMap((k) => lookup.groupByKey.get(k) ?? []));
  const counts = new Map<number, number>();
  const nodeIds = new Set<string>();
  const places = new Map<string, { x: number; y: number }>();
  for (const id of visible.nodeIds) {
    if (!lookup.positionOf.has(id)) continue;
    const g = groupOfActor(id);
    counts.set(g, (counts.get(g) ?? 0) + 1);
    if (!expanded.has(g)) continue;
    nodeIds.add(id);
    places.set(id, placesOf(index, grouping, lookup, g).get(id)!);
  }
  const groups = [...counts.keys()]
    .sort((a, b) => a - b)
    .map((g): OverviewGroup => {
      const { key } = grouping.groups[g]!;
      const disc = grouping.discs[g]!;
      nodeIds.add(groupNodeId(key));
      return {
        id: groupNodeId(key),
        key,
        name: groupName(index, grouping, g),
        actors: counts.get(g)!,
        expanded: expanded.has(g),
        ...disc,
      };
    });
  const unitOf = (id: string) => {
    const g = groupOfActor(id);
    return expanded.has(g) ? id : groupNodeId(grouping.groups[g]!.key);
  };
  const { edgeIds, links, undrawn, between } = linksOf(index, visible, lookup, unitOf);
  for (const link of links) edgeIds.add(link.id);
  return { nodeIds, edgeIds, groups, links, places, undrawnGroupLinks: undrawn, groupLinks: between };
}

/** Relationships between drawn actors as they are; every other one counted into its ends' link. */
function linksOf(
  index: DatasetIndex,
  visible: VisibleGraph,
  lookup: Lookup,
  unitOf: (actorId: string) => string,
) {
  const edgeIds = new Set<string>();
  const byKey = new Map<string, OverviewLink>();
  for (const id of visible.edgeIds) {
    const edge = index.edgesById.get(id);
    if (!edge || !lookup.positionOf.has(edge.source) || !lookup.positionOf.has(edge.target)) continue;
    let source = unitOf(edge.source);
    let target = unitOf(edge.target);
    if (source === edge.source && target === edge.target) {
      edgeIds.add(id);
      continue;
    }
    if (source === target) continue;
    // A mutual relationship ("allied with") is one link whichever way it was written.
    if (index.relationshipTypesById.get(edge.type)?.directed === false && source > target)
      [source, target] = [target, source];
    const key = `${LINK_ID_PREFIX}${source}::${target}::${edge.type}`;
    const link = byKey.get(key);
    if (link) link.relationships++;
    else byKey.set(key, { id: key, source, target, type: edge.type, relationships: 1 });
  }
  const all = [...byKey.values()];
  const isBetweenGroups = (l: OverviewLink) => isGroupId(l.source) && isGroupId(l.target);
  const between = all.filter(isBetweenGroups);
  // The strongest links between groups, so the picture stays a few thousand elements at most.
  const drawnBetween = between
    .sort((a, b) => b.relationships - a.relationships || (a.id < b.id ? -1 : 1))
    .slice(0, OVERVIEW_MAX_GROUP_LINKS);
  const links = [...drawnBetween, ...all.filter((l) => !isBetweenGroups(l))];
  return { edgeIds, links, undrawn: between.length - drawnBetween.length, between: between.length };
}

/**
 * Where a group's actors sit when it is expanded: on a spiral from its hub outwards, in the order a
 * breadth-first walk from the hub meets them (most connected neighbours first), so related actors
 * sit near each other. The same for a group whatever the filters, so actors never jump.
 */
function placesOf(
  index: DatasetIndex,
  grouping: Grouping,
  lookup: Lookup,
  g: number,
): Map<string, { x: number; y: number }> {
  const known = lookup.places.get(g);
  if (known) return known;
  const { nodes } = index.dataset;
  const inGroup = (id: string) => {
    const position = lookup.positionOf.get(id);
    return position !== undefined && grouping.groupOf[position] === g;
  };
  const members = nodes.filter((_, i) => grouping.groupOf[i] === g).map((n) => n.id);
  const degree = (id: string) => index.edgesByNode.get(id)?.length ?? 0;
  const order: string[] = [];
  const seen = new Set<string>();
  const walkFrom = (start: string) => {
    seen.add(start);
    for (let queue = [start]; queue.length > 0;) {
      const next: string[] = [];
      for (const id of queue) {
        order.push(id);
        const neighbours = (index.edgesByNode.get(id) ?? [])
          .map((e) => (e.source === id ? e.target : e.source))
          .filter((other) => !seen.has(other) && inGroup(other));
        for (const other of [...new Set(neighbours)].sort((a, b) => degree(b) - degree(a))) {
          seen.add(other);
          next.push(other);
        }
      }
      queue = next;
    }
  };
  walkFrom(grouping.groups[g]!.key);
  for (const id of [...members].sort((a, b) => degree(b) - degree(a))) if (!seen.has(id)) walkFrom(id);
  const disc = grouping.discs[g]!;
  const places = new Map(order.map((id, i) => [id, spiralPlace(disc, i)]));
  lookup.places.set(g, places);
  return places;
}

/** The sentence the overview bar and the legend use: "1,234 actors in 48 groups". */
export function overviewSummary(view: OverviewView): string {
  const actors = view.groups.reduce((sum, g) => sum + g.actors, 0);
  const expanded = view.groups.filter((g) => g.expanded).length;
  const parts = [`${count(actors)} actors in ${count(view.groups.length)} groups`];
  if (expanded > 0) parts.push(`${count(expanded)} expanded`);
  if (view.undrawnGroupLinks > 0)
    parts.push(
      `the ${count(view.groupLinks - view.undrawnGroupLinks)} strongest of ${count(view.groupLinks)} links between groups drawn`,
    );
  return parts.join(" · ");
}
