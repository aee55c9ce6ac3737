/**
 * The relationships: each of a type picked by the rules' weights, between actors of the types its rule
 * allows, mostly inside one community and now and then bridging two; never a self-loop and never the
 * same two ends and type twice. Where no typed relationship fits (a tiny or dense network), two
 * distinct actors get the vocabulary's fallback type.
 */
import type { GraphEdge, GraphNode, Source } from "../../src/domain/dataset/schema";
import type { Actors, MemberFinder } from "./communities";
import { dateRange } from "./dates";
import { randomInt, type Random } from "./random";
import { EDGE_DATE_SHARE, type Plan } from "./rules";
import { citations, citedAttribute } from "./sources";

/** Share of relationships that leave their community (bridges). */
const BRIDGE_SHARE = 0.08;
const ATTEMPTS_PER_RELATIONSHIP = 12;
const MAX_FALLBACK_ATTEMPTS = 1_000_000;

interface World {
  random: Random;
  plan: Plan;
  actors: Actors;
  members: MemberFinder;
  nodes: GraphNode[];
  sources: Source[];
}

type Ends = [from: number, to: number];

export function makeRelationships(world: World, count: number): GraphEdge[] {
  const { random, plan } = world;
  const taken = takenPairs(world);
  const edges: GraphEdge[] = [];
  for (let fallbackAttempts = 0; edges.length < count;) {
    // The first edges take each type once, so every declared type is used when there is room.
    const wanted = plan.relationshipTypes[edges.length] ? edges.length : plan.pickRelationshipType(random);
    const typed = endsFor(world, wanted, taken);
    const type = typed ? wanted : plan.fallback;
    const ends = typed ?? anyTwo(world, type, taken);
    if (!ends) {
      if (++fallbackAttempts > MAX_FALLBACK_ATTEMPTS) throw new Error("could not place every relationship");
      continue;
    }
    taken.add(ends, type);
    edges.push(relationship(world, edges.length, type, ends));
  }
  return edges;
}

/** The pairs already joined, per type; for an undirected type the two ends are interchangeable. */
function takenPairs({ plan, actors }: World) {
  const typeCount = plan.relationshipTypes.length;
  const actorCount = actors.type.length;
  const keyOf = ([from, to]: Ends, type: number): number => {
    const directed = plan.relationshipTypes[type]!.type.directed;
    const [a, b] = directed || from < to ? [from, to] : [to, from];
    return (a * actorCount + b) * typeCount + type;
  };
  const seen = new Set<number>();
  return {
    has: (ends: Ends, type: number) => seen.has(keyOf(ends, type)),
    add: (ends: Ends, type: number) => seen.add(keyOf(ends, type)),
  };
}

type Taken = ReturnType<typeof takenPairs>;

/** Ends for a relationship of `type`: most inside one community, some bridging two; null when none fit. */
function endsFor({ random, plan, actors, members }: World, type: number, taken: Taken): Ends | null {
  const rule = plan.relationshipTypes[type]!;
  const someCommunity = () => actors.community[randomInt(random, actors.type.length)]!;
  const memberOf = (c: number, mask: boolean[]) => {
    const member = members.inCommunity(c, mask);
    return member === -1 ? members.anywhere(mask) : member;
  };
  for (let attempt = 0; attempt < ATTEMPTS_PER_RELATIONSHIP; attempt++) {
    const home = someCommunity();
    const from = memberOf(home, rule.from);
    const to = memberOf(random() < BRIDGE_SHARE ? someCommunity() : home, rule.to);
    const ends: Ends = [from, to];
    if (from >= 0 && to >= 0 && from !== to && !taken.has(ends, type)) return ends;
  }
  return null;
}

/** Two distinct actors anywhere not yet joined by `type`; null when this draw misses. */
function anyTwo({ random, actors }: World, type: number, taken: Taken): Ends | null {
  const ends: Ends = [randomInt(random, actors.type.length), randomInt(random, actors.type.length)];
  return ends[0] === ends[1] || taken.has(ends, type) ? null : ends;
}

function relationship(world: World, index: number, type: number, [from, to]: Ends): GraphEdge {
  const { random, plan, nodes, sources } = world;
  const { type: relationshipType, attribute } = plan.relationshipTypes[type]!;
  const source = nodes[from]!;
  const target = nodes[to]!;
  const claim = `${source.label} ${relationshipType.label.toLowerCase()} ${target.label}`;
  const edge: Omit<GraphEdge, "citations"> = {
    id: `e-${index.toString(36)}`,
    source: source.id,
    target: target.id,
    type: relationshipType.id,
  };
  if (random() < EDGE_DATE_SHARE) Object.assign(edge, dateRange(random));
  if (random() < 0.1) edge.description = `${claim}.`;
  if (attribute && random() < attribute.share)
    edge.attributes = [citedAttribute(random, sources, attribute, claim)];
  // The first edges cite the sources the actors left uncited (a network with fewer actors than sources).
  const uncited = nodes.length + index;
  return {
    ...edge,
    citations: citations(random, sources, claim, uncited < sources.length ? uncited : undefined),
  };
}
