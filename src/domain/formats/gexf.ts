/**
 * The GEXF reader (Gephi's format, versions 1.1 to 1.3, and what networkx writes): nodes, edges,
 * declared attributes with their types and defaults, viz positions, colours and sizes, and time.
 *
 * Time: `start`/`end` (and 1.1's `startopen`/`endopen`, 1.3's `timestamp`) on nodes and edges,
 * `<spells>`, `<slices>` and `<timestamps>` are reduced to one overall span in the app's partial
 * dates. With `timeformat="date"` (or "dateTime") values are dates; with "integer" or "double" they
 * are years only when every time in the graph is a whole number from 1000 to 2999, and are
 * otherwise left out with a warning (time steps 1, 2, 3 are not dates). Dynamic attribute values
 * keep their latest value. Nested nodes (hierarchies) are flattened.
 */
import type {
  AttributeInfo,
  AttributeKind,
  AttributeValue,
  ImportedEdge,
  ImportedGraph,
  ImportedNode,
  ReadResult,
} from "./types";
import {
  MisfitValues,
  Tally,
  childrenNamed,
  count,
  elementProblem,
  finiteNumber,
  firstChild,
  hexColor,
  overallSpan,
  partialDate,
  readXml,
  unexpectedProblem,
  rgbColor,
  setValue,
  typedValue,
  withDateKinds,
  type XmlElement,
} from "./xml";
import type { Problem } from "../validation/problems";

/** What the app's own GEXF export says it was made by (see export/writers/gexf.ts). */
export const APP_GEXF_CREATOR = "Proxy Network Explorer";

export function readGexf(text: string, file: string): ReadResult {
  try {
    return readGexfText(text, file);
  } catch (error) {
    // Not expected to happen; a reader bug still ends as a message, never as a crashed worker.
    return { ok: false, problems: [unexpectedProblem(file, error)] };
  }
}

function readGexfText(text: string, file: string): ReadResult {
  const xml = readXml(text, file);
  if (!xml.ok) return xml;
  const { root } = xml;
  if (root.local !== "gexf") {
    const what =
      root.local === "graphml" ? "a GraphML file" : `an XML file whose root element is <${root.name}>`;
    return refuse(file, root, `This is ${what}, not GEXF: a GEXF file's root element is <gexf>.`);
  }
  const graph = firstChild(root, "graph");
  if (!graph)
    return refuse(file, root, "This GEXF file has no <graph> element, so there is nothing to open.");
  return { ok: true, graph: new GexfReading(file, root, graph, xml.warnings).graph() };
}

function refuse(file: string, element: XmlElement, message: string): ReadResult {
  return { ok: false, problems: [elementProblem(file, element, "error", message)] };
}

// --- Attributes -----------------------------------------------------------------------------------

interface Declared {
  info: AttributeInfo;
  /** The type as the file writes it ("integer", "liststring"), for messages. */
  type: string;
}

function kindOf(type: string): AttributeKind {
  const t = type.toLowerCase();
  if (t.startsWith("list")) return "list";
  if (["integer", "long", "float", "double", "short", "byte", "bigdecimal", "biginteger"].includes(t)) {
    return "number";
  }
  if (t === "boolean") return "boolean";
  if (t === "date") return "date";
  return "string";
}

// --- Time -----------------------------------------------------------------------------------------

interface RawInterval {
  start?: string;
  end?: string;
  at: XmlElement;
}

const INFINITY = /^\s*[+-]?inf(inity)?\s*$/i;

/** An element's own times and its spells, slices and timestamps, as written. */
function rawIntervals(element: XmlElement): RawInterval[] {
  const intervals: RawInterval[] = [];
  const own = intervalOf(element);
  if (own) intervals.push(own);
  for (const [list, item] of [
    ["spells", "spell"],
    ["slices", "slice"],
    ["timestamps", "timestamp"],
  ] as const) {
    for (const container of childrenNamed(element, list)) {
      for (const child of childrenNamed(container, item)) {
        const interval = intervalOf(child) ?? timestampOf(child);
        if (interval) intervals.push(interval);
      }
    }
  }
  return intervals;
}

function intervalOf(element: XmlElement): RawInterval | undefined {
  const a = element.attributes;
  const start = a.start ?? a.startopen ?? a.timestamp;
  const end = a.end ?? a.endopen ?? a.timestamp;
  if (start === undefined && end === undefined) return undefined;
  const interval: RawInterval = { at: element };
  if (start !== undefined) interval.start = start;
  if (end !== undefined) interval.end = end;
  return interval;
}

function timestampOf(element: XmlElement): RawInterval | undefined {
  const value = element.attributes.value;
  return value === undefined ? undefined : { start: value, end: value, at: element };
}

type TimeFormat = "date" | "number" | "infer";

function timeFormatOf(graph: XmlElement): TimeFormat {
  const format = graph.attributes.timeformat?.toLowerCase();
  if (format === "date" || format === "datetime") return "date";
  if (format === "integer" || format === "double" || format === "long" || format === "float") return "number";
  return "infer";
}

/**
 * Turns the file's times into the app's dates, deciding once for the whole graph whether its
 * numbers are years, and tells what it had to leave out.
 */
class TimeReader {
  private readonly yearsOk: boolean;
  private readonly notYears = new Tally();
  private readonly examples: string[] = [];
  private readonly unreadable = new Tally();
  private firstUnreadable = "";

  constructor(
    private readonly format: TimeFormat,
    private readonly formatName: string | undefined,
    allRaw: readonly string[],
  ) {
    this.yearsOk = allRaw.every((raw) => {
      if (INFINITY.test(raw) || (format !== "number" && partialDate(raw) !== undefined)) return true;
      const n = finiteNumber(raw);
      return n === undefined || (Number.isInteger(n) && n >= 1000 && n <= 2999);
    });
  }

  /** A date, or undefined for an open bound or a time that is not a date (noted for the warning). */
  date(raw: string | undefined, at: XmlElement): string | undefined {
    if (raw === undefined || INFINITY.test(raw) || raw.trim() === "") return undefined;
    if (this.format !== "number") {
      const date = partialDate(raw);
      if (date !== undefined) return date;
    }
    const n = finiteNumber(raw);
    if (n === undefined || this.format === "date") {
      this.unreadable.note(at);
      if (this.firstUnreadable === "") this.firstUnreadable = raw;
      return undefined;
    }
    if (this.yearsOk) return String(n);
    this.notYears.note(at);
    if (this.examples.length < 3 && !this.examples.includes(raw.trim())) this.examples.push(raw.trim());
    return undefined;
  }

  span(intervals: readonly RawInterval[]): { start?: string; end?: string } {
    return overallSpan(
      intervals.map((interval) => {
        const converted: { start?: string; end?: string } = {};
        const start = this.date(interval.start, interval.at);
        const end = this.date(interval.end, interval.at);
        if (start !== undefined) converted.start = start;
        if (end !== undefined) converted.end = end;
        return converted;
      }),
    );
  }

  problems(file: string): Problem[] {
    const format = this.formatName ? ` (timeformat "${this.formatName}")` : "";
    return [
      ...this.notYears.problem(
        file,
        (n) =>
          `This graph's times are numbers${format}, such as ${this.examples.join(", ")}, which are not years; the explorer keeps dates only, so ${count(n, "time")} ${n === 1 ? "was" : "were"} left out.`,
        'Give the times as dates (timeformat="date") or as years to keep them.',
      ),
      ...this.unreadable.problem(
        file,
        (n) =>
          `${count(n, "time")} could not be read as ${n === 1 ? "a date" : "dates"} (the first, ${JSON.stringify(this.firstUnreadable)}, is here) and ${n === 1 ? "was" : "were"} left out.`,
      ),
    ];
  }
}

// --- The reading ------------------------------------------------------------------------------------

class GexfReading {
  private readonly warnings: Problem[];
  private readonly misfits = new MisfitValues();
  private readonly undeclared = new Tally();
  private readonly dynamicValues = new Tally();
  private readonly duplicateNodes = new Tally();
  private readonly missingIds = new Tally();
  private readonly danglingEdges = new Tally();
  private readonly endlessEdges = new Tally();
  private readonly mutualEdges = new Tally();
  private readonly nested = new Tally();
  private readonly time: TimeReader;
  private readonly nodeAttributes: Map<string, Declared>;
  private readonly edgeAttributes: Map<string, Declared>;
  private readonly creator: string | undefined;
  private readonly ownExport: boolean;

  constructor(
    private readonly file: string,
    private readonly root: XmlElement,
    private readonly graphElement: XmlElement,
    warnings: readonly Problem[],
  ) {
    this.warnings = [...warnings];
    this.nodeAttributes = this.declaredAttributes("node");
    this.edgeAttributes = this.declaredAttributes("edge");
    const meta = firstChild(root, "meta");
    this.creator = meta && trimmedText(firstChild(meta, "creator"));
    this.ownExport =
      this.creator?.startsWith(APP_GEXF_CREATOR) === true && this.nodeAttributes.has("citations");
    this.nodeElements = this.allNodeElements();
    this.edgeElements = this.allEdgeElements();
    const times = [...this.nodeElements, ...this.edgeElements].flatMap((element) =>
      rawIntervals(element).flatMap((interval) => [interval.start, interval.end]),
    );
    this.time = new TimeReader(
      timeFormatOf(graphElement),
      graphElement.attributes.timeformat,
      times.filter((time) => time !== undefined),
    );
  }

  private readonly nodeElements: XmlElement[];
  private readonly edgeElements: XmlElement[];

  graph(): ImportedGraph {
    const nodes = this.nodes();
    const ids = new Set(nodes.map((node) => node.id));
    const edges = this.edges(ids);
    const meta = firstChild(this.root, "meta");
    const defaultType = this.graphElement.attributes.defaultedgetype?.toLowerCase();
    const version = versionOf(this.root);
    const graph: ImportedGraph = {
      format: "gexf",
      formatLabel: `GEXF ${version}${this.creator ? `, written by ${this.creator}` : ""}`,
      file: this.file,
      // GEXF's own default is undirected.
      directedByDefault: defaultType === "directed",
      nodeAttributes: withDateKinds(
        [...this.nodeAttributes.values()].map((d) => d.info),
        nodes,
      ),
      edgeAttributes: withDateKinds(this.edgeAttributeInfos(edges), edges),
      nodes,
      edges,
      warnings: [...this.warnings, ...this.readingProblems()],
    };
    const title = (meta && trimmedText(firstChild(meta, "title"))) ?? this.graphElement.attributes.name;
    const description = meta && trimmedText(firstChild(meta, "description"));
    if (title) graph.title = title;
    if (description) graph.description = description;
    return graph;
  }

  private declaredAttributes(kind: "node" | "edge"): Map<string, Declared> {
    const declared = new Map<string, Declared>();
    for (const group of childrenNamed(this.graphElement, "attributes")) {
      if ((group.attributes.class ?? "node").toLowerCase() !== kind) continue;
      for (const attribute of childrenNamed(group, "attribute")) {
        const key = attribute.attributes.id ?? attribute.attributes.title;
        if (key === undefined || declared.has(key)) continue;
        const type = attribute.attributes.type ?? "string";
        const info: AttributeInfo = { key, title: attribute.attributes.title ?? key, kind: kindOf(type) };
        const defaultElement = firstChild(attribute, "default");
        if (defaultElement) {
          const value = typedValue(info.kind, defaultElement.text);
          if (value !== undefined) info.default = value;
        }
        declared.set(key, { info, type });
      }
    }
    return declared;
  }

  /** Every <node>, nested ones (GEXF hierarchies) included, in document order. */
  private allNodeElements(): XmlElement[] {
    const found: XmlElement[] = [];
    const visit = (container: XmlElement) => {
      for (const node of childrenNamed(container, "node")) {
        found.push(node);
        const inner = childrenNamed(node, "nodes");
        if (inner.length > 0) this.nested.note(node);
        // Depth is bounded by the XML layer (MAX_NESTING_DEPTH in limits.ts), so recursion is safe here.
        inner.forEach(visit);
      }
    };
    childrenNamed(this.graphElement, "nodes").forEach(visit);
    return found;
  }

  /** Every <edge>, those listed inside nested nodes included. */
  private allEdgeElements(): XmlElement[] {
    const inNodes = this.nodeElements.flatMap((node) => childrenNamed(node, "edges"));
    return [...childrenNamed(this.graphElement, "edges"), ...inNodes].flatMap((c) =>
      childrenNamed(c, "edge"),
    );
  }

  private nodes(): ImportedNode[] {
    const nodes: ImportedNode[] = [];
    const seen = new Set<string>();
    for (const element of this.nodeElements) {
      const id = element.attributes.id;
      if (id === undefined) {
        this.missingIds.note(element);
        continue;
      }
      if (seen.has(id)) {
        this.duplicateNodes.note(element);
        continue;
      }
      seen.add(id);
      const attributes = this.attributeValues(element, this.nodeAttributes);
      const node: ImportedNode = { id, attributes, locator: `line ${element.line}` };
      const label = element.attributes.label;
      if (label !== undefined) node.label = label;
      const position = vizChild(element, "position");
      const x = finiteNumber(position?.attributes.x);
      const y = finiteNumber(position?.attributes.y);
      if (x !== undefined && y !== undefined) node.position = { x, y };
      const color = vizColor(element);
      if (color) node.color = color;
      const size = finiteNumber(vizChild(element, "size")?.attributes.value);
      if (size !== undefined) node.size = size;
      Object.assign(node, this.dates(element, attributes));
      nodes.push(node);
    }
    return nodes;
  }

  private edges(nodeIds: ReadonlySet<string>): ImportedEdge[] {
    const edges: ImportedEdge[] = [];
    for (const element of this.edgeElements) {
      const { source, target } = element.attributes;
      if (source === undefined || target === undefined) {
        this.endlessEdges.note(element);
        continue;
      }
      if (!nodeIds.has(source) || !nodeIds.has(target)) {
        this.danglingEdges.note(element);
        continue;
      }
      const attributes = this.attributeValues(element, this.edgeAttributes);
      const edge: ImportedEdge = { source, target, attributes, locator: `line ${element.line}` };
      const a = element.attributes;
      if (a.id !== undefined) edge.id = a.id;
      if (a.label !== undefined) edge.label = a.label;
      const type = a.type?.toLowerCase();
      if (type === "directed") edge.directed = true;
      else if (type === "undirected") edge.directed = false;
      else if (type === "mutual") {
        // Both ways at once: the app draws that as a relationship without an arrow.
        edge.directed = false;
        this.mutualEdges.note(element);
      }
      if (this.ownExport && typeof attributes.directed === "boolean") edge.directed = attributes.directed;
      const weight = finiteNumber(a.weight);
      if (weight !== undefined) edge.weight = weight;
      if (a.kind !== undefined) attributes[KIND_KEY] = a.kind;
      const color = vizColor(element);
      if (color) edge.color = color;
      Object.assign(edge, this.dates(element, attributes));
      edges.push(edge);
    }
    return edges;
  }

  /**
   * An element's span. The app's own export writes full days for Gephi's timeline and the exact
   * partial dates as attributes, which are what it reads back.
   */
  private dates(
    element: XmlElement,
    attributes: Record<string, AttributeValue>,
  ): { start?: string; end?: string } {
    if (this.ownExport) {
      const exact: { start?: string; end?: string } = {};
      if (typeof attributes.start_date === "string") exact.start = attributes.start_date;
      if (typeof attributes.end_date === "string") exact.end = attributes.end_date;
      return exact;
    }
    return this.time.span(rawIntervals(element));
  }

  private attributeValues(
    element: XmlElement,
    declared: ReadonlyMap<string, Declared>,
  ): Record<string, AttributeValue> {
    const values: Record<string, AttributeValue> = {};
    const latest = new Map<string, string | undefined>();
    for (const container of childrenNamed(element, "attvalues")) {
      for (const attvalue of childrenNamed(container, "attvalue")) {
        const key = attvalue.attributes.for ?? attvalue.attributes.id;
        const raw = attvalue.attributes.value;
        if (key === undefined || raw === undefined) continue;
        const timed = intervalOf(attvalue);
        if (timed) {
          // Over time an attribute may take several values; keep the one that ends last.
          this.dynamicValues.note(attvalue);
          if (latest.has(key) && endsLater(latest.get(key), timed.end)) continue;
          latest.set(key, timed.end);
        }
        const attribute = declared.get(key);
        if (!attribute) this.undeclared.note(attvalue);
        const info = attribute?.info ?? { key, title: key, kind: "string" as const };
        const value = typedValue(info.kind, raw);
        if (value === undefined)
          this.misfits.note(key, info.title, attribute?.type ?? "string", attvalue, raw);
        setValue(values, key, value ?? raw);
      }
    }
    for (const { info } of declared.values()) {
      if (!Object.hasOwn(values, info.key) && info.default !== undefined)
        setValue(values, info.key, info.default);
    }
    return values;
  }

  /** The declared edge attributes, plus `kind` (GEXF 1.3's relationship kind) when edges have one. */
  private edgeAttributeInfos(edges: readonly ImportedEdge[]): AttributeInfo[] {
    const infos = [...this.edgeAttributes.values()].map((d) => d.info);
    if (edges.some((edge) => edge.attributes[KIND_KEY] !== undefined)) {
      infos.push({ key: KIND_KEY, title: "kind", kind: "string" });
    }
    return infos;
  }

  private readingProblems(): Problem[] {
    const file = this.file;
    return [
      ...this.time.problems(file),
      ...this.misfits.problems(file),
      ...this.undeclared.problem(
        file,
        (n) =>
          `${count(n, "value")} ${n === 1 ? "uses an attribute" : "use attributes"} the file does not declare; read as text.`,
      ),
      ...this.dynamicValues.problem(
        file,
        () => "Some attributes change over time; the explorer keeps each one's latest value.",
      ),
      ...this.nested.problem(
        file,
        (n) =>
          `${count(n, "node")} ${n === 1 ? "holds" : "hold"} nested nodes (a hierarchy); they were flattened into one graph, the parents kept as actors beside their children.`,
      ),
      ...this.missingIds.problem(
        file,
        (n) => `${count(n, "node")} without an id ${n === 1 ? "was" : "were"} left out.`,
      ),
      ...this.duplicateNodes.problem(
        file,
        (n) =>
          `${count(n, "node")} repeat${n === 1 ? "s" : ""} an id used before; only the first of each was kept.`,
      ),
      ...this.endlessEdges.problem(
        file,
        (n) => `${count(n, "edge")} without a source or a target ${n === 1 ? "was" : "were"} left out.`,
      ),
      ...this.danglingEdges.problem(
        file,
        (n) => `${count(n, "edge")} point${n === 1 ? "s" : ""} to nodes the file does not have; left out.`,
      ),
      ...this.mutualEdges.problem(
        file,
        (n) => `${count(n, "edge")} ${n === 1 ? "is" : "are"} "mutual" (both ways); read as undirected.`,
      ),
    ];
  }
}

/** The key GEXF's edge `kind` is stored under; no declared attribute id can take it (ids are plain). */
export const KIND_KEY = "gexf:kind";

/** Whether a time span ending at `a` ends after one ending at `b` (no end: still going). */
function endsLater(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined) return b !== undefined;
  if (b === undefined) return false;
  const [x, y] = [finiteNumber(a), finiteNumber(b)];
  return x !== undefined && y !== undefined ? x > y : a > b;
}

function versionOf(root: XmlElement): string {
  const declared = root.attributes.version;
  if (declared) return declared;
  const fromNamespace = /(\d\.\d)/.exec(root.namespace)?.[1];
  return fromNamespace ?? "";
}

/** A viz element (<viz:color>…), in the viz namespace or, as some writers do, in none at all. */
function vizChild(element: XmlElement, local: string): XmlElement | undefined {
  return (
    element.children.find((child) => child.local === local && /\/viz$/.test(child.namespace)) ??
    element.children.find((child) => child.local === local && child.name.includes(":")) ??
    firstChild(element, local)
  );
}

function vizColor(element: XmlElement): string | undefined {
  const color = vizChild(element, "color");
  if (!color) return undefined;
  const { hex, r, g, b } = color.attributes;
  if (hex !== undefined) return hexColor(hex);
  const [red, green, blue] = [r, g, b].map(finiteNumber);
  return red !== undefined && green !== undefined && blue !== undefined
    ? rgbColor(red, green, blue)
    : undefined;
}

function trimmedText(element: XmlElement | undefined): string | undefined {
  const text = element?.text.trim();
  return text ? text : undefined;
}
