/**
 * What the generator knows about a proxy network, as tables keyed by type id: how common each actor
 * type is, which actor types each relationship type joins (a person leads, an event targets), how
 * often actors carry dates, the attributes some of them carry, and who the first members of a
 * community are. The tables are written for the shared vocabulary (VOCABULARY.md), but `planFor`
 * fits them to ANY vocabulary: a type without a rule gets a default, a rule for a type the vocabulary
 * lacks is ignored, and a rule whose ends the vocabulary lacks accepts any actor type instead.
 */
import type { NodeType, RelationshipType } from "../../src/domain/dataset/schema";
import { pick, weightedPicker, number, type Random } from "./random";
import type { Vocabulary } from "./vocabulary";

type TypeId = string;

const ACTORS: TypeId[] = ["state", "government", "organization", "armed-group", "person"];

/** How often each actor type occurs (relative weights). */
const NODE_TYPE_WEIGHTS: Record<TypeId, number> = {
  "armed-group": 30,
  person: 22,
  organization: 14,
  event: 10,
  government: 8,
  place: 7,
  state: 4,
  agreement: 3,
};
const DEFAULT_NODE_TYPE_WEIGHT = 5;

/** How likely an actor of each type is to carry dates (events almost always do, places never). */
const NODE_DATE_SHARES: Record<TypeId, number> = {
  event: 0.9,
  agreement: 0.9,
  "armed-group": 0.45,
  organization: 0.35,
  person: 0.4,
  government: 0.3,
  state: 0.1,
  place: 0,
};
const DEFAULT_NODE_DATE_SHARE = 0.3;

/** The share of relationships that carry dates, whatever their type. */
export const EDGE_DATE_SHARE = 0.5;

/** The first members of every community by rank, as weighted candidate types: hubs (its main group,
 * its leader, its patron), then an event and a place. */
const COMMUNITY_CORE: [TypeId, number][][] = [
  [["armed-group", 1]],
  [["person", 1]],
  [
    ["state", 3],
    ["government", 3],
    ["organization", 4],
  ],
  [["event", 1]],
  [["place", 1]],
];

/** A cited attribute an actor or relationship of one type carries now and then. */
export interface AttributeRule {
  share: number;
  label: string;
  value: (random: Random) => string;
}

const MEMBERSHIP: AttributeRule = {
  share: 0.1,
  label: "Size",
  value: (random) => `About ${number(random, 30)},000 members`,
};
const NODE_ATTRIBUTES: Record<TypeId, AttributeRule> = {
  "armed-group": MEMBERSHIP,
  organization: MEMBERSHIP,
};

const MEASURES = [
  "Foreign Terrorist Organization",
  "Specially Designated Global Terrorist",
  "Asset freeze",
  "Travel ban",
  "Arms embargo",
];
const EDGE_ATTRIBUTES: Record<TypeId, AttributeRule> = {
  // VOCABULARY.md: a designation names its measure as the edge attribute "Measure".
  designates: { share: 0.8, label: "Measure", value: (random) => pick(random, MEASURES) },
};

/** How often a relationship type occurs, and which actor types it may start and end at (absent: any). */
interface RelationshipRule {
  weight: number;
  from?: TypeId[];
  to?: TypeId[];
}

const RELATIONSHIP_RULES: Record<TypeId, RelationshipRule> = {
  supports: { weight: 14, from: ACTORS, to: ACTORS },
  "part-of": {
    weight: 10,
    from: ["armed-group", "organization", "government", "person", "event"],
    to: ["armed-group", "organization", "government", "state", "event"],
  },
  "linked-to": { weight: 8 },
  funds: {
    weight: 7,
    from: ["state", "government", "organization", "person", "armed-group"],
    to: ["armed-group", "organization", "person", "government"],
  },
  fights: {
    weight: 7,
    from: ["armed-group", "organization", "state"],
    to: ["armed-group", "organization", "state"],
  },
  trains: {
    weight: 6,
    from: ["organization", "armed-group", "state", "person"],
    to: ["armed-group", "organization", "person"],
  },
  arms: {
    weight: 6,
    from: ["state", "organization", "armed-group", "person"],
    to: ["armed-group", "organization"],
  },
  leads: {
    weight: 6,
    from: ["person", "state", "organization"],
    to: ["armed-group", "organization", "government", "event"],
  },
  "carried-out": { weight: 6, from: ["armed-group", "organization", "state", "person"], to: ["event"] },
  "took-part-in": {
    weight: 5,
    from: ["person", "armed-group", "organization", "state", "government"],
    to: ["event"],
  },
  "allied-with": { weight: 5, from: ACTORS, to: ACTORS },
  "located-in": {
    weight: 5,
    from: ["armed-group", "organization", "event", "government", "place"],
    to: ["place", "state"],
  },
  opposes: { weight: 4, from: ACTORS, to: ACTORS },
  recruits: {
    weight: 4,
    from: ["organization", "armed-group", "person"],
    to: ["state", "place", "armed-group"],
  },
  targets: { weight: 4, from: ["event"], to: ["state", "person", "armed-group", "organization", "place"] },
  designates: {
    weight: 4,
    from: ["state", "government"],
    to: ["armed-group", "organization", "person", "state"],
  },
  "party-to": { weight: 3, from: ["state", "government", "armed-group", "organization"], to: ["agreement"] },
};
/** A relationship type the generator knows nothing about: rare, between any two actors. */
const DEFAULT_RELATIONSHIP_RULE: RelationshipRule = { weight: 1 };

/** The type for "these two are connected" when a typed relationship finds no room (tiny or dense networks). */
const PREFERRED_FALLBACK: TypeId = "linked-to";

export interface NodeTypePlan {
  type: NodeType;
  dateShare: number;
  attribute?: AttributeRule;
}

export interface RelationshipTypePlan {
  type: RelationshipType;
  /** Which node types (by their index in the vocabulary) may stand at each end. */
  from: boolean[];
  to: boolean[];
  attribute?: AttributeRule;
}

/** The rules fitted to one vocabulary; node and relationship types are referred to by their index in it. */
export interface Plan {
  nodeTypes: NodeTypePlan[];
  relationshipTypes: RelationshipTypePlan[];
  pickNodeType: (random: Random) => number;
  /** One picker per rank of a community's first members; later members use `pickNodeType`. */
  communityCore: ((random: Random) => number)[];
  pickRelationshipType: (random: Random) => number;
  /** The relationship type that may join any two actors when no typed one fits. */
  fallback: number;
}

export function planFor(vocabulary: Vocabulary): Plan {
  const { nodeTypes, relationshipTypes } = vocabulary;
  if (nodeTypes.length === 0 || relationshipTypes.length === 0)
    throw new RangeError("the vocabulary needs at least one node type and one relationship type");
  const pickNodeType = weightedPicker(
    nodeTypes.map((type, i) => [i, lookUp(NODE_TYPE_WEIGHTS, type.id) ?? DEFAULT_NODE_TYPE_WEIGHT] as const),
  );
  return {
    nodeTypes: nodeTypes.map((type) => ({
      type,
      dateShare: lookUp(NODE_DATE_SHARES, type.id) ?? DEFAULT_NODE_DATE_SHARE,
      ...optional("attribute", lookUp(NODE_ATTRIBUTES, type.id)),
    })),
    relationshipTypes: relationshipTypes.map((type) => relationshipPlan(type, nodeTypes)),
    pickNodeType,
    communityCore: corePickers(nodeTypes, pickNodeType),
    pickRelationshipType: weightedPicker(
      relationshipTypes.map((type, i) => [i, ruleFor(type).weight] as const),
    ),
    fallback: fallbackType(relationshipTypes),
  };
}

/** A table's entry for a type id; never one inherited from Object (a type may be called "constructor"). */
export function lookUp<T>(table: Record<TypeId, T>, id: TypeId): T | undefined {
  return Object.hasOwn(table, id) ? table[id] : undefined;
}

/** The community core's candidates that the vocabulary has; a rank with none takes any type. */
function corePickers(nodeTypes: NodeType[], pickNodeType: (random: Random) => number) {
  const indexOf = new Map(nodeTypes.map((type, i) => [type.id, i]));
  return COMMUNITY_CORE.map((candidates) => {
    const known = candidates.flatMap(([id, weight]) => {
      const index = indexOf.get(id);
      return index === undefined ? [] : [[index, weight] as const];
    });
    return known.length > 0 ? weightedPicker(known) : pickNodeType;
  });
}

const ruleFor = (type: RelationshipType): RelationshipRule =>
  lookUp(RELATIONSHIP_RULES, type.id) ?? DEFAULT_RELATIONSHIP_RULE;

function relationshipPlan(type: RelationshipType, nodeTypes: NodeType[]): RelationshipTypePlan {
  const rule = ruleFor(type);
  return {
    type,
    from: endMask(rule.from, nodeTypes),
    to: endMask(rule.to, nodeTypes),
    ...optional("attribute", lookUp(EDGE_ATTRIBUTES, type.id)),
  };
}

/** The node types allowed at one end; any type when the rule names none the vocabulary has. */
function endMask(allowed: TypeId[] | undefined, nodeTypes: NodeType[]): boolean[] {
  const mask = nodeTypes.map((type) => allowed?.includes(type.id) ?? true);
  return mask.some(Boolean) ? mask : nodeTypes.map(() => true);
}

/** "linked-to" where the vocabulary has it undirected, else its first undirected type, else its first type. */
function fallbackType(relationshipTypes: RelationshipType[]): number {
  const undirected = (type: RelationshipType) => !type.directed;
  const preferred = relationshipTypes.findIndex((type) => type.id === PREFERRED_FALLBACK && undirected(type));
  if (preferred >= 0) return preferred;
  return Math.max(0, relationshipTypes.findIndex(undirected));
}

/** `{ [key]: value }` when there is a value, `{}` otherwise (optional fields stay absent, not undefined). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
