/**
 * From an imported graph to a dataset: which attribute gives the actors' labels and types, the
 * relationships' types, the dates and the sources (the Mapping), with sensible guesses, a description
 * of the attributes for the mapping dialog, and the mapping itself with a summary of what will open.
 *
 * What it promises: ids are unique slugs, the same on every import of the same file; distinct values
 * become types with colours from a colour-blind-safe palette (or the file's own colours), each with
 * its own shape; dates become partial ISO dates, and what is not a date is left out and counted; a
 * relationship type used both directed and undirected is split in two. Provenance stays honest (see
 * provenance.ts): claims without a named source cite the file itself, with where in it they are,
 * never a made-up quote; source, quote and URL attributes become real sources and citations. A file
 * the app exported itself (appVocabulary.ts) comes back with its own types, sources and quotes.
 * Pure: the day of the import is passed in.
 */
import { isClearlyAfter } from "../dataset/dates";
import {
  NODE_SHAPES,
  type Attribute,
  type Citation,
  type Dataset,
  type GraphEdge,
  type GraphNode,
  type NodeShape,
  type NodeType,
  type RelationshipType,
  type Source,
} from "../dataset/schema";
import {
  appVocabularyOf,
  attributeText,
  attributeItems,
  parseAttributesCell,
  parseCitationCell,
  type AppVocabulary,
  type ParsedCitation,
} from "./appVocabulary";
import { normaliseColour, paletteColour, paletteLineStyle, paletteShape, visibleColour } from "./palette";
import { claimProvenance, fileSource } from "./provenance";
import type {
  AttributeInfo,
  AttributeKind,
  AttributeValue,
  ImportedEdge,
  ImportedGraph,
  ImportedNode,
  Mapping,
} from "./types";
import {
  countOf,
  formatCount,
  httpUrl,
  slugify,
  toPartialDate,
  uniqueSlugs,
  valueText,
} from "./mappingValues";

/** Not an attribute of the file but something every reader gives: an edge's own label. */
export const OWN_LABEL = ":label";
/** The colour the file gives a node, as a way to group actors into types. */
export const OWN_COLOUR = ":color";

export const DEFAULT_ACTOR_TYPE = "Actor";
export const DEFAULT_RELATIONSHIP_TYPE = "Related to";
/** The "no type" bucket is drawn in a quiet slate when there are real types beside it. */
const UNTYPED_COLOUR = "#64748b";

export const MAPPING_FIELDS = [
  "label",
  "nodeType",
  "relationshipType",
  "nodeStart",
  "nodeEnd",
  "edgeStart",
  "edgeEnd",
  "source",
  "quote",
  "url",
  "summary",
] as const satisfies readonly (keyof Mapping)[];

export const EMPTY_MAPPING: Mapping = Object.fromEntries(
  MAPPING_FIELDS.map((f) => [f, null]),
) as unknown as Mapping;

// --- Describing the attributes -------------------------------------------------------------------

export interface AttributeDescription {
  key: string;
  title: string;
  kind: AttributeKind;
  of: "node" | "edge";
  /** How many actors (or relationships) have a value. */
  count: number;
  /** How many different values there are. */
  distinct: number;
  /** A few different values, shortened. */
  samples: string[];
  /** Not a column of the file: the file's own edge label or node colour. */
  virtual?: boolean;
}

const SAMPLES = 4;
const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

function nodeValue(node: ImportedNode, key: string): AttributeValue | undefined {
  return key === OWN_COLOUR ? normaliseColour(node.color) : node.attributes[key];
}

function edgeValue(edge: ImportedEdge, key: string): AttributeValue | undefined {
  return key === OWN_LABEL ? edge.label : edge.attributes[key];
}

function describe<T>(
  info: Pick<AttributeInfo, "key" | "title" | "kind">,
  of: "node" | "edge",
  elements: readonly T[],
  value: (element: T) => AttributeValue | undefined,
  virtual = false,
): AttributeDescription {
  const values = new Set<string>();
  let count = 0;
  for (const element of elements) {
    const text = valueText(value(element));
    if (text === undefined) continue;
    count++;
    values.add(text);
  }
  return {
    ...info,
    of,
    count,
    distinct: values.size,
    samples: [...values].slice(0, SAMPLES).map(shorten),
    ...(virtual ? { virtual } : {}),
  };
}

/** Every attribute with a few sample values, how many elements have it and how many values differ. */
export function describeAttributes(graph: ImportedGraph): {
  nodes: AttributeDescription[];
  edges: AttributeDescription[];
} {
  const nodes = graph.nodeAttributes.map((a) => describe(a, "node", graph.nodes, (n) => n.attributes[a.key]));
  const edges = graph.edgeAttributes.map((a) => describe(a, "edge", graph.edges, (e) => e.attributes[a.key]));
  if (graph.nodes.some((n) => normaliseColour(n.color)))
    nodes.push(
      describe(
        { key: OWN_COLOUR, title: "Colour in the file", kind: "string" },
        "node",
        graph.nodes,
        (n) => nodeValue(n, OWN_COLOUR),
        true,
      ),
    );
  if (graph.edges.some((e) => valueText(e.label) !== undefined))
    edges.push(
      describe(
        { key: OWN_LABEL, title: "Label in the file", kind: "string" },
        "edge",
        graph.edges,
        (e) => e.label,
        true,
      ),
    );
  return { nodes, edges };
}

// --- Guessing ------------------------------------------------------------------------------------

/** "Start Date", "start_date" and "startDate" are the same name. */
const normalTitle = (title: string) => title.toLowerCase().replace(/[\s_-]+/g, "");

const GUESSES = {
  label: ["label", "name", "title", "displayname", "fullname"],
  nodeType: ["type", "kind", "category", "group", "party", "class", "actortype", "nodetype"],
  relationshipType: [
    "type",
    "interaction",
    "relationship",
    "relation",
    "relationshiptype",
    "edgetype",
    "kind",
    "label",
  ],
  nodeStart: ["start", "startdate", "from", "begin", "founded", "born", "date", "year"],
  nodeEnd: ["end", "enddate", "to", "until", "dissolved", "died"],
  edgeStart: ["start", "startdate", "begin", "since", "date", "year"],
  edgeEnd: ["end", "enddate", "until"],
  source: ["source", "sources", "citation", "citations", "reference", "references", "ref", "sourcetitle"],
  quote: ["quote", "quotation", "excerpt", "evidence"],
  url: ["url", "link", "href", "sourceurl", "uri", "website"],
  summary: ["summary", "description", "notes", "note", "about", "bio"],
} satisfies Record<keyof Mapping, string[]>;

/** The first attribute (in the order of `names`) that passes `fits`. */
function pick(
  attributes: readonly AttributeDescription[],
  names: readonly string[],
  fits: (a: AttributeDescription) => boolean = (a) => a.count > 0,
): string | null {
  for (const name of names) {
    const found = attributes.find((a) => !a.virtual && normalTitle(a.title) === name && fits(a));
    if (found) return found.key;
  }
  return null;
}

/** Few enough values to be types: at most 30, and (in a graph of some size) at most half the elements. */
const fewValues =
  (total: number, max = 30) =>
  (a: AttributeDescription) =>
    a.count > 0 && a.distinct <= max && (total < 10 || a.distinct <= total / 2);

function mostlyDates<T>(elements: readonly T[], value: (e: T) => AttributeValue | undefined) {
  return (a: AttributeDescription) => {
    let present = 0;
    let dates = 0;
    for (const element of elements) {
      const date = toPartialDate(value(element) ?? undefined);
      if (date === undefined) continue;
      present++;
      if (date !== null) dates++;
    }
    return a.count > 0 && present > 0 && dates >= present / 2;
  };
}

/** Edge attributes called "source" usually name the relationship's first end, not a citation. */
function notEndpoints(graph: ImportedGraph) {
  const ids = new Set(graph.nodes.map((n) => n.id));
  return (a: AttributeDescription) => {
    if (a.of !== "edge" || a.count === 0) return a.count > 0;
    const endpoints = graph.edges.filter((e) => {
      const text = valueText(e.attributes[a.key]);
      return text !== undefined && ids.has(text);
    }).length;
    return endpoints < a.count / 2;
  };
}

/** Sensible guesses for every part of the mapping, for the dialog to preselect. */
export function guessMapping(graph: ImportedGraph): Mapping {
  const { nodes, edges } = describeAttributes(graph);
  const labelled = graph.nodes.filter((n) => valueText(n.label) !== undefined).length;
  const nodeDates = (key: string) => mostlyDates(graph.nodes, (n) => n.attributes[key]);
  const edgeDates = (key: string) => mostlyDates(graph.edges, (e) => e.attributes[key]);
  const pickDate = (attributes: AttributeDescription[], names: string[], of: "node" | "edge") => {
    for (const name of names) {
      const key = pick(attributes, [name], (a) => (of === "node" ? nodeDates(a.key) : edgeDates(a.key))(a));
      if (key) return key;
    }
    return null;
  };
  const citing = [...nodes, ...edges];
  const colour = nodes.find((a) => a.key === OWN_COLOUR);
  const ownLabel = edges.find((a) => a.key === OWN_LABEL);
  // The app's own export names its types in "type", however many there are.
  const vocabulary = appVocabularyOf(graph);
  const nodeType =
    vocabulary?.node.type ??
    pick(nodes, GUESSES.nodeType, fewValues(graph.nodes.length)) ??
    (colour && colour.distinct >= 2 && colour.distinct <= 20 ? OWN_COLOUR : null);
  const relationshipType =
    vocabulary?.edge.type ??
    pick(edges, GUESSES.relationshipType, fewValues(graph.edges.length, 50)) ??
    (ownLabel && fewValues(graph.edges.length, 50)(ownLabel) ? OWN_LABEL : null);
  return {
    label: labelled >= graph.nodes.length / 2 ? null : pick(nodes, GUESSES.label),
    nodeType,
    relationshipType,
    nodeStart: pickDate(nodes, GUESSES.nodeStart, "node"),
    nodeEnd: pickDate(nodes, GUESSES.nodeEnd, "node"),
    edgeStart: pickDate(edges, GUESSES.edgeStart, "edge"),
    edgeEnd: pickDate(edges, GUESSES.edgeEnd, "edge"),
    source: pick(citing, GUESSES.source, notEndpoints(graph)),
    quote: pick(citing, GUESSES.quote),
    url: pick(citing, GUESSES.url),
    summary: pick(nodes, GUESSES.summary),
  };
}

/** Whether the user must choose a mapping: only files in the app's own vocabulary open without one. */
export function needsMapping(graph: ImportedGraph): boolean {
  return appVocabularyOf(graph) === null;
}

/** A mapping that names only attributes the graph has (a remembered or linked one may not). */
export function fitsGraph(graph: ImportedGraph, mapping: Mapping): boolean {
  const nodeKeys = new Set([...graph.nodeAttributes.map((a) => a.key), OWN_COLOUR]);
  const edgeKeys = new Set([...graph.edgeAttributes.map((a) => a.key), OWN_LABEL]);
  const any = new Set([...nodeKeys, ...edgeKeys]);
  const ok = (key: string | null, keys: Set<string>) => key === null || keys.has(key);
  return (
    ok(mapping.label, nodeKeys) &&
    ok(mapping.nodeType, nodeKeys) &&
    ok(mapping.summary, nodeKeys) &&
    ok(mapping.nodeStart, nodeKeys) &&
    ok(mapping.nodeEnd, nodeKeys) &&
    ok(mapping.relationshipType, edgeKeys) &&
    ok(mapping.edgeStart, edgeKeys) &&
    ok(mapping.edgeEnd, edgeKeys) &&
    ok(mapping.source, any) &&
    ok(mapping.quote, any) &&
    ok(mapping.url, any)
  );
}

/** A mapping read back from storage or a link: every field a key or null, else nothing. */
export function sanitizeMapping(value: unknown): Mapping | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  const mapping = { ...EMPTY_MAPPING };
  for (const field of MAPPING_FIELDS) {
    const key = record[field];
    if (key === undefined || key === null) continue;
    if (typeof key !== "string") return null;
    mapping[field] = key;
  }
  return mapping;
}

/** The file's shape: its attribute keys, sorted; the mapping is remembered per shape. */
export function graphShape(graph: ImportedGraph): string {
  const keys = (attributes: AttributeInfo[]) => [...new Set(attributes.map((a) => a.key))].sort().join(",");
  return `${graph.format}|${keys(graph.nodeAttributes)}|${keys(graph.edgeAttributes)}`;
}

// --- Mapping -------------------------------------------------------------------------------------

export interface MappingSummary {
  actors: number;
  actorTypes: number;
  relationships: number;
  relationshipTypes: number;
  untypedActors: number;
  untypedRelationships: number;
  /** Sources named by the file (the file itself not counted). */
  sources: number;
  claims: number;
  quotedClaims: number;
  fileOnlyClaims: number;
  droppedDates: number;
  droppedEnds: number;
  droppedLinks: number;
  addedActors: number;
  darkenedColours: number;
  splitTypes: number;
  positioned: number;
  /** "1,204 actors of 6 types, 19,090 relationships of 3 types; 312 relationships have no type: …" */
  text: string;
  /** What was left out or changed, one sentence each. */
  warnings: string[];
}

export interface MapOptions {
  /** The day of the import, "yyyy-mm-dd", for the file source's note (today by default). */
  importedOn?: string;
}

/** Counters the steps share, for the summary. */
interface Tally {
  droppedDates: number;
  droppedEnds: number;
  droppedLinks: number;
  addedActors: number;
  darkenedColours: number;
  splitTypes: number;
  badDateExample?: string;
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The most common of some values (the first seen among equals), with its share. */
function mostCommon(values: readonly (string | undefined)[]): { value: string; share: number } | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best && { value: best[0], share: best[1] / Math.max(1, values.length) };
}

/** Dates of an element: from the mapped attributes, else the reader's own; end before start dropped. */
function datesOf(
  own: { start?: string; end?: string },
  startValue: AttributeValue | undefined,
  endValue: AttributeValue | undefined,
  fromAttributes: { start: boolean; end: boolean },
  tally: Tally,
): { start?: string; end?: string } {
  const read = (mapped: boolean, value: AttributeValue | undefined, fallback: string | undefined) => {
    const date = mapped ? toPartialDate(value) : toPartialDate(fallback);
    if (date === null) {
      tally.droppedDates++;
      tally.badDateExample ??= valueText(mapped ? value : fallback);
      return undefined;
    }
    return date;
  };
  const start = read(fromAttributes.start, startValue, own.start);
  let end = read(fromAttributes.end, endValue, own.end);
  if (start && end && isClearlyAfter(start, end)) {
    tally.droppedEnds++;
    end = undefined;
  }
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/** Sources named by the file, each once per title and link. */
class SourceBook {
  readonly sources: Source[] = [];
  private readonly byKey = new Map<string, string>();
  private readonly slug: (text: string, fallback: string) => string;

  constructor(
    taken: Set<string>,
    private readonly file: string,
  ) {
    this.slug = uniqueSlugs(taken);
  }

  idFor(title: string, url: string | undefined, preferredId?: string): string {
    const key = `${title}\u0000${url ?? ""}\u0000${preferredId ?? ""}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const id = this.slug(preferredId ?? title, "source");
    this.byKey.set(key, id);
    this.sources.push({
      id,
      title,
      kind: "other",
      ...(url ? { url } : {}),
      note: `Named as a source in the imported file “${this.file}”; the file does not say what kind of source it is, who published it or when.`,
    });
    return id;
  }
}

/** Everything a mapping run shares. */
interface Context {
  graph: ImportedGraph;
  mapping: Mapping;
  vocabulary: AppVocabulary | null;
  fileSourceId: string;
  fileCited: boolean;
  book: SourceBook;
  tally: Tally;
  /** Keys that are read into the dataset's own fields, so they are not repeated as attributes. */
  usedNodeKeys: Set<string>;
  usedEdgeKeys: Set<string>;
  /** The source/quote/URL keys per element kind (a node key applies to edges with the same title). */
  citing: { node: CitingKeys; edge: CitingKeys };
}

interface CitingKeys {
  source?: string;
  quote?: string;
  url?: string;
}

function citingKeys(graph: ImportedGraph, mapping: Mapping): Context["citing"] {
  const resolve = (key: string | null, own: AttributeInfo[], other: AttributeInfo[]) => {
    if (key === null) return undefined;
    if (own.some((a) => a.key === key)) return key;
    const title = other.find((a) => a.key === key)?.title;
    return title === undefined ? undefined : own.find((a) => a.title === title)?.key;
  };
  const keys = (own: AttributeInfo[], other: AttributeInfo[]): CitingKeys => {
    const source = resolve(mapping.source, own, other);
    const quote = resolve(mapping.quote, own, other);
    const url = resolve(mapping.url, own, other);
    return { ...(source ? { source } : {}), ...(quote ? { quote } : {}), ...(url ? { url } : {}) };
  };
  return {
    node: keys(graph.nodeAttributes, graph.edgeAttributes),
    edge: keys(graph.edgeAttributes, graph.nodeAttributes),
  };
}

function fileCitation(ctx: Context, locator: string): Citation {
  ctx.fileCited = true;
  return { source: ctx.fileSourceId, ...(locator ? { locator } : {}) };
}

/** Citations from the source, quote and URL attributes; the file itself when there are none. */
function mappedCitations(ctx: Context, element: ImportedNode | ImportedEdge, keys: CitingKeys): Citation[] {
  const raw = keys.source === undefined ? undefined : element.attributes[keys.source];
  const titles = Array.isArray(raw)
    ? raw.map((t) => t.trim()).filter(Boolean)
    : [valueText(raw)].filter((t): t is string => t !== undefined);
  const quote = keys.quote === undefined ? undefined : valueText(element.attributes[keys.quote]);
  const urlText = keys.url === undefined ? undefined : valueText(element.attributes[keys.url]);
  const url = httpUrl(urlText);
  if (urlText && !url) ctx.tally.droppedLinks++;
  const where = `From ${element.locator} of the file ${ctx.graph.file}.`;
  if (titles.length === 0 && url) titles.push(url);
  if (titles.length === 0) {
    if (!quote) return [fileCitation(ctx, element.locator)];
    return [
      {
        ...fileCitation(ctx, element.locator),
        quote,
        note: "The file gives this quote without naming its source.",
      },
    ];
  }
  return titles.map((title, i) => ({
    source: ctx.book.idFor(title, i === 0 ? url : undefined),
    ...(i === 0 && quote ? { quote } : {}),
    note: where,
  }));
}

/** Citations written by the app's own export, with the attribute each one supports. */
function exportedCitations(
  ctx: Context,
  element: ImportedNode | ImportedEdge,
  cellKey: string | undefined,
  idsKey: string | undefined,
  attributeLabels: string[],
): { own: Citation[]; byAttribute: Map<string, Citation[]> } {
  const parsed = parseCitationCell(attributeItems(element, cellKey, " | "), attributeLabels);
  const ids = attributeItems(element, idsKey, "; ").filter((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id));
  // The CSV lists the cited sources' ids in order of first use: paired with the titles when they agree.
  const titles = [...new Set(parsed.map((p) => p.title))];
  const idOfTitle = new Map(titles.length === ids.length ? titles.map((t, i) => [t, ids[i]!]) : []);
  const cite = (p: ParsedCitation): Citation => ({
    source: ctx.book.idFor(p.title, undefined, idOfTitle.get(p.title)),
    ...(p.quote ? { quote: p.quote } : {}),
    ...(p.locator ? { locator: p.locator } : {}),
    ...(p.stance ? { stance: p.stance } : {}),
    ...(p.claimedBy ? { claimedBy: p.claimedBy } : {}),
    ...(p.note ? { note: p.note } : {}),
  });
  const own: Citation[] = [];
  const byAttribute = new Map<string, Citation[]>();
  for (const p of parsed) {
    if (p.attribute === undefined) own.push(cite(p));
    else byAttribute.set(p.attribute, [...(byAttribute.get(p.attribute) ?? []), cite(p)]);
  }
  return { own, byAttribute };
}

/** The file's other attributes, as the dataset's attributes, each citing the file where it says so. */
function plainAttributes(
  ctx: Context,
  element: ImportedNode | ImportedEdge,
  infos: AttributeInfo[],
  used: Set<string>,
): Attribute[] {
  const attributes: Attribute[] = [];
  let citation: Citation | undefined;
  for (const info of infos) {
    if (used.has(info.key)) continue;
    const value = valueText(element.attributes[info.key]);
    if (value === undefined) continue;
    citation ??= fileCitation(ctx, element.locator);
    attributes.push({ label: info.title.trim() || info.key, value, citations: [citation] });
  }
  return attributes;
}

// --- Types ---------------------------------------------------------------------------------------

interface TypePlan<T> {
  types: T[];
  /** Type id per element, in element order. */
  ids: string[];
  untyped: number;
}

/** Element indices per value, in order of first appearance. */
function groupBy(values: readonly (string | undefined)[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  values.forEach((value, i) => {
    if (value === undefined) return;
    const group = groups.get(value);
    if (group) group.push(i);
    else groups.set(value, [i]);
  });
  return groups;
}

/** Values ordered by how many elements have them (most first), ties in order of first appearance. */
const byFrequency = (groups: Map<string, number[]>) =>
  [...groups.keys()].sort((a, b) => groups.get(b)!.length - groups.get(a)!.length);

function nodeTypes(ctx: Context): TypePlan<NodeType> {
  const { graph, mapping, vocabulary, tally } = ctx;
  const key = mapping.nodeType;
  const values = graph.nodes.map((n) => (key === null ? undefined : valueText(nodeValue(n, key))));
  const appTypes = vocabulary !== null && key === vocabulary.node.type;
  const groups = groupBy(values);
  const slug = uniqueSlugs();
  const idOf = new Map<string, string>();
  const types: NodeType[] = [];
  const title = key === null ? "" : key === OWN_COLOUR ? "colour" : attributeTitle(graph.nodeAttributes, key);
  byFrequency(groups).forEach((value, i) => {
    const members = groups.get(value)!.map((j) => graph.nodes[j]!);
    const label =
      (appTypes && mostCommon(members.map((n) => attributeText(n, vocabulary.node.typeLabel)))?.value) ||
      (key === OWN_COLOUR ? `Colour ${value}` : value);
    const id = slug(appTypes ? value : label, "type");
    idOf.set(value, id);
    const fileColour = mostCommon(
      members.map((n) =>
        normaliseColour(appTypes ? (attributeText(n, vocabulary.node.color) ?? n.color) : n.color),
      ),
    );
    const shape = appTypes ? attributeText(members[0]!, vocabulary.node.shape) : undefined;
    types.push({
      id,
      label,
      description:
        key === OWN_COLOUR
          ? `Actors drawn in ${value} in ${graph.file}.`
          : `Actors whose ${title} is “${value}” in ${graph.file}.`,
      color: chosenColour(fileColour, i, tally),
      shape:
        shape && (NODE_SHAPES as readonly string[]).includes(shape) ? (shape as NodeShape) : paletteShape(i),
    });
  });
  const ids = values.map((v) => (v === undefined ? undefined : idOf.get(v)));
  const untyped = ids.filter((id) => id === undefined).length;
  if (untyped === 0 && types.length > 0) return { types, ids: ids as string[], untyped };
  const same = types.find((t) => t.label.toLowerCase() === DEFAULT_ACTOR_TYPE.toLowerCase());
  const fallback = same ?? {
    id: slug(DEFAULT_ACTOR_TYPE, "type"),
    label: DEFAULT_ACTOR_TYPE,
    description:
      key === null ? `Every actor in ${graph.file}.` : `Actors without a ${title} in ${graph.file}.`,
    color:
      types.length === 0
        ? chosenColour(mostCommon(graph.nodes.map((n) => normaliseColour(n.color))), 0, tally)
        : UNTYPED_COLOUR,
    shape: paletteShape(types.length),
  };
  if (!same) types.push(fallback);
  return { types, ids: ids.map((id) => id ?? fallback.id), untyped: key === null ? 0 : untyped };
}

/** The file's colour when most elements of the type share one (darkened if too faint), else the palette's. */
function chosenColour(fileColour: { value: string; share: number } | undefined, i: number, tally: Tally) {
  if (!fileColour || fileColour.share < 0.5) return paletteColour(i);
  const { colour, darkened } = visibleColour(fileColour.value);
  if (darkened) tally.darkenedColours++;
  return colour;
}

function attributeTitle(attributes: AttributeInfo[], key: string): string {
  return attributes.find((a) => a.key === key)?.title ?? key;
}

function edgeDirected(ctx: Context, edge: ImportedEdge): boolean {
  if (edge.directed !== undefined) return edge.directed;
  const stated = attributeText(edge, ctx.vocabulary?.edge.directed)?.toLowerCase();
  if (stated === "true" || stated === "false") return stated === "true";
  return ctx.graph.directedByDefault;
}

function relationshipTypes(ctx: Context, directed: boolean[]): TypePlan<RelationshipType> {
  const { graph, mapping, vocabulary, tally } = ctx;
  const key = mapping.relationshipType;
  const values = graph.edges.map((e) => (key === null ? undefined : valueText(edgeValue(e, key))));
  const appTypes = vocabulary !== null && vocabulary.edge.type !== undefined && key === vocabulary.edge.type;
  const title = key === null ? "" : key === OWN_LABEL ? "label" : attributeTitle(graph.edgeAttributes, key);
  const untyped = values.filter((v) => v === undefined).length;
  const groups = groupBy(values);
  const ordered = byFrequency(groups);
  const labelOf = (value: string) => {
    if (!appTypes) return value;
    const members = groups.get(value)!.map((j) => graph.edges[j]!);
    const label = mostCommon(
      members.map((e) => attributeText(e, vocabulary.edge.typeLabel) ?? valueText(e.label)),
    )?.value;
    return label || value;
  };
  const labels = new Map(ordered.map((value) => [value, labelOf(value)]));
  // Untyped relationships join a type the file itself calls "Related to", if there is one.
  const defaultSame = ordered.find(
    (v) => labels.get(v)!.toLowerCase() === DEFAULT_RELATIONSHIP_TYPE.toLowerCase(),
  );
  const rank = new Map<string | undefined, number>(ordered.map((v, i) => [v, i]));
  rank.set(undefined, ordered.length);
  // One bucket per value and direction: a value used both ways becomes two types.
  const buckets = new Map<string, { value: string | undefined; directed: boolean; members: number[] }>();
  graph.edges.forEach((_, j) => {
    const value = values[j] ?? defaultSame;
    const bucketKey = `${value ?? "\u0000"}\u0001${directed[j] ? 1 : 0}`;
    let bucket = buckets.get(bucketKey);
    if (!bucket) buckets.set(bucketKey, (bucket = { value, directed: directed[j]!, members: [] }));
    bucket.members.push(j);
  });
  const sorted = [...buckets.values()].sort(
    (a, b) => rank.get(a.value)! - rank.get(b.value)! || Number(b.directed) - Number(a.directed),
  );
  if (sorted.length === 0) sorted.push({ value: undefined, directed: graph.directedByDefault, members: [] });
  const uses = new Map<string | undefined, number>();
  for (const bucket of sorted) uses.set(bucket.value, (uses.get(bucket.value) ?? 0) + 1);
  tally.splitTypes += [...uses.values()].filter((n) => n > 1).length;
  const slug = uniqueSlugs();
  const ids: string[] = new Array<string>(graph.edges.length);
  const types: RelationshipType[] = [];
  const colours = new Map<string | undefined, string>();
  for (const bucket of sorted) {
    const baseLabel = bucket.value === undefined ? DEFAULT_RELATIONSHIP_TYPE : labels.get(bucket.value)!;
    const split = uses.get(bucket.value)! > 1;
    const label = split && !bucket.directed ? `${baseLabel} (undirected)` : baseLabel;
    const id = slug(appTypes && bucket.value !== undefined && !split ? bucket.value : label, "relationship");
    if (!colours.has(bucket.value)) {
      const fileColour = mostCommon(
        bucket.members.map((j) => {
          const e = graph.edges[j]!;
          return normaliseColour(appTypes ? (attributeText(e, vocabulary.edge.color) ?? e.color) : e.color);
        }),
      );
      colours.set(bucket.value, chosenColour(fileColour, colours.size, tally));
    }
    const description =
      bucket.value === undefined
        ? key === null
          ? `Every relationship in ${graph.file}.`
          : `Relationships without a ${title} in ${graph.file}.`
        : `Relationships whose ${title} is “${bucket.value}” in ${graph.file}.`;
    types.push({
      id,
      label,
      ...(bucket.directed ? { inverseLabel: `${label} (by)` } : {}),
      description,
      color: colours.get(bucket.value)!,
      lineStyle: split && !bucket.directed ? "dashed" : paletteLineStyle(colours.size - 1),
      directed: bucket.directed,
    });
    for (const j of bucket.members) ids[j] = id;
  }
  return { types, ids, untyped: key === null ? 0 : untyped };
}

// --- Nodes and edges -----------------------------------------------------------------------------

function mapNodes(ctx: Context, typeIds: string[], idOf: Map<string, string>): GraphNode[] {
  const { graph, mapping, vocabulary, tally } = ctx;
  return graph.nodes.map((node, i) => {
    const label =
      (mapping.label === null ? undefined : valueText(node.attributes[mapping.label])) ??
      valueText(node.label) ??
      node.id.trim();
    const summary =
      (mapping.summary === null ? undefined : valueText(node.attributes[mapping.summary])) ??
      (vocabulary ? attributeText(node, vocabulary.node.summary) : undefined);
    const dates = datesOf(
      node,
      mapping.nodeStart === null ? undefined : node.attributes[mapping.nodeStart],
      mapping.nodeEnd === null ? undefined : node.attributes[mapping.nodeEnd],
      { start: mapping.nodeStart !== null, end: mapping.nodeEnd !== null },
      tally,
    );
    const aliases = vocabulary ? attributeItems(node, vocabulary.node.aliases, "; ") : [];
    const { citations, attributes } = vocabulary
      ? exportedClaims(ctx, node, vocabulary.node, ctx.graph.nodeAttributes, ctx.usedNodeKeys)
      : {
          citations: mappedCitations(ctx, node, ctx.citing.node),
          attributes: plainAttributes(ctx, node, graph.nodeAttributes, ctx.usedNodeKeys),
        };
    const position = node.position;
    return {
      id: idOf.get(node.id)!,
      label: label || idOf.get(node.id)!,
      type: typeIds[i]!,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(summary ? { summary } : {}),
      ...(attributes.length > 0 ? { attributes } : {}),
      ...dates,
      citations,
      ...(position && Number.isFinite(position.x) && Number.isFinite(position.y)
        ? { position: { x: position.x, y: position.y } }
        : {}),
    };
  });
}

/** An actor's or relationship's citations and attributes, as the app's export wrote them. */
function exportedClaims(
  ctx: Context,
  element: ImportedNode | ImportedEdge,
  columns: { citations?: string; sourceIds?: string; attributes?: string },
  infos: AttributeInfo[],
  used: Set<string>,
) {
  const pairs = parseAttributesCell(attributeItems(element, columns.attributes, "; "));
  const { own, byAttribute } = exportedCitations(
    ctx,
    element,
    columns.citations,
    columns.sourceIds,
    pairs.map(([label]) => label),
  );
  const attributes: Attribute[] = pairs.map(([label, value]) => ({
    label,
    value,
    citations: byAttribute.get(label) ?? [fileCitation(ctx, element.locator)],
  }));
  return {
    citations: own.length > 0 ? own : [fileCitation(ctx, element.locator)],
    attributes: [...attributes, ...plainAttributes(ctx, element, infos, used)],
  };
}

function mapEdges(
  ctx: Context,
  typeIds: string[],
  idOf: Map<string, string>,
  slug: (text: string, fallback: string) => string,
): GraphEdge[] {
  const { graph, mapping, vocabulary, tally } = ctx;
  return graph.edges.map((edge, i) => {
    const dates = datesOf(
      edge,
      mapping.edgeStart === null ? undefined : edge.attributes[mapping.edgeStart],
      mapping.edgeEnd === null ? undefined : edge.attributes[mapping.edgeEnd],
      { start: mapping.edgeStart !== null, end: mapping.edgeEnd !== null },
      tally,
    );
    const description = vocabulary ? attributeText(edge, vocabulary.edge.description) : undefined;
    let citations: Citation[];
    let attributes: Attribute[];
    if (vocabulary) {
      ({ citations, attributes } = exportedClaims(
        ctx,
        edge,
        vocabulary.edge,
        graph.edgeAttributes,
        ctx.usedEdgeKeys,
      ));
    } else {
      citations = mappedCitations(ctx, edge, ctx.citing.edge);
      attributes = plainAttributes(ctx, edge, graph.edgeAttributes, ctx.usedEdgeKeys);
      const label = valueText(edge.label);
      if (label && mapping.relationshipType !== OWN_LABEL)
        attributes.unshift({ label: "Label", value: label, citations: [fileCitation(ctx, edge.locator)] });
      if (edge.weight !== undefined && Number.isFinite(edge.weight) && !hasTitle(graph, "weight"))
        attributes.push({
          label: "Weight",
          value: String(edge.weight),
          citations: [fileCitation(ctx, edge.locator)],
        });
    }
    return {
      id: slug(edge.id ?? "", "edge"),
      source: idOf.get(edge.source)!,
      target: idOf.get(edge.target)!,
      type: typeIds[i]!,
      ...dates,
      ...(description ? { description } : {}),
      ...(attributes.length > 0 ? { attributes } : {}),
      citations,
    };
  });
}

const hasTitle = (graph: ImportedGraph, title: string) =>
  graph.edgeAttributes.some((a) => a.title.toLowerCase() === title);

/** Edges may name actors the file does not list: they are added, as the edge names them. */
function withEndpoints(graph: ImportedGraph, tally: Tally): ImportedGraph {
  const known = new Set<string>();
  // A reader drops repeated ids already; if one slipped through, the first node counts.
  const nodes = graph.nodes.filter((n) => !known.has(n.id) && known.add(n.id));
  const added: ImportedNode[] = [];
  for (const edge of graph.edges) {
    for (const end of [edge.source, edge.target]) {
      if (known.has(end)) continue;
      known.add(end);
      added.push({ id: end, attributes: {}, locator: edge.locator });
    }
  }
  tally.addedActors = added.length;
  return added.length === 0 && nodes.length === graph.nodes.length
    ? graph
    : { ...graph, nodes: [...nodes, ...added] };
}

function usedKeys(mapping: Mapping, vocabulary: AppVocabulary | null, citing: Context["citing"]) {
  const node = new Set<string>(
    [mapping.label, mapping.nodeType, mapping.nodeStart, mapping.nodeEnd, mapping.summary].filter(
      (k): k is string => k !== null,
    ),
  );
  const edge = new Set<string>(
    [mapping.relationshipType, mapping.edgeStart, mapping.edgeEnd].filter((k): k is string => k !== null),
  );
  for (const key of Object.values(citing.node)) node.add(key);
  for (const key of Object.values(citing.edge)) edge.add(key);
  for (const key of vocabulary?.keys ?? []) {
    node.add(key);
    edge.add(key);
  }
  return { node, edge };
}

/** The dataset a mapping gives, and what it amounts to. */
export function mapToDataset(
  imported: ImportedGraph,
  mapping: Mapping,
  options: MapOptions = {},
): { dataset: Dataset; summary: MappingSummary } {
  const tally: Tally = {
    droppedDates: 0,
    droppedEnds: 0,
    droppedLinks: 0,
    addedActors: 0,
    darkenedColours: 0,
    splitTypes: 0,
  };
  const graph = withEndpoints(imported, tally);
  const vocabulary = appVocabularyOf(graph);
  const citing = citingKeys(graph, mapping);
  const used = usedKeys(mapping, vocabulary, citing);
  const sourceIds = new Set<string>();
  const fileSourceId = uniqueSlugs(sourceIds)(`file-${graph.file}`, "file");
  const ctx: Context = {
    graph,
    mapping,
    vocabulary,
    fileSourceId,
    fileCited: false,
    book: new SourceBook(sourceIds, graph.file),
    tally,
    usedNodeKeys: used.node,
    usedEdgeKeys: used.edge,
    citing,
  };
  const elementSlug = uniqueSlugs();
  const idOf = new Map<string, string>();
  for (const node of graph.nodes) idOf.set(node.id, elementSlug(node.id, "node"));
  const actorTypes = nodeTypes(ctx);
  const directed = graph.edges.map((e) => edgeDirected(ctx, e));
  const relTypes = relationshipTypes(ctx, directed);
  const nodes = mapNodes(ctx, actorTypes.ids, idOf);
  const edges = mapEdges(ctx, relTypes.ids, idOf, elementSlug);
  const file = fileSource(fileSourceId, graph.file, graph.formatLabel, options.importedOn ?? today());
  const sources = [...(ctx.fileCited || ctx.book.sources.length === 0 ? [file] : []), ...ctx.book.sources];
  const dataset: Dataset = {
    formatVersion: 1,
    id: slugify(graph.file.replace(/\.[a-z0-9]+$/i, "")) || "imported",
    title: graph.title?.trim() || graph.file,
    description: graph.description?.trim() || `Imported from ${graph.file} (${graph.formatLabel}).`,
    nodeTypes: actorTypes.types,
    relationshipTypes: relTypes.types,
    sources,
    nodes,
    edges,
  };
  return { dataset, summary: summarize(dataset, graph, actorTypes, relTypes, ctx) };
}

function summarize(
  dataset: Dataset,
  graph: ImportedGraph,
  actorTypes: TypePlan<NodeType>,
  relTypes: TypePlan<RelationshipType>,
  ctx: Context,
): MappingSummary {
  const { tally } = ctx;
  const provenance = claimProvenance(dataset);
  const positioned = dataset.nodes.filter((n) => n.position).length;
  const distinctRelTypes = new Set(relTypes.types.map((t) => t.label.replace(/ \(undirected\)$/, ""))).size;
  const parts = [
    `${countOf(dataset.nodes.length, "actor")} of ${countOf(actorTypes.types.length, "type")}, ${countOf(dataset.edges.length, "relationship")} of ${countOf(distinctRelTypes, "type")}`,
    ...(actorTypes.untyped > 0
      ? [
          `${countOf(actorTypes.untyped, "actor has", "actors have")} no type: drawn as “${DEFAULT_ACTOR_TYPE}”`,
        ]
      : []),
    ...(relTypes.untyped > 0
      ? [
          `${countOf(relTypes.untyped, "relationship has", "relationships have")} no type: drawn as “${DEFAULT_RELATIONSHIP_TYPE}”`,
        ]
      : []),
  ];
  const warnings = [
    ...(tally.droppedDates > 0
      ? [
          `${countOf(tally.droppedDates, "date")} that ${tally.droppedDates === 1 ? "is" : "are"} not a real date ${tally.droppedDates === 1 ? "was" : "were"} left out${tally.badDateExample ? ` (such as “${tally.badDateExample.slice(0, 30)}”)` : ""}.`,
        ]
      : []),
    ...(tally.droppedEnds > 0
      ? [
          `${countOf(tally.droppedEnds, "end date")} before ${tally.droppedEnds === 1 ? "its" : "their"} start ${tally.droppedEnds === 1 ? "was" : "were"} left out.`,
        ]
      : []),
    ...(tally.droppedLinks > 0
      ? [
          `${countOf(tally.droppedLinks, "link")} that ${tally.droppedLinks === 1 ? "is" : "are"} not http(s) ${tally.droppedLinks === 1 ? "was" : "were"} left out.`,
        ]
      : []),
    ...(tally.addedActors > 0
      ? [
          `${countOf(tally.addedActors, "actor")} named only by relationships ${tally.addedActors === 1 ? "was" : "were"} added.`,
        ]
      : []),
    ...(tally.darkenedColours > 0
      ? [
          `${countOf(tally.darkenedColours, "colour")} from the file ${tally.darkenedColours === 1 ? "was" : "were"} darkened to be seen on the canvas.`,
        ]
      : []),
    ...(tally.splitTypes > 0
      ? [
          `${countOf(tally.splitTypes, "relationship type")} used both directed and undirected ${tally.splitTypes === 1 ? "is" : "are"} drawn as two.`,
        ]
      : []),
    ...(positioned > 0 && positioned < dataset.nodes.length
      ? [
          `Only ${formatCount(positioned)} of ${countOf(dataset.nodes.length, "actor")} have a position in the file: the graph is laid out instead.`,
        ]
      : []),
    ...graph.warnings.map((w) => w.message),
  ];
  return {
    actors: dataset.nodes.length,
    actorTypes: actorTypes.types.length,
    relationships: dataset.edges.length,
    relationshipTypes: distinctRelTypes,
    untypedActors: actorTypes.untyped,
    untypedRelationships: relTypes.untyped,
    sources: ctx.book.sources.length,
    claims: provenance.claims,
    quotedClaims: provenance.quoted,
    fileOnlyClaims: provenance.fileOnly,
    droppedDates: tally.droppedDates,
    droppedEnds: tally.droppedEnds,
    droppedLinks: tally.droppedLinks,
    addedActors: tally.addedActors,
    darkenedColours: tally.darkenedColours,
    splitTypes: tally.splitTypes,
    positioned,
    text: `${parts.join("; ")}.`,
    warnings,
  };
}

/** What a mapping would open, for the dialog's live summary. */
export function summarizeMapping(graph: ImportedGraph, mapping: Mapping): MappingSummary {
  return mapToDataset(graph, mapping).summary;
}
