/**
 * The whole view in the URL's query string, by one pure codec, so a view can be bookmarked and shared.
 *
 * Keys, in the order they are written (defaults are omitted, so the default view is ""):
 *   d=quds-force.json       bundled dataset file, or instead one of:
 *   url=https://host/a.gexf a file at an http(s) link     file=a.graphml   a file kept in this browser
 *   map=type:party,rel:kind how a linked file maps to a dataset (only when that is short, see MAP_FIELDS)
 *   hide=funds,trains       hidden relationship types     hidenodes=person   hidden actor types
 *   years=1980-2003         year range (also 1980-, -2003; a single year 2003 means 2003-2003)
 *   undated=0               drop undated relationships    src=a,b    only claims from these sources
 *   facts=1                 only relationships some source states as fact (not claims alone)
 *   isolated=0|1            hide actors without relationships (absent = automatic)
 *   focus=a,b  hops=2       focused actors and how far around them (hops defaults to 1)
 *   path=a~b   pathdir=1    path query, and whether it follows relationship direction
 *   sel=n:id | n:a,b,id | e:id   selected actor(s) (the current one last) or relationship
 *   layout=concentric       root=id          layout and its root actor
 *   size=betweenness        what an actor's size means (degree, betweenness, pagerank; see sizeBy.ts)
 *   color=community         what an actor's colour means (its type when absent; see colorBy.ts)
 *   groups=a,b              overview of a very large graph: the groups expanded (by their hub actor's id)
 *   z=1.25     pan=10.5,-3  viewport: zoom rounded to 3 decimals, pan to 1 (compare rounded values)
 *   view=table rows=relationships  the table view instead of the canvas, and which table (actors default)
 *
 * Ids are slugs ([a-z0-9-]), so "," "~" and ":" are safe separators; they are written unescaped for
 * readability, and any percent-encoding is accepted when reading. Decoding never throws: an unknown
 * key or a malformed value is ignored with a short notice and the rest of the view is kept. Whether
 * ids exist in the opened dataset is a separate step, `sanitizeViewState`.
 *
 * However long or repetitive a link is, reading it stays quick and its notices few (limits.ts): at
 * most URL_MAX_PARAMS settings are read, a value over URL_MAX_VALUE_CHARS characters or a list over
 * URL_MAX_LIST_IDS ids is cut, and each kind of problem is one notice that counts its cases and names
 * a few ("2,000 unknown focused actors in the link were ignored: n0, n1, n2 …").
 */
import type { DatasetIndex } from "../dataset/datasetIndex";
import { count, MAX_ID_CHARS, URL_MAX_LIST_IDS, URL_MAX_PARAMS, URL_MAX_VALUE_CHARS } from "../limits";
import { NoticeBoard, noticeAbout, shortQuote } from "../notices";
import type { Mapping } from "../formats/types";
import { isBindableIri } from "../sparql/iri";
import { z } from "zod";
import { isLayoutName, LAYOUT_NAMES, type LayoutName } from "./layouts";
import { DEFAULT_SIZE_BY, isSizeBy, SIZE_BY, type SizeBy } from "./sizeBy";
import { COLOR_BY, DEFAULT_COLOR_BY, isColorBy, type ColorBy } from "./colorBy";
import { DEFAULT_FILTERS, DEFAULT_FOCUS_HOPS, DEFAULT_VIEW_SPEC, sortedUnique } from "./filters";
import { actorSelection, selectedActorIds } from "./selection";
import type {
  DatabaseLink,
  DatabaseProfile,
  Focus,
  RdfVocabulary,
  PathQuery,
  Selection,
  ViewFilters,
  ViewSpec,
  TableKind,
  ViewState,
  Viewport,
  YearRange,
} from "./types";

/** The database profiles a link may name. */
const DATABASE_PROFILES: readonly DatabaseProfile[] = ["wikidata", "rdf"];

export const DEFAULT_VIEW_STATE: ViewState = {
  dataset: null,
  spec: DEFAULT_VIEW_SPEC,
  selection: null,
  layout: "fcose",
  layoutRoot: null,
  viewport: null,
  sizeBy: DEFAULT_SIZE_BY,
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATASET_FILE = /^[a-z0-9][a-z0-9._-]*\.json$/i;
const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const SMALLEST_ZOOM = 0.001;
const MAX_URL = 2000;
const MAX_FILE_NAME = 200;
/** Attribute keys a link can carry as they are: short, plain; ":" starts the file's own label or colour. */
const MAP_KEY = /^:?[A-Za-z0-9_.-]{1,40}$/;
/** A mapping longer than this is remembered in the browser instead of written into the link. */
const MAX_MAP = 200;
/** The generic RDF profile's vocabulary in a link (vocab=): longer than this, the link leaves it out and the dialog asks again. */
export const MAX_VOCABULARY = 6000;

const vocabularySchema = z
  .object({
    label: z.enum(["rdfs:label", "skos:prefLabel"]).nullable(),
    classes: z.array(z.string().max(MAX_URL)).max(200),
    predicates: z.array(z.string().max(MAX_URL)).max(200),
    oneRelationshipType: z.literal(true).optional(),
  })
  .strict();

/** An RDF resource in a link: an absolute IRI the query builder would bind. */
const isResource = (item: string) => item.length <= MAX_URL && isBindableIri(item);

/** The mapping's fields by their short names in `map=`. */
export const MAP_FIELDS: Record<string, keyof Mapping> = {
  label: "label",
  type: "nodeType",
  rel: "relationshipType",
  start: "nodeStart",
  end: "nodeEnd",
  relstart: "edgeStart",
  relend: "edgeEnd",
  source: "source",
  quote: "quote",
  link: "url",
  summary: "summary",
};

const EMPTY_MAPPING = Object.fromEntries(
  Object.values(MAP_FIELDS).map((f) => [f, null]),
) as unknown as Mapping;

/**
 * Rounds to `decimals` places; never returns -0, which would not compare equal to 0 in tests. Values
 * too large to scale are whole numbers already and come back unchanged.
 */
function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return (Number.isFinite(rounded) ? rounded : value) + 0;
}

/** Zoom as stored in the URL: 3 decimals, and never 0 (cytoscape needs a positive zoom). */
function roundZoom(zoom: number): number {
  return Math.max(SMALLEST_ZOOM, round(zoom, 3));
}

// ---------------------------------------------------------------------------------------------------
// Encoding

function formatYears(years: YearRange): string | undefined {
  const { from, to } = years;
  if (from === undefined && to === undefined) return undefined;
  if (from !== undefined && from === to) return String(from);
  return `${from ?? ""}-${to ?? ""}`;
}

function formatList(list: readonly string[]): string | undefined {
  return list.length > 0 ? sortedUnique(list).join(",") : undefined;
}

/** "type:party,rel:kind": the fields that name an attribute; undefined when none does or it is too long. */
export function formatMapping(mapping: Mapping): string | undefined {
  const entries = Object.entries(MAP_FIELDS).flatMap(([name, field]) => {
    const key = mapping[field];
    return key === null ? [] : [[name, key] as const];
  });
  if (entries.length === 0 || !entries.every(([, key]) => MAP_KEY.test(key))) return undefined;
  const text = entries.map(([name, key]) => `${name}:${key}`).join(",");
  return text.length > MAX_MAP ? undefined : text;
}

function formatFlag(value: boolean | null): string | undefined {
  return value === null ? undefined : value ? "1" : "0";
}

function filterEntries(filters: ViewFilters): [string, string | undefined][] {
  return [
    ["hide", formatList(filters.hiddenRelationshipTypes)],
    ["hidenodes", formatList(filters.hiddenNodeTypes)],
    ["years", filters.years ? formatYears(filters.years) : undefined],
    ["undated", filters.includeUndated ? undefined : "0"],
    ["src", filters.sources ? sortedUnique(filters.sources).join(",") : undefined],
    ["facts", filters.factsOnly ? "1" : undefined],
    ["isolated", formatFlag(filters.hideIsolated)],
  ];
}

function focusEntries(focus: Focus | null): [string, string | undefined][] {
  if (!focus || focus.nodeIds.length === 0) return [];
  return [
    ["focus", [...new Set(focus.nodeIds)].join(",")],
    ["hops", focus.hops === DEFAULT_FOCUS_HOPS ? undefined : String(focus.hops)],
  ];
}

function pathEntries(path: PathQuery | null): [string, string | undefined][] {
  if (!path) return [];
  return [
    ["path", `${path.from}~${path.to}`],
    ["pathdir", path.directed ? "1" : undefined],
  ];
}

function viewportEntries(viewport: Viewport | null): [string, string | undefined][] {
  if (!viewport) return [];
  const { x, y } = viewport.pan;
  return [
    ["z", String(roundZoom(viewport.zoom))],
    ["pan", `${round(x, 1)},${round(y, 1)}`],
  ];
}

/**
 * A database view: its endpoint, profile, drawn actors (in order) and expansions ("id~hops", or
 * "id~hops~rows" after "Load more", in order). Wikidata's actors are ids, joined by commas; the generic
 * RDF profile's are IRIs, joined by spaces (which an IRI never holds), with the vocabulary as JSON.
 */
function databaseEntries(view: ViewState): [string, string | undefined][] {
  const { database } = view;
  if (!database || view.url || view.file) return [];
  const join = database.profile === "rdf" ? " " : ",";
  const vocabulary =
    database.profile === "rdf" && database.vocabulary ? JSON.stringify(database.vocabulary) : undefined;
  return [
    ["db", database.endpoint],
    ["profile", database.profile],
    ["seeds", database.seeds.length > 0 ? database.seeds.join(join) : undefined],
    [
      "expand",
      database.expanded.length > 0
        ? database.expanded.map((e) => `${e.id}~${e.hops}${e.rows ? `~${e.rows}` : ""}`).join(join)
        : undefined,
    ],
    ["vocab", vocabulary && vocabulary.length <= MAX_VOCABULARY ? vocabulary : undefined],
  ];
}

/**
 * The view as a query string without the leading "?": defaults omitted, keys in a fixed order, lists
 * sorted (focus keeps its order), zoom rounded to 3 decimals and pan to 1.
 */
export function encodeViewState(view: ViewState): string {
  const { spec, selection } = view;
  const entries: [string, string | undefined][] = [
    ["d", view.dataset ?? undefined],
    ["url", view.url],
    ["file", view.file],
    ["map", view.mapping && (view.url || view.file) ? formatMapping(view.mapping) : undefined],
    ...databaseEntries(view),
    ...filterEntries(spec.filters),
    ...focusEntries(spec.focus),
    ...pathEntries(spec.path),
    ["sel", formatSelection(selection)],
    ["layout", view.layout === DEFAULT_VIEW_STATE.layout ? undefined : view.layout],
    ["root", view.layoutRoot ?? undefined],
    ["size", view.sizeBy === DEFAULT_SIZE_BY ? undefined : view.sizeBy],
    ["color", view.colorBy && view.colorBy !== DEFAULT_COLOR_BY ? view.colorBy : undefined],
    ["groups", view.groups && view.groups.length > 0 ? view.groups.join(",") : undefined],
    ...viewportEntries(view.viewport),
    ["view", view.table ? "table" : undefined],
    ["rows", view.table === "relationships" ? "relationships" : undefined],
  ];
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value !== undefined) params.append(key, value);
  // URLSearchParams escapes every separator; these four are legal in a query and keep ids and links legible.
  return params
    .toString()
    .replace(/%2C/g, ",")
    .replace(/%7E/g, "~")
    .replace(/%3A/g, ":")
    .replace(/%2F/g, "/");
}

// ---------------------------------------------------------------------------------------------------
// Decoding

/** What the query string said, before the pieces that belong together are combined. */
interface Draft {
  dataset: string | null;
  url: string | null;
  file: string | null;
  mapping: { value: Mapping; raw: string } | null;
  db: string | null;
  profile: { value: DatabaseProfile; raw: string } | null;
  seeds: { value: string[]; raw: string } | null;
  expand: { value: DatabaseLink["expanded"]; raw: string } | null;
  vocab: { value: RdfVocabulary; raw: string } | null;
  filters: ViewFilters;
  focusIds: string[] | null;
  hops: { value: Focus["hops"]; raw: string } | null;
  path: { from: string; to: string } | null;
  pathDirected: { value: boolean; raw: string } | null;
  selection: Selection | null;
  layout: LayoutName;
  layoutRoot: string | null;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  groups: string[] | null;
  zoom: { value: number; raw: string } | null;
  pan: { value: { x: number; y: number }; raw: string } | null;
  table: boolean;
  rows: { value: TableKind; raw: string } | null;
}

/** Reads one key's value into the draft; returns why the value was ignored, or undefined. */
type Reader = (value: string, draft: Draft, notices: NoticeBoard) => string | void;

const SLUG_HINT = 'ids are lower-case slugs such as "quds-force"';

/** An id a dataset could have: a slug no longer than ids may be. */
const isId = (item: string) => item.length <= MAX_ID_CHARS && SLUG.test(item);

/** A comma-separated id list: bad items are dropped with one notice for all of them, the rest kept. */
function readIds(key: string, value: string, notices: NoticeBoard): string[] {
  const items = value.split(",").filter((item) => item !== "");
  for (const item of items.filter((i) => !isId(i))) {
    notices.add(`bad-id:${key}`, item, {
      one: (id) => `Ignored "${id}" in "${key}": ${SLUG_HINT}.`,
      many: (total, examples) =>
        `Ignored ${total} ids in "${key}" that are not slugs (${examples}): ${SLUG_HINT} and at most ${count(MAX_ID_CHARS)} characters long.`,
    });
  }
  return items.filter(isId);
}

function readFlag(value: string): boolean | undefined {
  return value === "1" ? true : value === "0" ? false : undefined;
}

function readNumber(text: string): number | undefined {
  return NUMBER.test(text) && Number.isFinite(Number(text)) ? Number(text) : undefined;
}

function readYears(value: string): YearRange | string {
  const single = /^\d{1,4}$/.test(value) ? Number(value) : undefined;
  if (single !== undefined) return { from: single, to: single };
  const match = /^(\d{1,4})?-(\d{1,4})?$/.exec(value);
  if (!match || (match[1] === undefined && match[2] === undefined)) {
    return "years are written 1980-2003, 1980- or -2003";
  }
  const from = match[1] === undefined ? undefined : Number(match[1]);
  const to = match[2] === undefined ? undefined : Number(match[2]);
  if (from !== undefined && to !== undefined && from > to) return "the first year is after the second";
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}

function readSelection(value: string): Selection | string {
  const match = /^([ne]):(.*)$/.exec(value);
  const ids = match?.[2]?.split(",") ?? [];
  if (!match || ids.length === 0 || !ids.every(isId))
    return "sel must be n:<actor id> or e:<relationship id>";
  if (match[1] === "e")
    return ids.length === 1 ? { kind: "edge", id: ids[0]! } : "sel=e: takes one relationship id";
  return actorSelection(ids) ?? "sel needs an id";
}

function formatSelection(selection: Selection | null): string | undefined {
  if (!selection) return undefined;
  return selection.kind === "edge" ? `e:${selection.id}` : `n:${selectedActorIds(selection).join(",")}`;
}

function readMapping(value: string, notices: NoticeBoard): Mapping | string {
  const mapping = { ...EMPTY_MAPPING };
  let named = 0;
  for (const entry of value.split(",").filter(Boolean)) {
    const colon = entry.indexOf(":");
    const name = colon < 0 ? entry : entry.slice(0, colon);
    const key = colon < 0 ? "" : entry.slice(colon + 1);
    const field = Object.hasOwn(MAP_FIELDS, name) ? MAP_FIELDS[name] : undefined;
    if (!field || !MAP_KEY.test(key) || mapping[field] !== null) {
      const reason = field
        ? "it needs an attribute name"
        : `it is not one of ${Object.keys(MAP_FIELDS).join(", ")}`;
      // One notice per reason, however many entries a link repeats.
      notices.add(`map: ${reason}`, entry, {
        one: (item) => `Ignored "${item}" in "map": ${reason}.`,
        many: (total, examples) => `Ignored ${total} entries in "map" (${examples}): ${reason}.`,
      });
      continue;
    }
    mapping[field] = key;
    named++;
  }
  if (named === 0) return 'map is written as field:attribute pairs, such as "type:party,rel:kind"';
  return formatMapping(mapping) === undefined ? `map is longer than ${MAX_MAP} characters` : mapping;
}

function isHttpLink(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

const READERS: Record<string, Reader> = {
  d(value, draft) {
    if (!DATASET_FILE.test(value)) return 'the dataset must be a file name such as "quds-force.json"';
    draft.dataset = value;
  },
  url(value, draft) {
    if (value.length > MAX_URL || !isHttpLink(value)) return "only http(s) links can be opened";
    draft.url = value;
  },
  file(value, draft) {
    // eslint-disable-next-line no-control-regex
    if (value.length === 0 || value.length > MAX_FILE_NAME || /[\u0000-\u001f\u007f]/.test(value))
      return "it is not a file name";
    draft.file = value;
  },
  db(value, draft) {
    if (value.length > MAX_URL || !isHttpLink(value)) return "a database must be an http(s) endpoint";
    draft.db = value;
  },
  profile(value, draft) {
    if (!(DATABASE_PROFILES as readonly string[]).includes(value))
      return `the profile must be one of ${DATABASE_PROFILES.join(", ")}`;
    draft.profile = { value: value as DatabaseProfile, raw: value };
  },
  seeds(value, draft, notices) {
    // IRIs (the generic RDF profile's actors) are separated by spaces; ids by commas.
    if (value.includes(":")) {
      const iris = value.split(/\s+/).filter((item) => item !== "");
      if (iris.some((item) => !isResource(item))) return "the seeds must be ids, or IRIs separated by spaces";
      draft.seeds = { value: [...new Set(iris)], raw: value };
      return;
    }
    draft.seeds = { value: [...new Set(readIds("seeds", value, notices))], raw: value };
  },
  expand(value, draft) {
    const iris = value.includes(":");
    const items = value.split(iris ? /\s+/ : ",").filter((item) => item !== "");
    const expanded: DatabaseLink["expanded"] = [];
    for (const item of items) {
      const match = /^(.+)~([123])(?:~([1-9]\d{0,4}))?$/.exec(item);
      if (!match || !(iris ? isResource(match[1]!) : isId(match[1]!)))
        return 'each expansion must be an id (or an IRI) and its hops, such as "q42~2", and after "Load more" the rows loaded, such as "q42~1~200"';
      expanded.push({
        id: match[1]!,
        hops: Number(match[2]) as 1 | 2 | 3,
        ...(match[3] ? { rows: Number(match[3]) } : {}),
      });
    }
    draft.expand = { value: expanded, raw: value };
  },
  vocab(value, draft) {
    if (value.length > MAX_VOCABULARY) return `the vocabulary is longer than ${MAX_VOCABULARY} characters`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return "the vocabulary is not JSON";
    }
    const checked = vocabularySchema.safeParse(parsed);
    if (!checked.success || ![...checked.data.classes, ...checked.data.predicates].every(isResource))
      return "the vocabulary must list a label predicate, classes and predicates (IRIs)";
    const { oneRelationshipType, ...rest } = checked.data;
    draft.vocab = { value: { ...rest, ...(oneRelationshipType ? { oneRelationshipType } : {}) }, raw: value };
  },
  map(value, draft, notices) {
    const mapping = readMapping(value, notices);
    if (typeof mapping === "string") return mapping;
    draft.mapping = { value: mapping, raw: value };
  },
  hide(value, draft, notices) {
    draft.filters.hiddenRelationshipTypes = sortedUnique(readIds("hide", value, notices));
  },
  hidenodes(value, draft, notices) {
    draft.filters.hiddenNodeTypes = sortedUnique(readIds("hidenodes", value, notices));
  },
  years(value, draft) {
    const years = readYears(value);
    if (typeof years === "string") return years;
    draft.filters.years = years;
  },
  undated(value, draft) {
    const flag = readFlag(value);
    if (flag === undefined) return "undated must be 0 or 1";
    draft.filters.includeUndated = flag;
  },
  src(value, draft, notices) {
    draft.filters.sources = sortedUnique(readIds("src", value, notices));
  },
  facts(value, draft) {
    const flag = readFlag(value);
    if (flag === undefined) return "facts must be 0 or 1";
    draft.filters.factsOnly = flag;
  },
  isolated(value, draft) {
    const flag = readFlag(value);
    if (flag === undefined) return "isolated must be 0 or 1";
    draft.filters.hideIsolated = flag;
  },
  focus(value, draft, notices) {
    const ids = [...new Set(readIds("focus", value, notices))];
    if (ids.length === 0) return "focus needs at least one actor id";
    draft.focusIds = ids;
  },
  hops(value, draft) {
    if (value !== "1" && value !== "2" && value !== "3") return "hops must be 1, 2 or 3";
    draft.hops = { value: Number(value) as Focus["hops"], raw: value };
  },
  path(value, draft) {
    const [from, to, ...rest] = value.split("~");
    if (from === undefined || to === undefined || rest.length > 0 || !isId(from) || !isId(to)) {
      return 'path must be two actor ids joined by "~"';
    }
    draft.path = { from, to };
  },
  pathdir(value, draft) {
    const flag = readFlag(value);
    if (flag === undefined) return "pathdir must be 0 or 1";
    draft.pathDirected = { value: flag, raw: value };
  },
  sel(value, draft) {
    const selection = readSelection(value);
    if (typeof selection === "string") return selection;
    draft.selection = selection;
  },
  layout(value, draft) {
    if (!isLayoutName(value)) return `layout must be one of ${LAYOUT_NAMES.join(", ")}`;
    draft.layout = value;
  },
  root(value, draft) {
    if (!isId(value)) return `root: ${SLUG_HINT}`;
    draft.layoutRoot = value;
  },
  size(value, draft) {
    if (!isSizeBy(value)) return `size must be one of ${SIZE_BY.join(", ")}`;
    draft.sizeBy = value;
  },
  groups(value, draft, notices) {
    const ids = [...new Set(readIds("groups", value, notices))];
    if (ids.length === 0) return "groups needs at least one group (its hub actor's id)";
    draft.groups = ids;
  },
  color(value, draft) {
    if (!isColorBy(value)) return `color must be one of ${COLOR_BY.join(", ")}`;
    draft.colorBy = value;
  },
  z(value, draft) {
    const zoom = readNumber(value);
    if (zoom === undefined || zoom <= 0) return "z must be a positive number";
    draft.zoom = { value: roundZoom(zoom), raw: value };
  },
  pan(value, draft) {
    const [x, y, ...rest] = value.split(",").map(readNumber);
    if (x === undefined || y === undefined || rest.length > 0) return "pan must be two numbers: x,y";
    draft.pan = { value: { x: round(x, 1), y: round(y, 1) }, raw: value };
  },
  view(value, draft) {
    if (value !== "table") return 'view must be "table" (the graph is shown without it)';
    draft.table = true;
  },
  rows(value, draft) {
    if (value !== "actors" && value !== "relationships") return 'rows must be "actors" or "relationships"';
    draft.rows = { value, raw: value };
  },
};

function ignored(key: string, raw: string, reason: string): string {
  return `Ignored "${shortQuote(key)}=${shortQuote(raw)}": ${reason}.`;
}

/** Keys whose value is a comma-separated list of ids (sel after its "n:" or "e:"). */
const LIST_KEYS = new Set(["hide", "hidenodes", "src", "focus", "sel"]);

/**
 * A value cut to the limits: a list to its first URL_MAX_LIST_IDS whole ids within
 * URL_MAX_VALUE_CHARS characters, anything else over that length dropped (a cut scalar is never what
 * was meant). Says so in one notice; returns null when nothing is left to read.
 */
function withinLimits(key: string, value: string, notices: NoticeBoard): string | null {
  const tooLong = value.length > URL_MAX_VALUE_CHARS;
  const dropped = () =>
    notices.say(
      `Ignored "${shortQuote(key)}": its value is ${count(value.length)} characters long; a link's values are read up to ${count(URL_MAX_VALUE_CHARS)} characters.`,
    );
  if (!LIST_KEYS.has(key)) {
    if (!tooLong) return value;
    dropped();
    return null;
  }
  // The whole ids within the length limit, then the first URL_MAX_LIST_IDS of them.
  const head = tooLong ? value.slice(0, Math.max(0, value.lastIndexOf(",", URL_MAX_VALUE_CHARS))) : value;
  const kept = head.slice(0, nthComma(head, URL_MAX_LIST_IDS) ?? head.length);
  if (kept === value) return value;
  if (kept === "") {
    dropped();
    return null;
  }
  notices.say(
    `The link's "${key}" lists ${count(commas(value) + 1)} ids (${count(value.length)} characters); ` +
      `the first ${count(commas(kept) + 1)} were read: a link's lists are read up to ` +
      `${count(URL_MAX_LIST_IDS)} ids and ${count(URL_MAX_VALUE_CHARS)} characters.`,
  );
  return kept;
}

/** Where the n-th comma is, or undefined when there are fewer. */
function nthComma(text: string, n: number): number | undefined {
  let seen = 0;
  for (let at = text.indexOf(","); at !== -1; at = text.indexOf(",", at + 1)) if (++seen === n) return at;
  return undefined;
}

function commas(text: string): number {
  let seen = 0;
  for (let at = text.indexOf(","); at !== -1; at = text.indexOf(",", at + 1)) seen++;
  return seen;
}

function emptyDraft(): Draft {
  return {
    dataset: null,
    url: null,
    file: null,
    mapping: null,
    db: null,
    profile: null,
    seeds: null,
    expand: null,
    vocab: null,
    filters: { ...DEFAULT_FILTERS },
    focusIds: null,
    hops: null,
    path: null,
    pathDirected: null,
    selection: null,
    layout: DEFAULT_VIEW_STATE.layout,
    layoutRoot: null,
    sizeBy: DEFAULT_SIZE_BY,
    colorBy: DEFAULT_COLOR_BY,
    groups: null,
    zoom: null,
    pan: null,
    table: false,
    rows: null,
  };
}

/** Pieces that only mean something together: hops with a focus, pathdir with a path, z with pan. */
function assemble(draft: Draft, notices: NoticeBoard): ViewState {
  const focus = draft.focusIds
    ? { nodeIds: draft.focusIds, hops: draft.hops?.value ?? DEFAULT_FOCUS_HOPS }
    : null;
  if (!focus && draft.hops) notices.say(ignored("hops", draft.hops.raw, "there is no focus"));
  const path = draft.path ? { ...draft.path, directed: draft.pathDirected?.value ?? false } : null;
  if (!path && draft.pathDirected)
    notices.say(ignored("pathdir", draft.pathDirected.raw, "there is no path"));
  const viewport = draft.zoom && draft.pan ? { zoom: draft.zoom.value, pan: draft.pan.value } : null;
  if (!viewport && draft.zoom) notices.say(ignored("z", draft.zoom.raw, "zoom needs pan as well"));
  if (!viewport && draft.pan) notices.say(ignored("pan", draft.pan.raw, "pan needs z as well"));
  const table = draft.table ? (draft.rows?.value ?? "actors") : undefined;
  if (!table && draft.rows) notices.say(ignored("rows", draft.rows.raw, "it goes with view=table"));
  // One dataset: a link's file, else a kept file, else a database, else a bundled one.
  const url = draft.url ?? undefined;
  const file = url ? undefined : (draft.file ?? undefined);
  const database = url || file ? undefined : databaseOf(draft, notices);
  const elsewhere = url
    ? `url=${url}`
    : file
      ? `file=${file}`
      : database
        ? `db=${database.endpoint}`
        : undefined;
  if (draft.db && !database) notices.say(ignored("db", draft.db, `the link opens ${elsewhere}`));
  if (elsewhere && draft.file && url) notices.say(ignored("file", draft.file, `the link opens ${elsewhere}`));
  if (elsewhere && draft.dataset) notices.say(ignored("d", draft.dataset, `the link opens ${elsewhere}`));
  if ((!elsewhere || database) && draft.mapping)
    notices.say(ignored("map", draft.mapping.raw, "it goes with url= or file="));
  return {
    dataset: elsewhere ? null : draft.dataset,
    ...(url ? { url } : {}),
    ...(file ? { file } : {}),
    ...(elsewhere && !database && draft.mapping ? { mapping: draft.mapping.value } : {}),
    ...(database ? { database } : {}),
    spec: { filters: draft.filters, focus, path },
    selection: draft.selection,
    layout: draft.layout,
    layoutRoot: draft.layoutRoot,
    viewport,
    ...(table ? { table } : {}),
    sizeBy: draft.sizeBy,
    ...(draft.colorBy !== DEFAULT_COLOR_BY ? { colorBy: draft.colorBy } : {}),
    ...(draft.groups ? { groups: draft.groups } : {}),
  };
}

/** The database part of a link: db= with its profile, seeds and expansions; those alone are ignored. */
function databaseOf(draft: Draft, notices: NoticeBoard): DatabaseLink | undefined {
  if (!draft.db) {
    for (const [key, part] of [
      ["profile", draft.profile],
      ["seeds", draft.seeds],
      ["expand", draft.expand],
      ["vocab", draft.vocab],
    ] as const)
      if (part) notices.say(ignored(key, part.raw, "it goes with db="));
    return undefined;
  }
  const profile = draft.profile?.value ?? "wikidata";
  // Each profile names its actors its own way: Wikidata by id, generic RDF by IRI.
  const fits = profile === "rdf" ? isResource : isId;
  const seeds = draft.seeds?.value ?? [];
  const expanded = draft.expand?.value ?? [];
  if (seeds.some((s) => !fits(s)) || expanded.some((e) => !fits(e.id)))
    notices.say(
      ignored(
        "seeds",
        draft.seeds?.raw ?? draft.expand?.raw ?? "",
        profile === "rdf"
          ? "the generic RDF profile names resources by IRI"
          : "the Wikidata profile names items by id",
      ),
    );
  if (draft.vocab && profile !== "rdf")
    notices.say(ignored("vocab", draft.vocab.raw, "it goes with profile=rdf"));
  return {
    endpoint: draft.db,
    profile,
    seeds: seeds.filter(fits),
    expanded: expanded.filter((e) => fits(e.id)),
    ...(profile === "rdf" && draft.vocab ? { vocabulary: draft.vocab.value } : {}),
  };
}

/** How each kind of ignored setting is worded, for one and for many. */
const unknownSetting = (key: string, value: string) => ({
  one: () => ignored(key, value, "unknown setting"),
  many: (total: string, examples: string) => `Ignored ${total} unknown settings in the link (${examples}).`,
});
const repeatedSetting = (key: string, value: string) => ({
  one: () => ignored(key, value, `"${key}" was already given`),
  many: (total: string, examples: string) =>
    `Ignored ${total} more values of "${shortQuote(key)}" (${examples}): the first one given is used.`,
});
const badSetting = (key: string, value: string, reason: string) => ({
  one: () => ignored(key, value, reason),
  many: (total: string, examples: string) =>
    `Ignored ${total} values of "${shortQuote(key)}" (${examples}): ${reason}.`,
});

function decodeParams(params: URLSearchParams): { view: ViewState; notices: string[] } {
  const draft = emptyDraft();
  const notices = new NoticeBoard();
  const seen = new Set<string>();
  let read = 0;
  let given = 0;
  for (const [key, raw] of params) {
    if (key === "" && raw === "") continue;
    if (++given > URL_MAX_PARAMS) continue; // counted for the notice below, never read
    const reader = Object.hasOwn(READERS, key) ? READERS[key] : undefined;
    if (!reader) notices.add("unknown", `${key}=${raw}`, unknownSetting(key, raw));
    else if (seen.has(key)) notices.add(`repeated:${key}`, raw, repeatedSetting(key, raw));
    else {
      const value = withinLimits(key, raw, notices);
      // The first usable value of a key wins; a malformed one does not use the key up.
      const reason = value === null ? undefined : reader(value, draft, notices);
      if (reason) notices.add(`bad:${key}:${reason}`, raw, badSetting(key, raw, reason));
      else if (value !== null) seen.add(key);
    }
    read++;
  }
  if (given > URL_MAX_PARAMS)
    notices.say(
      `The link has ${count(given)} settings; the first ${count(read)} were read and the rest ignored.`,
    );
  const view = assemble(draft, notices);
  return { view, notices: notices.notices() };
}

/**
 * The view a query string describes (a leading "?" is fine). Never throws: unknown keys and malformed
 * values are ignored with a notice each, e.g. 'Ignored "hops=7": hops must be 1, 2 or 3.'
 */
export function decodeViewState(query: string): { view: ViewState; notices: string[] } {
  try {
    return decodeParams(new URLSearchParams(query.startsWith("?") ? query.slice(1) : query));
  } catch {
    return {
      view: DEFAULT_VIEW_STATE,
      notices: ["Ignored the address's view settings: they could not be read."],
    };
  }
}

// ---------------------------------------------------------------------------------------------------
// Checking against the opened dataset

/** What kind of id a link names, for notices: singular and plural. */
type IdKind = readonly [one: string, many: string];

/** Keeps the ids the dataset has, with one notice for all those dropped. */
function keepKnown(
  ids: readonly string[],
  known: ReadonlyMap<string, unknown>,
  [what, whats]: IdKind,
  notices: string[],
): string[] {
  const missing = ids.filter((id) => !known.has(id));
  const notice = noticeAbout(missing, {
    one: (id) => `Ignored ${what} "${id}": it is not in this dataset.`,
    many: (total, examples) => `${total} unknown ${whats} in the link were ignored: ${examples}`,
  });
  if (notice) notices.push(notice);
  return missing.length === 0 ? [...ids] : ids.filter((id) => known.has(id));
}

function sanitizeFilters(filters: ViewFilters, index: DatasetIndex, notices: string[]): ViewFilters {
  const { relationshipTypesById, nodeTypesById, sourcesById } = index;
  const sources = filters.sources && keepKnown(filters.sources, sourcesById, ["source", "sources"], notices);
  return {
    ...filters,
    hiddenRelationshipTypes: keepKnown(
      filters.hiddenRelationshipTypes,
      relationshipTypesById,
      ["hidden relationship type", "hidden relationship types"],
      notices,
    ),
    hiddenNodeTypes: keepKnown(
      filters.hiddenNodeTypes,
      nodeTypesById,
      ["hidden actor type", "hidden actor types"],
      notices,
    ),
    // Only unknown sources were asked for: showing nothing at all would not be what was meant.
    sources: sources && sources.length === 0 && filters.sources?.length !== 0 ? null : sources,
  };
}

function sanitizeSpec(spec: ViewSpec, index: DatasetIndex, notices: string[]): ViewSpec {
  const filters = sanitizeFilters(spec.filters, index, notices);
  const focusIds =
    spec.focus &&
    keepKnown(spec.focus.nodeIds, index.nodesById, ["focused actor", "focused actors"], notices);
  const pathEnds = spec.path ? [...new Set([spec.path.from, spec.path.to])] : [];
  const pathKnown =
    keepKnown(pathEnds, index.nodesById, ["path actor", "path actors"], notices).length === pathEnds.length;
  return {
    filters,
    focus: spec.focus && focusIds && focusIds.length > 0 ? { ...spec.focus, nodeIds: focusIds } : null,
    path: pathKnown ? spec.path : null,
  };
}

function sanitizeSelection(view: ViewState, index: DatasetIndex, notices: string[]): Selection | null {
  const { selection } = view;
  if (!selection) return null;
  if (selection.kind === "edge")
    return keepKnown(
      [selection.id],
      index.edgesById,
      ["selected relationship", "selected relationships"],
      notices,
    ).length > 0
      ? selection
      : null;
  const ids = selectedActorIds(selection);
  const known = keepKnown(ids, index.nodesById, ["selected actor", "selected actors"], notices);
  return known.length === ids.length ? selection : actorSelection(known);
}

/**
 * The view with every id the dataset lacks dropped (focused, path, selected and root actors, hidden
 * types, sources), a notice for each, the rest kept. A path loses both ends if either is unknown; a
 * sources filter naming only unknown sources falls back to all sources. Returns the same view object
 * when nothing needed dropping.
 */
export function sanitizeViewState(
  view: ViewState,
  index: DatasetIndex,
): { view: ViewState; notices: string[] } {
  const notices: string[] = [];
  const spec = sanitizeSpec(view.spec, index, notices);
  const selection = sanitizeSelection(view, index, notices);
  const root =
    view.layoutRoot === null
      ? []
      : keepKnown([view.layoutRoot], index.nodesById, ["layout root", "layout roots"], notices);
  // Whether a known actor heads a group is only known once the overview has grouped the dataset.
  const groups = view.groups && keepKnown(view.groups, index.nodesById, ["group", "groups"], notices);
  if (notices.length === 0) return { view, notices };
  const kept = groups && groups.length > 0 ? { groups } : { groups: undefined };
  return { view: { ...view, spec, selection, layoutRoot: root[0] ?? null, ...kept }, notices };
}
