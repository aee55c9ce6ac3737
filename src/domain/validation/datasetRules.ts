/**
 * The rules that need the whole dataset, which a per-field schema cannot express: unique ids,
 * references between nodes, edges, types and sources, citations present, real and ordered dates,
 * duplicate edges, safe links, stances that say whose claim they report, and hygiene warnings
 * (unused declarations, self-loops, colours too faint to see on the canvas).
 *
 * They read the raw parsed JSON, not the schema's output, so they still run when the schema fails
 * and a person sees as much as possible in one pass. Every read is therefore defensive: anything
 * can be null, a list or a number, and what is not the expected kind is skipped (the schema
 * already reports it).
 */
import { contrastRatio } from "../dataset/contrast";
import { calendarProblem, isClearlyAfter } from "../dataset/dates";
import { error, formatPath, quote, warning, type Finding, type PathSegment } from "./problems";
import { isRecord } from "./schemaIssues";
import { closestName, didYouMean, suggestFrom } from "./suggest";

/** Where a list is: a path, or how to work it out (only when a finding needs it). */
type ListPath = readonly PathSegment[] | (() => PathSegment[]);

/**
 * One object of a list, with where it is. The path is worked out only when asked for: files have
 * hundreds of thousands of entries and almost never a finding, and building every entry's path up
 * front made garbage collection most of the validation's time.
 */
class Entry {
  constructor(
    readonly record: Record<string, unknown>,
    private readonly list: ListPath,
    private readonly index: number,
  ) {}

  get at(): PathSegment[] {
    const list = typeof this.list === "function" ? this.list() : this.list;
    return [...list, this.index];
  }
}

interface DatasetView {
  nodeTypes: Entry[];
  relationshipTypes: Entry[];
  sources: Entry[];
  nodes: Entry[];
  edges: Entry[];
}

/** Computed once per dataset: two rules need every citation. */
const holdersOf = new WeakMap<DatasetView, CitationHolder[]>();

/** Something that must cite sources: an actor (node), a relationship (edge) or an attribute. */
class CitationHolder {
  constructor(
    readonly noun: "actor" | "relationship" | "attribute",
    private readonly entry: Entry,
  ) {}

  get citations(): unknown {
    return this.entry.record.citations;
  }

  get at(): PathSegment[] {
    return [...this.entry.at, "citations"];
  }
}

export function datasetFindings(root: unknown): Finding[] {
  const view = viewOf(root);
  return [
    ...duplicateIdFindings(view),
    ...typeReferenceFindings(view),
    ...endpointFindings(view),
    ...citationFindings(view),
    ...dateFindings(view),
    ...duplicateEdgeFindings(view),
    ...urlFindings(view),
    ...vocabularyWarnings(view),
    ...colourWarnings(view),
    ...stanceFindings(view),
    ...selfLoopWarnings(view),
  ];
}

function viewOf(root: unknown): DatasetView {
  const entries = (key: string): Entry[] => entriesOf(isRecord(root) ? root[key] : undefined, [key]);
  return {
    nodeTypes: entries("nodeTypes"),
    relationshipTypes: entries("relationshipTypes"),
    sources: entries("sources"),
    nodes: entries("nodes"),
    edges: entries("edges"),
  };
}

/** The objects in a list, each with its path; anything that is not an object is left to the schema. */
function entriesOf(list: unknown, at: ListPath): Entry[] {
  if (!Array.isArray(list)) return [];
  // A plain loop: this runs for every node, edge and citation of files with hundreds of thousands.
  const entries: Entry[] = [];
  for (let index = 0; index < list.length; index++) {
    const record: unknown = list[index];
    if (isRecord(record)) entries.push(new Entry(record, at, index));
  }
  return entries;
}

function text(record: Record<string, unknown>, key: string): string | undefined {
  const value = Object.hasOwn(record, key) ? record[key] : undefined;
  return typeof value === "string" ? value : undefined;
}

function idsOf(entries: Entry[]): Set<string> {
  const ids = new Set<string>();
  for (const { record } of entries) {
    const id = text(record, "id");
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** First entry of each id, for "first used at nodes[0]". */
function firstUseOfIds(entries: Entry[]): Map<string, Entry> {
  const first = new Map<string, Entry>();
  for (const entry of entries) {
    const id = text(entry.record, "id");
    if (id !== undefined && !first.has(id)) first.set(id, entry);
  }
  return first;
}

// --- Unique ids ---------------------------------------------------------------------------------

const COLLECTION_NOUNS: Record<keyof DatasetView, string> = {
  nodeTypes: "node type",
  relationshipTypes: "relationship type",
  sources: "source",
  nodes: "node",
  edges: "edge",
};

function duplicateIdFindings(view: DatasetView): Finding[] {
  const withinCollections = (Object.keys(COLLECTION_NOUNS) as (keyof DatasetView)[]).flatMap((key) =>
    duplicatesWithin(view[key], COLLECTION_NOUNS[key]),
  );
  return [...withinCollections, ...edgeIdsUsedByNodes(view)];
}

function duplicatesWithin(entries: Entry[], noun: string): Finding[] {
  const first = firstUseOfIds(entries);
  return entries.flatMap((entry) => {
    const id = text(entry.record, "id");
    const firstEntry = id === undefined ? undefined : first.get(id);
    if (id === undefined || firstEntry === undefined || firstEntry === entry) return [];
    const message = `duplicate ${noun} id ${quote(id)} (first used at ${formatPath(firstEntry.at)})`;
    return [error([...entry.at, "id"], message)];
  });
}

/** The canvas keys nodes and edges by id in one namespace, so an edge may not reuse a node's id. */
function edgeIdsUsedByNodes(view: DatasetView): Finding[] {
  const nodeIds = firstUseOfIds(view.nodes);
  return view.edges.flatMap((entry) => {
    const { record } = entry;
    const id = text(record, "id");
    const node = id === undefined ? undefined : nodeIds.get(id);
    if (id === undefined || node === undefined) return [];
    const message = `edge id ${quote(id)} is already a node id (${formatPath(node.at)}); nodes and edges share one set of ids`;
    return [error([...entry.at, "id"], message)];
  });
}

// --- References ---------------------------------------------------------------------------------

/** An error for each `key` of `entries` whose value is not among `known` ids. */
function unknownReferences(
  entries: Entry[],
  key: string,
  noun: string,
  known: Set<string>,
  suggest: (value: string) => string | undefined,
): Finding[] {
  // A plain loop: it runs over every edge and citation, and almost never finds anything.
  const findings: Finding[] = [];
  for (const entry of entries) {
    const value = text(entry.record, key);
    if (value === undefined || known.has(value)) continue;
    findings.push(error([...entry.at, key], `unknown ${noun} ${quote(value)}`, suggest(value)));
  }
  return findings;
}

function typeReferenceFindings(view: DatasetView): Finding[] {
  const nodeTypes = idsOf(view.nodeTypes);
  const relationshipTypes = idsOf(view.relationshipTypes);
  return [
    ...unknownReferences(view.nodes, "type", "node type", nodeTypes, (v) => suggestFrom(v, nodeTypes)),
    ...unknownReferences(view.edges, "type", "relationship type", relationshipTypes, (v) =>
      suggestFrom(v, relationshipTypes),
    ),
  ];
}

function endpointFindings(view: DatasetView): Finding[] {
  const nodeIds = idsOf(view.nodes);
  const suggest = nodeSuggester(view.nodes);
  return [
    ...unknownReferences(view.edges, "source", "node", nodeIds, suggest),
    ...unknownReferences(view.edges, "target", "node", nodeIds, suggest),
  ];
}

/**
 * Suggests a node id for a mistyped reference, matching ids first, then labels and aliases, so
 * "hezbolah", "Hezbollah" and "Hizballah" all lead to "hezbollah".
 */
function nodeSuggester(nodes: Entry[]): (value: string) => string | undefined {
  // Built on the first unknown reference: a file without one never needs the names.
  let names: Map<string, string> | undefined;
  return (value) => {
    names ??= nodeNames(nodes);
    const match = closestName(value, names);
    return match === undefined ? undefined : didYouMean(match);
  };
}

/** Every node's id, label and aliases (lower case), each to the node's id; the first use wins. */
function nodeNames(nodes: Entry[]): Map<string, string> {
  const names = new Map<string, string>();
  const addName = (name: unknown, id: string) => {
    if (typeof name === "string" && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), id);
  };
  const ids = nodes.flatMap(({ record }) => {
    const id = text(record, "id");
    return id === undefined ? [] : [{ id, record }];
  });
  for (const { id } of ids) addName(id, id);
  for (const { id, record } of ids) {
    addName(record.label, id);
    if (Array.isArray(record.aliases)) for (const alias of record.aliases) addName(alias, id);
  }
  return names;
}

// --- Citations ----------------------------------------------------------------------------------

function citationHolders(view: DatasetView): CitationHolder[] {
  const known = holdersOf.get(view);
  if (known) return known;
  const holder = (noun: CitationHolder["noun"], entry: Entry) => new CitationHolder(noun, entry);
  const attributes = [...view.nodes, ...view.edges].flatMap((entry) =>
    entriesOf(entry.record.attributes, () => [...entry.at, "attributes"]),
  );
  const holders = [
    ...view.nodes.map((entry) => holder("actor", entry)),
    ...attributes.map((entry) => holder("attribute", entry)),
    ...view.edges.map((entry) => holder("relationship", entry)),
  ];
  holdersOf.set(view, holders);
  return holders;
}

function citationsOf(holder: CitationHolder): Entry[] {
  return entriesOf(holder.citations, () => holder.at);
}

function citationFindings(view: DatasetView): Finding[] {
  const sourceIds = idsOf(view.sources);
  return citationHolders(view).flatMap((holder) => {
    // A sourced graph is the point of the app: an unsourced claim is an error, not a style issue.
    if (Array.isArray(holder.citations) && holder.citations.length === 0) {
      return [error(holder.at, `no citation: every ${holder.noun} must cite at least one source`)];
    }
    const citations = citationsOf(holder);
    return unknownReferences(citations, "source", "source", sourceIds, (v) => suggestFrom(v, sourceIds));
  });
}

function citedSourceIds(view: DatasetView): Set<string> {
  const cited = new Set<string>();
  for (const holder of citationHolders(view)) {
    if (!Array.isArray(holder.citations)) continue;
    for (const citation of holder.citations as unknown[]) {
      const source = isRecord(citation) ? text(citation, "source") : undefined;
      if (source !== undefined) cited.add(source);
    }
  }
  return cited;
}

// --- Dates --------------------------------------------------------------------------------------

function dateFindings(view: DatasetView): Finding[] {
  const dated = [...view.nodes, ...view.edges];
  return [
    ...dated.flatMap((entry) => [...calendarFindings(entry, "start"), ...calendarFindings(entry, "end")]),
    ...view.sources.flatMap((entry) => calendarFindings(entry, "published")),
    ...dated.flatMap(orderFindings),
  ];
}

function calendarFindings(entry: Entry, key: string): Finding[] {
  const { record } = entry;
  const date = text(record, key);
  const problem = date === undefined ? undefined : calendarProblem(date);
  return problem === undefined
    ? []
    : [error([...entry.at, key], `${quote(date)} is not a real date: ${problem}`)];
}

function orderFindings(entry: Entry): Finding[] {
  const { record } = entry;
  const start = text(record, "start");
  const end = text(record, "end");
  if (start === undefined || end === undefined) return [];
  if (calendarProblem(start) !== undefined || calendarProblem(end) !== undefined) return [];
  if (!isClearlyAfter(start, end)) return [];
  return [error([...entry.at, "start"], `starts (${start}) after it ends (${end})`)];
}

// --- Duplicate edges ----------------------------------------------------------------------------

function duplicateEdgeFindings(view: DatasetView): Finding[] {
  const undirectedTypes = new Set(
    view.relationshipTypes.flatMap(({ record }) =>
      record.directed === false ? (text(record, "id") ?? []) : [],
    ),
  );
  const firstByKey = new Map<string, Entry>();
  return view.edges.flatMap((edge) => {
    const key = edgeKey(edge.record, undirectedTypes);
    if (key === undefined) return [];
    const first = firstByKey.get(key);
    if (first === undefined) {
      firstByKey.set(key, edge);
      return [];
    }
    const firstId = text(first.record, "id");
    const named = firstId === undefined ? "" : ` (${quote(firstId)})`;
    const message = `duplicate edge: same source, target, type and dates as ${formatPath(first.at)}${named}`;
    return [warning(edge.at, message)];
  });
}

/** What makes two edges the same claim; for undirected types the two ends are interchangeable. */
function edgeKey(edge: Record<string, unknown>, undirectedTypes: Set<string>): string | undefined {
  const source = text(edge, "source");
  const target = text(edge, "target");
  const type = text(edge, "type");
  if (source === undefined || target === undefined || type === undefined) return undefined;
  // Control characters as separators: ids, types and dates never contain them, so fields cannot run together.
  const [first, second] = undirectedTypes.has(type) && target < source ? [target, source] : [source, target];
  const start = text(edge, "start") ?? "\u0000";
  const end = text(edge, "end") ?? "\u0000";
  // A template, not an array joined: this runs once per edge.
  return `${first}\u0000\u0001${second}\u0000\u0001${type}\u0000\u0001${start}\u0000\u0001${end}`;
}

// --- Links --------------------------------------------------------------------------------------

function urlFindings(view: DatasetView): Finding[] {
  return view.sources.flatMap((entry) => {
    const { record } = entry;
    const url = text(record, "url");
    const problem = url === undefined ? undefined : urlProblem(url);
    return problem === undefined ? [] : [error([...entry.at, "url"], problem.message, problem.suggestion)];
  });
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Links are opened by readers, so only web links are allowed: no javascript:, data: or file:. */
function urlProblem(url: string): { message: string; suggestion?: string } | undefined {
  const parsed = parseUrl(url);
  if (parsed === undefined) {
    const looksLikeHost = /^[^\s/:]+\.[^\s/:]+/.test(url) && parseUrl(`https://${url}`) !== undefined;
    return {
      message: `${quote(url)} is not a valid URL`,
      ...(looksLikeHost ? { suggestion: didYouMean(`https://${url}`) } : {}),
    };
  }
  if (parsed.protocol === "http:" || parsed.protocol === "https:") return undefined;
  return { message: `only http(s) links are allowed, not ${quote(parsed.protocol)}` };
}

// --- Warnings -----------------------------------------------------------------------------------

function vocabularyWarnings(view: DatasetView): Finding[] {
  const usedNodeTypes = new Set(view.nodes.flatMap(({ record }) => text(record, "type") ?? []));
  const usedRelationshipTypes = new Set(view.edges.flatMap(({ record }) => text(record, "type") ?? []));
  const cited = citedSourceIds(view);
  return [
    ...unused(
      view.nodeTypes,
      usedNodeTypes,
      (id) => `node type ${quote(id)} is declared but no node uses it`,
    ),
    ...unused(
      view.relationshipTypes,
      usedRelationshipTypes,
      (id) => `relationship type ${quote(id)} is declared but no edge uses it`,
    ),
    ...unused(view.sources, cited, (id) => `source ${quote(id)} is never cited`),
    ...view.relationshipTypes.flatMap(missingInverseLabel),
  ];
}

function unused(entries: Entry[], used: Set<string>, describe: (id: string) => string): Finding[] {
  return entries.flatMap((entry) => {
    const { record } = entry;
    const id = text(record, "id");
    return id === undefined || used.has(id) ? [] : [warning(entry.at, describe(id))];
  });
}

/** Without an inverse label the relationship cannot be read from the target's side in the panel. */
function missingInverseLabel(entry: Entry): Finding[] {
  const { record } = entry;
  if (record.directed !== true || record.inverseLabel !== undefined) return [];
  const id = text(record, "id") ?? "";
  const message = `directed relationship type ${quote(id)} has no inverseLabel (how it reads from the target, e.g. "Trained by")`;
  return [warning(entry.at, message)];
}

/** The canvas's background: a type's colour needs 3:1 against it to be told apart (WCAG 1.4.11). */
export const CANVAS_BACKGROUND = "#f8fafc";
const MIN_GRAPHIC_CONTRAST = 3;

function colourWarnings(view: DatasetView): Finding[] {
  return [...view.nodeTypes, ...view.relationshipTypes].flatMap((entry) => {
    const { record } = entry;
    const colour = text(record, "color");
    if (colour === undefined || !/^#[0-9a-fA-F]{6}$/.test(colour)) return [];
    const ratio = contrastRatio(colour, CANVAS_BACKGROUND);
    if (ratio >= MIN_GRAPHIC_CONTRAST) return [];
    const message = `colour ${colour} has ${ratio.toFixed(1)}:1 contrast on the canvas; at least ${MIN_GRAPHIC_CONTRAST}:1 is needed to see it`;
    return [warning([...entry.at, "color"], message, "use a darker colour")];
  });
}

/** A reported claim must say whose it is; a claimant on a plain statement of fact is a slip. */
function stanceFindings(view: DatasetView): Finding[] {
  return citationHolders(view).flatMap((holder) =>
    citationsOf(holder).flatMap((entry) => {
      const { record } = entry;
      const stance = text(record, "stance");
      const claimedBy = text(record, "claimedBy");
      if (stance === "claim" && claimedBy === undefined)
        return [
          error([...entry.at, "claimedBy"], 'a citation with stance "claim" must say who makes the claim'),
        ];
      if (claimedBy !== undefined && stance !== "claim")
        return [
          warning(
            [...entry.at, "claimedBy"],
            'claimedBy is only read with stance "claim"',
            'add "stance": "claim" or remove claimedBy',
          ),
        ];
      return [];
    }),
  );
}

function selfLoopWarnings(view: DatasetView): Finding[] {
  return view.edges.flatMap((entry) => {
    const { record } = entry;
    const source = text(record, "source");
    if (source === undefined || source !== text(record, "target")) return [];
    return [warning(entry.at, `self-loop: this edge links ${quote(source)} to itself`)];
  });
}
