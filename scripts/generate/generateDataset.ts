/**
 * A seeded generator of synthetic datasets in the app's own format, for the performance benchmark
 * (bench/) and for trying the explorer on large networks (`npm run generate`).
 *
 * Pure and deterministic: the same options give the same dataset, field for field. The picture it
 * makes is meant to look like a real proxy network, not like noise: the full vocabulary of the
 * bundled Quds Force dataset with skewed type frequencies and type-appropriate ends (a person leads,
 * a group is listed on a designation list), communities of about 20-200 actors that hold most of the
 * edges, a few hubs of high degree in each, bridges between communities, partial dates on about half
 * of the edges, a handful of sources and one or two citations on every actor and relationship.
 * Everything in it is made up: the quotes are generated text and the sources say so in their notes.
 */
import { seededRandom } from "../../src/domain/view/layouts";
import type {
  Attribute,
  Citation,
  Dataset,
  GraphEdge,
  GraphNode,
  NodeType,
  RelationshipType,
  Source,
  SourceKind,
} from "../../src/domain/dataset/schema";

export interface GenerateOptions {
  actors: number;
  relationships: number;
  seed: number;
  /**
   * Give every node a saved `position` (communities on a grid, members around their centre), so the
   * app draws it as it is instead of running a layout. The nodes and edges are the same either way.
   */
  positions?: boolean;
}

// The vocabulary of graph-data/quds-force.json, copied so generated data reads the same in the app.
const NODE_TYPES: NodeType[] = [
  {
    id: "state",
    label: "State",
    description: "A sovereign state, or a named group of states treated collectively by the source.",
    color: "#1f5fa8",
    shape: "hexagon",
  },
  {
    id: "government",
    label: "Government body",
    description:
      "An administration or intergovernmental body, e.g. the Trump administration or the UN Security Council.",
    color: "#6a3d9a",
    shape: "octagon",
  },
  {
    id: "organization",
    label: "Organization",
    description: "A state military or security organisation, armed force or coalition of states' forces.",
    color: "#b35806",
    shape: "round-rectangle",
  },
  {
    id: "armed-group",
    label: "Armed group",
    description: "A non-state militia, movement or armed group, or a collective of such groups.",
    color: "#c0392b",
    shape: "diamond",
  },
  {
    id: "person",
    label: "Person",
    description: "An individual.",
    color: "#1b7837",
    shape: "ellipse",
  },
  {
    id: "agreement",
    label: "Agreement",
    description: "An international agreement or deal.",
    color: "#8c6d00",
    shape: "tag",
  },
  {
    id: "event",
    label: "Event",
    description:
      "Something that happened at a time: a war, invasion, bombing, strike, revolution, negotiation or dispute.",
    color: "#a6307a",
    shape: "star",
  },
  {
    id: "list",
    label: "Designation list",
    description:
      "An official list of designated organisations, e.g. the U.S. Foreign Terrorist Organization list.",
    color: "#4d4d4d",
    shape: "barrel",
  },
  {
    id: "place",
    label: "Place",
    description: "A city, site or territory.",
    color: "#00707a",
    shape: "round-triangle",
  },
];

const RELATIONSHIP_TYPES: RelationshipType[] = [
  {
    id: "trains",
    label: "Trains",
    inverseLabel: "Trained by",
    description: "Provides military or other training to.",
    color: "#4e87f1",
    lineStyle: "solid",
    directed: true,
  },
  {
    id: "funds",
    label: "Funds",
    inverseLabel: "Funded by",
    description: "Provides money to.",
    color: "#529803",
    lineStyle: "solid",
    directed: true,
  },
  {
    id: "arms",
    label: "Arms",
    inverseLabel: "Armed by",
    description: "Supplies weapons or equipment to.",
    color: "#d56549",
    lineStyle: "solid",
    directed: true,
  },
  {
    id: "recruits",
    label: "Recruits",
    inverseLabel: "Recruited by",
    description: "Recruits fighters or members for, or into.",
    color: "#b314a4",
    lineStyle: "solid",
    directed: true,
  },
  {
    id: "leads",
    label: "Leads",
    inverseLabel: "Led by",
    description: "Heads, commands or directs (a person, state or body leading a group, government or event).",
    color: "#181912",
    lineStyle: "solid",
    directed: true,
  },
  {
    id: "part-of",
    label: "Part of",
    inverseLabel: "Includes",
    description: "Is a component, branch or member of.",
    color: "#9e848c",
    lineStyle: "dashed",
    directed: true,
  },
  {
    id: "supports",
    label: "Supports",
    inverseLabel: "Supported by",
    description: "Gives political, military or other backing to.",
    color: "#005539",
    lineStyle: "solid",
    directed: true,
  },
  {
    id: "sanctions",
    label: "Sanctions",
    inverseLabel: "Sanctioned by",
    description: "Imposes sanctions on.",
    color: "#230a6a",
    lineStyle: "solid",
    directed: true,
  },
  {
    id: "designates",
    label: "Designates",
    inverseLabel: "Designated by",
    description: "Formally designates (e.g. as a terrorist organisation).",
    color: "#3547cd",
    lineStyle: "solid",
    directed: true,
  },
  {
    id: "listed-on",
    label: "Listed on",
    inverseLabel: "Lists",
    description: "Appears on (an official designation list).",
    color: "#a273d5",
    lineStyle: "dotted",
    directed: true,
  },
  {
    id: "blames",
    label: "Blames",
    inverseLabel: "Blamed by",
    description: "Publicly holds responsible for harm.",
    color: "#600545",
    lineStyle: "dashed",
    directed: true,
  },
  {
    id: "attacks",
    label: "Attacks",
    inverseLabel: "Attacked by",
    description: "Carries out armed attacks on.",
    color: "#f41d3d",
    lineStyle: "solid",
    directed: true,
  },
  {
    id: "fights",
    label: "Fights",
    description: "Is engaged in armed conflict with (undirected).",
    color: "#ef5500",
    lineStyle: "solid",
    directed: false,
  },
  {
    id: "in-conflict-with",
    label: "In conflict with",
    description: "Is in a hostile confrontation with, not necessarily open war (undirected).",
    color: "#bf1c47",
    lineStyle: "dashed",
    directed: false,
  },
  {
    id: "perpetrates",
    label: "Perpetrates",
    inverseLabel: "Perpetrated by",
    description: "Carries out (an attack, strike, invasion or other event).",
    color: "#6c1206",
    lineStyle: "solid",
    directed: true,
  },
  {
    id: "claims-responsibility",
    label: "Claims responsibility for",
    inverseLabel: "Claimed by",
    description: "Publicly takes credit for (an attack).",
    color: "#8a4700",
    lineStyle: "dashed",
    directed: true,
  },
  {
    id: "targets",
    label: "Targets",
    inverseLabel: "Targeted by",
    description: "An event directed against (a person, state or group).",
    color: "#e51786",
    lineStyle: "solid",
    directed: true,
  },
  {
    id: "killed-in",
    label: "Killed in",
    inverseLabel: "Killed",
    description: "A person died in (an event).",
    color: "#340000",
    lineStyle: "dashed",
    directed: true,
  },
  {
    id: "participates-in",
    label: "Took part in",
    inverseLabel: "Involved",
    description: "Took part in (an event such as a war).",
    color: "#545133",
    lineStyle: "dashed",
    directed: true,
  },
  {
    id: "formed-during",
    label: "Formed during",
    inverseLabel: "Saw the formation of",
    description: "Was founded or formed during (an event).",
    color: "#b25b7d",
    lineStyle: "dotted",
    directed: true,
  },
  {
    id: "negotiates",
    label: "Negotiates with",
    description: "Is in negotiations with (undirected).",
    color: "#035ca0",
    lineStyle: "dashed",
    directed: false,
  },
  {
    id: "party-to",
    label: "Party to",
    inverseLabel: "Has party",
    description: "Is a party to (an agreement, negotiation or dispute).",
    color: "#209676",
    lineStyle: "dashed",
    directed: true,
  },
  {
    id: "signs",
    label: "Signs",
    inverseLabel: "Signed by",
    description: "Signs or concludes (an agreement).",
    color: "#759347",
    lineStyle: "dashed",
    directed: true,
  },
  {
    id: "endorses",
    label: "Endorses",
    inverseLabel: "Endorsed by",
    description: "Formally endorses (an agreement).",
    color: "#008131",
    lineStyle: "dotted",
    directed: true,
  },
  {
    id: "withdraws-from",
    label: "Withdraws from",
    inverseLabel: "Abandoned by",
    description: "Withdraws from or abandons (an agreement).",
    color: "#ab0f03",
    lineStyle: "dotted",
    directed: true,
  },
  {
    id: "concerns",
    label: "Concerns",
    inverseLabel: "Subject of",
    description: "A negotiation or dispute is about (an agreement, list or organisation).",
    color: "#597d76",
    lineStyle: "dotted",
    directed: true,
  },
  {
    id: "pressures",
    label: "Pressures",
    inverseLabel: "Pressured by",
    description: "Applies political pressure on.",
    color: "#ab8500",
    lineStyle: "dashed",
    directed: true,
  },
  {
    id: "allied-with",
    label: "Allied with",
    description: "Is an ally of (undirected).",
    color: "#644684",
    lineStyle: "solid",
    directed: false,
  },
  {
    id: "linked-to",
    label: "Linked to",
    description: "Has a stated connection with, without the source specifying its nature (undirected).",
    color: "#768bb8",
    lineStyle: "dotted",
    directed: false,
  },
  {
    id: "located-in",
    label: "Located in",
    inverseLabel: "Location of",
    description: "Is based in, or took place in (a place or state).",
    color: "#a87055",
    lineStyle: "dotted",
    directed: true,
  },
  {
    id: "drawn-from",
    label: "Draws members from",
    inverseLabel: "Source of members for",
    description: "A group's members come from the people of (a state).",
    color: "#3c5101",
    lineStyle: "dotted",
    directed: true,
  },
  {
    id: "named-after",
    label: "Named after",
    inverseLabel: "Namesake of",
    description: "Takes its name from.",
    color: "#00425f",
    lineStyle: "dotted",
    directed: true,
  },
];

type NodeTypeId =
  | "state"
  | "government"
  | "organization"
  | "armed-group"
  | "person"
  | "agreement"
  | "event"
  | "list"
  | "place";

/** How often each actor type occurs (relative weights). */
const NODE_TYPE_WEIGHTS: Record<NodeTypeId, number> = {
  "armed-group": 30,
  person: 22,
  organization: 14,
  event: 10,
  government: 8,
  place: 7,
  state: 4,
  agreement: 3,
  list: 2,
};

const ACTORS: NodeTypeId[] = ["state", "government", "organization", "armed-group", "person"];
const ALL_TYPES: NodeTypeId[] = [...ACTORS, "agreement", "event", "list", "place"];

interface RelationshipRule {
  weight: number;
  from: NodeTypeId[];
  to: NodeTypeId[];
}

/** How often each relationship type occurs, and which actor types it may start and end at. */
const RELATIONSHIP_RULES: Record<string, RelationshipRule> = {
  supports: { weight: 14, from: ACTORS, to: ACTORS },
  "part-of": {
    weight: 10,
    from: ["armed-group", "organization", "government", "person", "event"],
    to: ["armed-group", "organization", "government", "state", "event"],
  },
  "linked-to": { weight: 9, from: ALL_TYPES, to: ALL_TYPES },
  funds: {
    weight: 7,
    from: ["state", "government", "organization", "person", "armed-group"],
    to: ["armed-group", "organization", "person", "government"],
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
  fights: {
    weight: 6,
    from: ["armed-group", "organization", "state", "person"],
    to: ["armed-group", "organization", "state"],
  },
  "allied-with": { weight: 5, from: ACTORS, to: ACTORS },
  attacks: {
    weight: 5,
    from: ["armed-group", "organization", "state"],
    to: ["armed-group", "organization", "state", "place", "person"],
  },
  "located-in": {
    weight: 5,
    from: ["armed-group", "organization", "event", "government"],
    to: ["place", "state"],
  },
  recruits: {
    weight: 4,
    from: ["organization", "armed-group", "person"],
    to: ["armed-group", "organization", "person"],
  },
  "participates-in": { weight: 4, from: ["person", "armed-group", "organization", "state"], to: ["event"] },
  "in-conflict-with": {
    weight: 3,
    from: ["state", "government", "organization", "armed-group"],
    to: ["state", "government", "organization", "armed-group"],
  },
  perpetrates: { weight: 3, from: ["armed-group", "organization", "state"], to: ["event"] },
  targets: { weight: 3, from: ["event"], to: ["state", "person", "armed-group", "organization", "place"] },
  sanctions: {
    weight: 3,
    from: ["state", "government"],
    to: ["person", "armed-group", "organization", "state"],
  },
  designates: { weight: 2, from: ["state", "government"], to: ["armed-group", "organization", "person"] },
  "listed-on": { weight: 2, from: ["armed-group", "organization", "person"], to: ["list"] },
  blames: {
    weight: 2,
    from: ["state", "government", "person", "armed-group"],
    to: ["armed-group", "organization", "state", "person"],
  },
  "party-to": { weight: 2, from: ["state", "government", "armed-group"], to: ["agreement", "event"] },
  negotiates: {
    weight: 2,
    from: ["state", "government", "armed-group", "person"],
    to: ["state", "government", "armed-group"],
  },
  "claims-responsibility": { weight: 1.5, from: ["armed-group"], to: ["event"] },
  "killed-in": { weight: 1.5, from: ["person"], to: ["event"] },
  pressures: { weight: 1.5, from: ["state", "government"], to: ["state", "government", "organization"] },
  signs: { weight: 1, from: ["government", "state", "person"], to: ["agreement"] },
  concerns: {
    weight: 1,
    from: ["event", "agreement"],
    to: ["agreement", "list", "organization", "armed-group", "place"],
  },
  "formed-during": { weight: 1, from: ["armed-group", "organization"], to: ["event"] },
  "drawn-from": { weight: 1, from: ["armed-group"], to: ["state", "place"] },
  "named-after": {
    weight: 0.7,
    from: ["armed-group", "organization", "place"],
    to: ["person", "event", "place"],
  },
  endorses: { weight: 0.6, from: ["government", "state"], to: ["agreement"] },
  "withdraws-from": { weight: 0.5, from: ["government", "state", "armed-group"], to: ["agreement"] },
};

/** Share of edges that leave their community (bridges), and how often an end is one of the hubs. */
const BRIDGE_SHARE = 0.08;
const HUB_SHARE = 0.3;
/** Members 0..HUBS-1 of each community are its hubs: its main group, its leader and its patron. */
const HUBS = 3;
const MIN_COMMUNITY = 20;
const MAX_COMMUNITY = 200;

type Random = () => number;

const randomInt = (random: Random, n: number): number => Math.floor(random() * n);
const pick = <T>(random: Random, list: readonly T[]): T => list[randomInt(random, list.length)]!;

/** Picks keys with the given relative weights. */
function weightedPicker<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  const keys = entries.map(([key]) => key);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) cumulative.push((total += weight));
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return keys[low]!;
  };
}

// --- Names ----------------------------------------------------------------------------------------

const SYLLABLES =
  "al ba dar ka ma ra sha ta zan hum qi lan mir nur sa vor tek esh ul an is ab kur ham fal jab zir mas tal ren dov yar".split(
    " ",
  );
const FIRST_NAMES =
  "Hadi Karim Nadia Omar Samir Layla Yusuf Rami Zeynab Tariq Mira Farid Hassan Amal Idris Salma Jamal Rana Bashir Huda Walid Noor Aziz Dalia".split(
    " ",
  );
const ADJECTIVES =
  "Northern Southern Eastern Western Free United Popular Revolutionary National Martyrs Victory Righteous Vanguard Sovereign".split(
    " ",
  );
const NOUNS = [
  "Lions",
  "Eagles",
  "Shield",
  "Sword",
  "Hawks",
  "Guardians",
  "Falcons",
  "Banner",
  "Dawn",
  "Storm",
];
const MINISTRIES = [
  "Defence",
  "Interior",
  "Foreign Affairs",
  "Finance",
  "Oil",
  "Intelligence",
  "Justice",
  "Treasury",
  "Security",
];
const OFFICES = ["President", "Prime Minister", "Supreme Leader", "Treasury Secretary", "Chief of Staff"];
const PUBLISHERS = [
  "Example Institute for Conflict Studies",
  "Synthetic Monitor",
  "Office of Imaginary Affairs",
  "Placeholder Research Group",
];

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function placeName(random: Random): string {
  const parts = 2 + randomInt(random, 2);
  let name = "";
  for (let i = 0; i < parts; i++) name += pick(random, SYLLABLES);
  return capitalise(name);
}

function personName(random: Random): string {
  const family = placeName(random);
  return `${pick(random, FIRST_NAMES)} ${random() < 0.35 ? `al-${family}` : family}`;
}

const number = (random: Random, max: number) => 1 + randomInt(random, max);

const LABEL_MAKERS: Record<NodeTypeId, (random: Random) => string> = {
  "armed-group": (r) =>
    pick(r, [
      () => `Brigade ${number(r, 400)}`,
      () => `${pick(r, ADJECTIVES)} ${pick(r, NOUNS)} Brigade ${number(r, 99)}`,
      () => `${placeName(r)} Battalion`,
      () => `${pick(r, ADJECTIVES)} ${placeName(r)} Front`,
      () => `Kataib ${placeName(r)}`,
      () => `${placeName(r)} Defence Units`,
      () => `${pick(r, ADJECTIVES)} Movement of ${placeName(r)}`,
    ])(),
  organization: (r) =>
    pick(r, [
      () => `${placeName(r)} Guard Corps`,
      () => `Directorate ${number(r, 60)}`,
      () => `Unit ${100 + randomInt(r, 900)}`,
      () => `${pick(r, ADJECTIVES)} Command`,
      () => `${placeName(r)} Intelligence Service`,
      () => `${placeName(r)} Logistics Office`,
    ])(),
  government: (r) =>
    pick(r, [
      () => `Ministry of ${pick(r, MINISTRIES)} of ${placeName(r)}`,
      () => `Office of the ${pick(r, OFFICES)}`,
      () => `${placeName(r)} Security Council`,
      () => `${placeName(r)} Administration`,
    ])(),
  state: (r) =>
    pick(r, [
      () => `Republic of ${placeName(r)}`,
      () => `Kingdom of ${placeName(r)}`,
      () => `${placeName(r)}istan`,
      () => `${placeName(r)} Federation`,
    ])(),
  person: personName,
  event: (r) =>
    pick(r, [
      () => `Battle of ${placeName(r)}`,
      () => `${placeName(r)} bombing`,
      () => `${1979 + randomInt(r, 45)} ${placeName(r)} offensive`,
      () => `${placeName(r)} talks`,
      () => `Siege of ${placeName(r)}`,
      () => `Strike on ${placeName(r)}`,
    ])(),
  place: (r) =>
    pick(r, [
      () => placeName(r),
      () => `${placeName(r)} Province`,
      () => `Port ${placeName(r)}`,
      () => `${placeName(r)} Valley`,
      () => `${placeName(r)} border crossing`,
    ])(),
  agreement: (r) =>
    pick(r, [
      () => `${placeName(r)} Accord`,
      () => `Treaty of ${placeName(r)}`,
      () => `${placeName(r)} ceasefire agreement`,
      () => `${placeName(r)} Protocol`,
    ])(),
  list: (r) =>
    pick(r, [
      () => `${placeName(r)} Sanctions List`,
      () => `Designated Entities List ${number(r, 20)}`,
      () => `${placeName(r)} Terrorist Designations`,
    ])(),
};

/** Lower-case words joined by single hyphens; never empty. */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "x" : slug;
}

function aliasesFor(random: Random, label: string): string[] {
  const words = label.split(" ").filter((w) => /^[A-Za-z]/.test(w));
  const aliases: string[] = [];
  if (words.length >= 2) aliases.push(words.map((w) => w.charAt(0).toUpperCase()).join(""));
  const respelt = label.replace(/q/g, "k").replace(/Ka/g, "Qa").replace(/sh/g, "ch");
  if (respelt !== label) aliases.push(respelt);
  if (aliases.length === 0 || random() < 0.3) aliases.push(`${label} (${placeName(random)})`);
  return aliases.slice(0, 1 + randomInt(random, 2));
}

// --- Dates ----------------------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, "0");

/** A partial date in `year`, as a year, a month or a day. Days stop at 28, so every month has them. */
function partialDate(random: Random, year: number): string {
  const precision = random();
  if (precision < 0.5) return String(year);
  const month = `${year}-${pad(number(random, 12))}`;
  return precision < 0.8 ? month : `${month}-${pad(number(random, 28))}`;
}

/** A start, an end or both; the end's year is always later than the start's, so start <= end. */
function dateRange(random: Random): { start?: string; end?: string } {
  const startYear = 1979 + randomInt(random, 44);
  const endYear = startYear + 1 + randomInt(random, Math.min(12, 2025 - startYear));
  const kind = random();
  if (kind < 0.6) return { start: partialDate(random, startYear) };
  if (kind < 0.9) return { start: partialDate(random, startYear), end: partialDate(random, endYear) };
  return { end: partialDate(random, endYear) };
}

/** How likely an actor of each type is to carry dates (events almost always do, places never). */
const NODE_DATE_SHARE: Record<NodeTypeId, number> = {
  event: 0.9,
  agreement: 0.9,
  "armed-group": 0.45,
  organization: 0.35,
  person: 0.4,
  government: 0.3,
  list: 0.2,
  state: 0.1,
  place: 0,
};

// --- Sources and citations ------------------------------------------------------------------------

const SOURCE_KIND_PICKER = weightedPicker<SourceKind>([
  ["report", 35],
  ["government-document", 25],
  ["article", 20],
  ["dataset", 10],
  ["other", 10],
]);

const SOURCE_TITLES: Record<SourceKind, (random: Random) => string> = {
  report: (r) =>
    pick(r, [
      () => `Annual Report on Armed Groups ${1995 + randomInt(r, 30)}`,
      () => `${placeName(r)} Conflict Monitor: ${1995 + randomInt(r, 30)} Review`,
      () => `Proxy Forces of the ${placeName(r)} Region`,
    ])(),
  "government-document": (r) =>
    pick(r, [
      () => `Designations Notice ${number(r, 900)}`,
      () => `Sanctions Order ${1995 + randomInt(r, 30)}-${number(r, 99)}`,
    ])(),
  article: (r) =>
    pick(r, [() => `Inside the ${placeName(r)} Militias`, () => `How ${placeName(r)} Funds Its Proxies`])(),
  dataset: (r) => `Synthetic Conflict Events Dataset v${number(r, 9)}`,
  other: (r) => `Field notes from ${placeName(r)}`,
};

function makeSources(random: Random): Source[] {
  const count = 3 + randomInt(random, 8);
  const kinds: SourceKind[] = ["report", "government-document", "article", "dataset", "other"];
  return Array.from({ length: count }, (_, i) => {
    // The first sources take each kind once, then kinds come by their usual frequency.
    const kind = i < kinds.length ? kinds[i]! : SOURCE_KIND_PICKER(random);
    const title = SOURCE_TITLES[kind](random);
    const id = `${slugify(title)}-s${i + 1}`;
    return {
      id,
      title,
      kind,
      ...(random() < 0.6 ? { publisher: pick(random, PUBLISHERS) } : {}),
      ...(random() < 0.8 ? { published: partialDate(random, 1995 + randomInt(random, 30)) } : {}),
      ...(random() < 0.5 ? { url: `https://example.org/sources/${id}` } : {}),
      note: "Synthetic: generated for benchmarks and demos; not a real publication.",
    };
  });
}

function locator(random: Random): string {
  const kind = random();
  if (kind < 0.5) return `p. ${number(random, 300)}`;
  if (kind < 0.85) return `paragraph ${number(random, 40)}`;
  return `table ${number(random, 12)}`;
}

const QUOTE_OPENINGS = [
  "",
  "According to officials, ",
  "The report says ",
  "Sources indicate that ",
  "Reportedly, ",
];

function citations(
  random: Random,
  sources: readonly Source[],
  claim: string,
  firstSource?: number,
): Citation[] {
  const count = random() < 0.7 ? 1 : 2;
  return Array.from({ length: count }, (_, i) => {
    const source = i === 0 && firstSource !== undefined ? sources[firstSource]! : pick(random, sources);
    return {
      source: source.id,
      ...(random() < 0.75 ? { quote: `${pick(random, QUOTE_OPENINGS)}${claim}.` } : {}),
      ...(random() < 0.5 ? { locator: locator(random) } : {}),
    };
  });
}

// --- The dataset ----------------------------------------------------------------------------------

/** Community sizes: mostly small, a few large; a remainder too small to stand alone joins the last one. */
function communitySizes(random: Random, actors: number): number[] {
  const sizes: number[] = [];
  let left = actors;
  while (left > 0) {
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

const ROLE_TYPES: NodeTypeId[] = ["armed-group", "person"];
const PATRON_PICKER = weightedPicker<NodeTypeId>([
  ["state", 3],
  ["government", 3],
  ["organization", 4],
]);
const NODE_TYPE_PICKER = weightedPicker(Object.entries(NODE_TYPE_WEIGHTS) as [NodeTypeId, number][]);
const RELATIONSHIP_PICKER = weightedPicker(
  Object.entries(RELATIONSHIP_RULES).map(([id, rule]) => [id, rule.weight] as const),
);

/** Actor types of community members by rank: hubs first (group, leader, patron), then an event and a place. */
function memberType(random: Random, rank: number): NodeTypeId {
  if (rank < ROLE_TYPES.length) return ROLE_TYPES[rank]!;
  if (rank === 2) return PATRON_PICKER(random);
  if (rank === 3) return "event";
  if (rank === 4) return "place";
  return NODE_TYPE_PICKER(random);
}

/** Gives each type missing from the actors one actor (an ordinary member, never a hub), when there is room. */
function ensureEveryType(types: NodeTypeId[], ranks: number[]): void {
  const counts = new Map<NodeTypeId, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  let candidate = types.length - 1;
  for (const type of ALL_TYPES) {
    if (counts.has(type)) continue;
    while (candidate >= 0 && (ranks[candidate]! < 5 || counts.get(types[candidate]!)! < 2)) candidate--;
    if (candidate < 0) return;
    const old = types[candidate]!;
    counts.set(old, counts.get(old)! - 1);
    counts.set(type, 1);
    types[candidate] = type;
    candidate--;
  }
}

/** Communities on a grid, each member on a sunflower spiral around its community's centre, hubs in the middle. */
function layOut(random: Random, sizes: readonly number[]): { x: number; y: number }[] {
  const spacing = 44;
  const cell = 2 * spacing * Math.sqrt(MAX_COMMUNITY * 1.5) + 160;
  const columns = Math.ceil(Math.sqrt(sizes.length));
  const positions: { x: number; y: number }[] = [];
  const golden = Math.PI * (3 - Math.sqrt(5));
  sizes.forEach((size, c) => {
    const cx = (c % columns) * cell + (random() - 0.5) * cell * 0.2;
    const cy = Math.floor(c / columns) * cell + (random() - 0.5) * cell * 0.2;
    const turn = random() * 2 * Math.PI;
    for (let rank = 0; rank < size; rank++) {
      const radius = spacing * Math.sqrt(rank + 0.5);
      const angle = turn + rank * golden;
      positions.push({
        x: Math.round(cx + radius * Math.cos(angle) + (random() - 0.5) * 8),
        y: Math.round(cy + radius * Math.sin(angle) + (random() - 0.5) * 8),
      });
    }
  });
  return positions;
}

const TYPE_INDEX = new Map(ALL_TYPES.map((type, i) => [type, i]));

/** A synthetic dataset of exactly `actors` nodes and `relationships` edges; the same options give the same data. */
export function generateDataset(options: GenerateOptions): Dataset {
  const { actors, relationships, seed } = options;
  if (!Number.isSafeInteger(actors) || actors < 0) throw new RangeError("actors must be a whole number >= 0");
  if (!Number.isSafeInteger(relationships) || relationships < 0)
    throw new RangeError("relationships must be a whole number >= 0");
  if (relationships > (actors * (actors - 1)) / 2)
    throw new RangeError(
      `${relationships} relationships do not fit between ${actors} actors without repeats`,
    );
  const random = seededRandom(seed);
  const sources = makeSources(random);

  // Actors, community by community.
  const sizes = communitySizes(random, actors);
  const community: number[] = [];
  const ranks: number[] = [];
  const types: NodeTypeId[] = [];
  sizes.forEach((size, c) => {
    for (let rank = 0; rank < size; rank++) {
      community.push(c);
      ranks.push(rank);
      types.push(memberType(random, rank));
    }
  });
  ensureEveryType(types, ranks);

  const nodeTypesById = new Map(NODE_TYPES.map((t) => [t.id, t]));
  const nodes: GraphNode[] = types.map((type, i) => {
    const label = LABEL_MAKERS[type](random);
    const typeLabel = nodeTypesById.get(type)!.label.toLowerCase();
    const node: Omit<GraphNode, "citations"> = { id: `${slugify(label)}-n${i.toString(36)}`, label, type };
    if (random() < 0.15) node.aliases = aliasesFor(random, label);
    if (random() < 0.25) node.summary = `A synthetic ${typeLabel} in community ${community[i]! + 1}.`;
    if ((type === "armed-group" || type === "organization") && random() < 0.1) {
      const attribute: Attribute = {
        label: "Size",
        value: `About ${number(random, 30)},000 members`,
        citations: citations(random, sources, `${label} has thousands of members`),
      };
      node.attributes = [attribute];
    }
    if (random() < NODE_DATE_SHARE[type]) Object.assign(node, dateRange(random));
    // The first actors cite each source once, so no source goes uncited.
    const cited = citations(
      random,
      sources,
      `${label} is a ${typeLabel}`,
      i < sources.length ? i : undefined,
    );
    return { ...node, citations: cited };
  });

  // Where to find members of each type: per community (hubs separately) and over the whole network.
  const T = ALL_TYPES.length;
  const byCommunity: number[][][] = sizes.map(() => ALL_TYPES.map(() => []));
  const hubsByCommunity: number[][] = sizes.map(() => []);
  const everywhere: number[][] = ALL_TYPES.map(() => []);
  types.forEach((type, i) => {
    const t = TYPE_INDEX.get(type)!;
    byCommunity[community[i]!]![t]!.push(i);
    everywhere[t]!.push(i);
    if (ranks[i]! < HUBS) hubsByCommunity[community[i]!]!.push(i);
  });

  const allowed = new Map(
    Object.entries(RELATIONSHIP_RULES).map(([id, rule]) => {
      const mask = (list: NodeTypeId[]) => ALL_TYPES.map((type) => list.includes(type));
      return [id, { from: mask(rule.from), to: mask(rule.to) }];
    }),
  );

  /** A member of community `c` whose type is allowed, preferring hubs now and then; -1 when none. */
  const memberOf = (c: number, mask: boolean[]): number => {
    if (random() < HUB_SHARE) {
      const hubs = hubsByCommunity[c]!.filter((i) => mask[TYPE_INDEX.get(types[i]!)!]);
      if (hubs.length > 0) return pick(random, hubs);
    }
    const lists = byCommunity[c]!;
    let total = 0;
    for (let t = 0; t < T; t++) if (mask[t]) total += lists[t]!.length;
    if (total === 0) return -1;
    let k = randomInt(random, total);
    for (let t = 0; t < T; t++) {
      if (!mask[t]) continue;
      const list = lists[t]!;
      if (k < list.length) return list[k]!;
      k -= list.length;
    }
    return -1;
  };
  const anywhere = (mask: boolean[]): number => {
    let total = 0;
    for (let t = 0; t < T; t++) if (mask[t]) total += everywhere[t]!.length;
    if (total === 0) return -1;
    let k = randomInt(random, total);
    for (let t = 0; t < T; t++) {
      if (!mask[t]) continue;
      if (k < everywhere[t]!.length) return everywhere[t]![k]!;
      k -= everywhere[t]!.length;
    }
    return -1;
  };

  const relationshipTypes = new Map(RELATIONSHIP_TYPES.map((t) => [t.id, t]));
  const typeOrder = RELATIONSHIP_TYPES.map((t) => t.id);
  const typeNumber = new Map(typeOrder.map((id, i) => [id, i]));
  const seen = new Set<number>();
  const keyOf = (source: number, target: number, type: string): number => {
    const directed = relationshipTypes.get(type)!.directed;
    const [a, b] = directed || source < target ? [source, target] : [target, source];
    return (a * actors + b) * typeOrder.length + typeNumber.get(type)!;
  };

  /** Ends for an edge of `type`: most inside one community, some bridging two; null when none fit. */
  const endsFor = (type: string): [number, number] | null => {
    const rule = allowed.get(type)!;
    for (let attempt = 0; attempt < 12; attempt++) {
      const home = community[randomInt(random, actors)]!;
      let from = memberOf(home, rule.from);
      if (from === -1) from = anywhere(rule.from);
      const bridge = random() < BRIDGE_SHARE;
      const away = bridge ? community[randomInt(random, actors)]! : home;
      let to = memberOf(away, rule.to);
      if (to === -1) to = anywhere(rule.to);
      if (from < 0 || to < 0 || from === to || seen.has(keyOf(from, to, type))) continue;
      return [from, to];
    }
    return null;
  };

  const edges: GraphEdge[] = [];
  let fallbackAttempts = 0;
  while (edges.length < relationships) {
    // The first edges take each type once, so every declared type is used when there is room.
    let type = edges.length < typeOrder.length ? typeOrder[edges.length]! : RELATIONSHIP_PICKER(random);
    let ends = endsFor(type);
    if (!ends) {
      // Dense or tiny networks: any two distinct actors, as a plain "linked to".
      type = "linked-to";
      const from = randomInt(random, actors);
      const to = randomInt(random, actors);
      if (from === to || seen.has(keyOf(from, to, type))) {
        if (++fallbackAttempts > 1_000_000) throw new Error("could not place every relationship");
        continue;
      }
      ends = [from, to];
    }
    const [from, to] = ends;
    seen.add(keyOf(from, to, type));
    const source = nodes[from]!;
    const target = nodes[to]!;
    const relationship = relationshipTypes.get(type)!;
    const edge: Omit<GraphEdge, "citations"> = {
      id: `e-${edges.length.toString(36)}`,
      source: source.id,
      target: target.id,
      type,
    };
    if (random() < 0.5) Object.assign(edge, dateRange(random));
    if (random() < 0.1)
      edge.description = `${source.label} ${relationship.label.toLowerCase()} ${target.label}.`;
    const claim = `${source.label} ${relationship.label.toLowerCase()} ${target.label}`;
    edges.push({ ...edge, citations: citations(random, sources, claim) });
  }

  if (options.positions) {
    // A separate stream, so the positioned variant has exactly the same nodes and edges.
    const positions = layOut(seededRandom(seed ^ 0x5bd1e995), sizes);
    nodes.forEach((node, i) => (node.position = positions[i]!));
  }

  return {
    formatVersion: 1,
    id: `synthetic-${actors}-${relationships}-s${seed}`,
    title: `Synthetic network: ${actors} actors, ${relationships} relationships (seed ${seed})`,
    description:
      "Generated by `npm run generate` for benchmarks and demos. Every actor, relationship, quote and source in it is made up.",
    nodeTypes: NODE_TYPES.map((t) => ({ ...t })),
    relationshipTypes: RELATIONSHIP_TYPES.map((t) => ({ ...t })),
    sources,
    nodes,
    edges,
  };
}
