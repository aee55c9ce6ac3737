/**
 * The GraphML reader: `<key>`s for the graph, nodes and edges with their types and defaults,
 * `<data>`, `edgedefault` and per-edge `directed`, and what the common writers put where:
 * - yEd: labels in `y:NodeLabel`/`y:EdgeLabel`, positions in `y:Geometry` (its centre), colours in
 *   `y:Fill` and `y:LineStyle`, groups as nested graphs;
 * - Gephi and Cytoscape desktop: keys named label/Label/name, x/y, r/g/b, color, size, weight;
 * - networkx (`d0`, `d1`… keys) and igraph (`v_name`, `e_weight`…): names in `attr.name`;
 * - the app's own export (see export/writers/graphml.ts): undirected relationships in a mixed graph
 *   are marked by its `directed` data key.
 * Nested graphs are flattened into one, with a warning; hyperedges and ports are ignored, with a
 * warning. Nothing a file points to (`<locator>`) is ever fetched.
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
  firstDescendant,
  hexColor,
  partialDate,
  readXml,
  unexpectedProblem,
  rgbColor,
  setValue,
  textContent,
  typedValue,
  withDateKinds,
  type XmlElement,
} from "./xml";
import type { Problem } from "../validation/problems";

export function readGraphml(text: string, file: string): ReadResult {
  try {
    return readGraphmlText(text, file);
  } catch (error) {
    // Not expected to happen; a reader bug still ends as a message, never as a crashed worker.
    return { ok: false, problems: [unexpectedProblem(file, error)] };
  }
}

function readGraphmlText(text: string, file: string): ReadResult {
  const xml = readXml(text, file);
  if (!xml.ok) return xml;
  const { root } = xml;
  if (root.local !== "graphml") {
    const what = root.local === "gexf" ? "a GEXF file" : `an XML file whose root element is <${root.name}>`;
    return refuse(file, root, `This is ${what}, not GraphML: a GraphML file's root element is <graphml>.`);
  }
  const graphs = childrenNamed(root, "graph");
  const top = graphs[0];
  if (!top)
    return refuse(file, root, "This GraphML file has no <graph> element, so there is nothing to open.");
  const warnings = [...xml.warnings];
  if (graphs.length > 1) {
    warnings.push(
      elementProblem(
        file,
        graphs[1]!,
        "warning",
        `The file holds ${graphs.length} graphs; the explorer opened the first and left the others out.`,
      ),
    );
  }
  return { ok: true, graph: new GraphmlReading(file, root, top, warnings).graph() };
}

function refuse(file: string, element: XmlElement, message: string): ReadResult {
  return { ok: false, problems: [elementProblem(file, element, "error", message)] };
}

// --- Keys ---------------------------------------------------------------------------------------

interface Key {
  id: string;
  for: string;
  /** What the file calls it: attr.name, else the id. */
  name: string;
  type: string;
  kind: AttributeKind;
  /** yEd's graphics keys (`yfiles.type="nodegraphics"`) hold drawings, not values. */
  yfiles?: string;
  default?: AttributeValue;
}

function kindOf(type: string): AttributeKind {
  const t = type.toLowerCase();
  if (["int", "integer", "long", "float", "double"].includes(t)) return "number";
  if (t === "boolean") return "boolean";
  return "string";
}

/**
 * The declared keys. Ids should be unique, but some writers reuse one id for a graph, a node and an
 * edge key ("name"), so a key is looked up by its id and what it is for.
 */
class Keys {
  readonly all: Key[] = [];

  add(key: Key): void {
    if (!this.all.some((k) => k.id === key.id && k.for === key.for)) this.all.push(key);
  }

  has(id: string): boolean {
    return this.all.some((key) => key.id === id);
  }

  find(id: string, kind: "node" | "edge" | "graph"): Key | undefined {
    const matching = this.all.filter((key) => key.id === id);
    return matching.find((key) => appliesTo(key, kind)) ?? matching[0];
  }
}

function readKeys(root: XmlElement): Keys {
  const keys = new Keys();
  for (const element of childrenNamed(root, "key")) {
    const a = element.attributes;
    const id = a.id;
    if (id === undefined) continue;
    const type = a["attr.type"] ?? "string";
    const key: Key = {
      id,
      for: (a.for ?? "all").toLowerCase(),
      name: a["attr.name"] ?? id,
      type,
      kind: kindOf(type),
    };
    if (a["yfiles.type"] !== undefined) key.yfiles = a["yfiles.type"];
    const defaultElement = firstChild(element, "default");
    if (defaultElement) {
      const value = typedValue(key.kind, textContent(defaultElement));
      if (value !== undefined) key.default = value;
    }
    keys.add(key);
  }
  return keys;
}

const appliesTo = (key: Key, kind: "node" | "edge" | "graph") => key.for === kind || key.for === "all";

/**
 * The app's own export names its keys "n-…" and "e-…" (see export/writers/graphml.ts); its
 * citations and relationship keys are what no other writer has.
 */
function isOwnExport(keys: Keys): boolean {
  return ["n-type", "n-citations", "e-relationship", "e-citations"].every((id) => keys.has(id));
}

/** Attribute names each dialect uses for what the app draws, compared without case. */
const NAMES = {
  label: ["label"],
  edgeLabel: ["label", "edge label", "edgelabel"],
  name: ["name"],
  x: ["x"],
  y: ["y"],
  color: ["color", "colour"],
  r: ["r"],
  g: ["g"],
  b: ["b"],
  size: ["size"],
  weight: ["weight"],
  start: ["start"],
  end: ["end"],
} as const;

// --- The reading ------------------------------------------------------------------------------------

interface Values {
  /** By key id. */
  attributes: Record<string, AttributeValue>;
  /** By lower-cased attr.name, for the dialects' well-known names. */
  byName: Map<string, AttributeValue>;
  /** yEd's drawing of the element, when it has one. */
  graphics?: XmlElement;
}

class GraphmlReading {
  private readonly keys: Keys;
  private readonly ownExport: boolean;
  private readonly misfits = new MisfitValues();
  private readonly undeclared = new Tally();
  private readonly nestedGraphs = new Tally();
  private readonly hyperedges = new Tally();
  private readonly ports = new Tally();
  private readonly locators = new Tally();
  private readonly missingIds = new Tally();
  private readonly duplicateNodes = new Tally();
  private readonly endlessEdges = new Tally();
  private readonly danglingEdges = new Tally();
  private readonly undeclaredKeys = new Map<string, Key>();

  constructor(
    private readonly file: string,
    root: XmlElement,
    private readonly top: XmlElement,
    private readonly warnings: Problem[],
  ) {
    this.keys = readKeys(root);
    this.ownExport = isOwnExport(this.keys);
  }

  graph(): ImportedGraph {
    const directedByDefault = this.top.attributes.edgedefault?.toLowerCase() !== "undirected";
    const { nodeElements, edgeElements } = this.flatten(directedByDefault);
    const nodes = this.nodes(nodeElements);
    const edges = this.edges(edgeElements, new Set(nodes.map((n) => n.id)), directedByDefault);
    const graphValues = this.values(this.top, "graph");
    const graph: ImportedGraph = {
      format: "graphml",
      formatLabel: `GraphML${this.dialect()}`,
      file: this.file,
      directedByDefault,
      nodeAttributes: withDateKinds(this.attributeInfos("node", nodes), nodes),
      edgeAttributes: withDateKinds(this.attributeInfos("edge", edges), edges),
      nodes,
      edges,
      warnings: [...this.warnings, ...this.readingProblems()],
    };
    const title = pick(graphValues, ["title", "name", "label"]);
    const description = pick(graphValues, ["description"]) ?? firstChild(this.top, "desc")?.text.trim();
    if (typeof title === "string" && title.trim()) graph.title = title.trim();
    if (typeof description === "string" && description.trim()) graph.description = description.trim();
    return graph;
  }

  /** ", from yEd": what wrote the file, where its keys say so (networkx's d0, d1… are everyone's). */
  private dialect(): string {
    const keys = this.keys.all;
    if (this.ownExport) return ", exported by this app";
    if (keys.some((key) => key.yfiles !== undefined)) return ", from yEd";
    if (keys.some((key) => /^[veg]_/.test(key.id)) && keys.every((key) => /^[veg]_/.test(key.id))) {
      return ", from igraph";
    }
    return "";
  }

  /**
   * Every node and edge of the top graph and of the graphs nested in its nodes (yEd's groups, or
   * hierarchical GraphML), in document order, each edge with the default direction of its graph.
   */
  private flatten(directedByDefault: boolean): {
    nodeElements: XmlElement[];
    edgeElements: { element: XmlElement; directed: boolean }[];
  } {
    const nodeElements: XmlElement[] = [];
    const edgeElements: { element: XmlElement; directed: boolean }[] = [];
    // Depth is bounded by the XML layer (MAX_NESTING_DEPTH in limits.ts), so recursion is safe here.
    const visit = (graph: XmlElement, directed: boolean) => {
      for (const child of graph.children) {
        if (child.local === "node") {
          nodeElements.push(child);
          for (const inner of child.children) {
            if (inner.local === "graph") {
              this.nestedGraphs.note(inner);
              const own = inner.attributes.edgedefault?.toLowerCase();
              visit(inner, own === undefined ? directed : own !== "undirected");
            } else if (inner.local === "port") this.ports.note(inner);
            else if (inner.local === "locator") this.locators.note(inner);
          }
        } else if (child.local === "edge") {
          edgeElements.push({ element: child, directed });
          const { sourceport, targetport } = child.attributes;
          if (sourceport !== undefined || targetport !== undefined) this.ports.note(child);
        } else if (child.local === "hyperedge") this.hyperedges.note(child);
        else if (child.local === "locator") this.locators.note(child);
      }
    };
    visit(this.top, directedByDefault);
    return { nodeElements, edgeElements };
  }

  private values(element: XmlElement, kind: "node" | "edge" | "graph"): Values {
    const values: Values = { attributes: {}, byName: new Map() };
    for (const data of childrenNamed(element, "data")) {
      const id = data.attributes.key;
      if (id === undefined) continue;
      let key = this.keys.find(id, kind);
      if (key?.yfiles !== undefined) {
        values.graphics ??= data;
        continue;
      }
      if (!key) {
        this.undeclared.note(data);
        key = this.undeclaredKeys.get(id) ?? { id, for: kind, name: id, type: "string", kind: "string" };
        this.undeclaredKeys.set(id, key);
      }
      const raw = textContent(data);
      const value = typedValue(key.kind, raw);
      if (value === undefined) this.misfits.note(key.id, key.name, key.type, data, raw);
      setValue(values.attributes, key.id, value ?? raw);
    }
    for (const key of this.keys.all) {
      if (!appliesTo(key, kind) || key.default === undefined || Object.hasOwn(values.attributes, key.id))
        continue;
      setValue(values.attributes, key.id, key.default);
    }
    for (const [id, value] of Object.entries(values.attributes)) {
      const name = (this.keys.find(id, kind) ?? this.undeclaredKeys.get(id))?.name.toLowerCase() ?? id;
      if (!values.byName.has(name)) values.byName.set(name, value);
    }
    return values;
  }

  private nodes(elements: readonly XmlElement[]): ImportedNode[] {
    const nodes: ImportedNode[] = [];
    const seen = new Set<string>();
    for (const element of elements) {
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
      const values = this.values(element, "node");
      const yed = values.graphics && yedNode(values.graphics);
      const node: ImportedNode = { id, attributes: values.attributes, locator: `line ${element.line}` };
      const label = text(pick(values, NAMES.label)) ?? yed?.label ?? text(pick(values, NAMES.name));
      if (label !== undefined) node.label = label;
      const x = number(pick(values, NAMES.x));
      const y = number(pick(values, NAMES.y));
      if (x !== undefined && y !== undefined) node.position = { x, y };
      else if (yed?.position) node.position = yed.position;
      const color = colorOf(values) ?? yed?.color;
      if (color) node.color = color;
      const size = number(pick(values, NAMES.size));
      if (size !== undefined) node.size = size;
      Object.assign(node, datesOf(values));
      nodes.push(node);
    }
    return nodes;
  }

  private edges(
    elements: readonly { element: XmlElement; directed: boolean }[],
    nodeIds: ReadonlySet<string>,
    directedByDefault: boolean,
  ): ImportedEdge[] {
    const edges: ImportedEdge[] = [];
    for (const { element, directed: graphDirected } of elements) {
      const { source, target, id, directed } = element.attributes;
      if (source === undefined || target === undefined) {
        this.endlessEdges.note(element);
        continue;
      }
      if (!nodeIds.has(source) || !nodeIds.has(target)) {
        this.danglingEdges.note(element);
        continue;
      }
      const values = this.values(element, "edge");
      const edge: ImportedEdge = {
        source,
        target,
        attributes: values.attributes,
        locator: `line ${element.line}`,
      };
      if (id !== undefined) edge.id = id;
      const stated = directed?.trim().toLowerCase();
      if (stated === "true" || stated === "false") edge.directed = stated === "true";
      else if (graphDirected !== directedByDefault) edge.directed = graphDirected;
      const own = values.attributes["e-directed"];
      if (this.ownExport && typeof own === "boolean") edge.directed = own;
      const yed = values.graphics && yedEdge(values.graphics);
      const label = text(pick(values, NAMES.edgeLabel)) ?? yed?.label;
      if (label !== undefined) edge.label = label;
      const color = colorOf(values) ?? yed?.color;
      if (color) edge.color = color;
      const weight = number(pick(values, NAMES.weight));
      if (weight !== undefined) edge.weight = weight;
      Object.assign(edge, datesOf(values));
      edges.push(edge);
    }
    return edges;
  }

  /** The keys for nodes (or edges), in the file's order; `for="all"` keys only where used. */
  private attributeInfos(
    kind: "node" | "edge",
    elements: readonly { attributes: Record<string, AttributeValue> }[],
  ): AttributeInfo[] {
    const used = (id: string) => elements.some((element) => Object.hasOwn(element.attributes, id));
    const keys = [...this.keys.all, ...[...this.undeclaredKeys.values()].filter((key) => key.for === kind)];
    return keys
      .filter((key) => key.yfiles === undefined)
      .filter((key) => key.for === kind || (key.for === "all" && used(key.id)))
      .map((key) => {
        const info: AttributeInfo = { key: key.id, title: key.name, kind: key.kind };
        if (key.default !== undefined) info.default = key.default;
        return info;
      });
  }

  private readingProblems(): Problem[] {
    const file = this.file;
    return [
      ...this.misfits.problems(file),
      ...this.undeclared.problem(
        file,
        (n) =>
          `${count(n, "value")} ${n === 1 ? "uses a key" : "use keys"} the file does not declare with <key>; read as text.`,
      ),
      ...this.nestedGraphs.problem(
        file,
        (n) =>
          `The file nests ${count(n, "graph")} inside nodes (groups); they were flattened into one graph, each group kept as an actor beside its members.`,
      ),
      ...this.hyperedges.problem(
        file,
        (n) =>
          `${count(n, "hyperedge")} (edges joining more than two nodes) ${n === 1 ? "was" : "were"} left out.`,
      ),
      ...this.ports.problem(file, () => "Ports were ignored: edges connect the nodes themselves."),
      ...this.locators.problem(
        file,
        () =>
          "The file points to other files with <locator>; the explorer never fetches anything and left them out.",
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
    ];
  }
}

// --- Well-known names -----------------------------------------------------------------------------

function pick(values: Values, names: readonly string[]): AttributeValue | undefined {
  for (const name of names) {
    const value = values.byName.get(name);
    if (value !== undefined && value !== "") return value;
  }
  return undefined;
}

function text(value: AttributeValue | undefined): string | undefined {
  if (value === undefined || Array.isArray(value)) return undefined;
  return String(value);
}

function number(value: AttributeValue | undefined): number | undefined {
  if (typeof value === "number") return value;
  return typeof value === "string" ? finiteNumber(value) : undefined;
}

/** A colour from a "color" value ("#rrggbb"), or from Gephi's r, g and b. */
function colorOf(values: Values): string | undefined {
  const named = text(pick(values, NAMES.color));
  if (named !== undefined) return hexColor(named);
  const [r, g, b] = [NAMES.r, NAMES.g, NAMES.b].map((names) => number(pick(values, names)));
  return r !== undefined && g !== undefined && b !== undefined ? rgbColor(r, g, b) : undefined;
}

/** Start and end from values named so, when they are dates. */
function datesOf(values: Values): { start?: string; end?: string } {
  const dates: { start?: string; end?: string } = {};
  const start = text(pick(values, NAMES.start));
  const end = text(pick(values, NAMES.end));
  const startDate = start === undefined ? undefined : partialDate(start);
  const endDate = end === undefined ? undefined : partialDate(end);
  if (startDate) dates.start = startDate;
  if (endDate) dates.end = endDate;
  return dates;
}

// --- yEd ------------------------------------------------------------------------------------------

interface YedDrawing {
  label?: string;
  position?: { x: number; y: number };
  color?: string;
}

/**
 * What yEd drew for a node: its label, the centre of its box and its fill. A folder or group
 * (`y:ProxyAutoBoundsNode`) has several realizers; the active one is read.
 */
function yedNode(graphics: XmlElement): YedDrawing {
  const realizers = firstDescendant(graphics, "Realizers");
  const active = realizers && realizers.children[Number(realizers.attributes.active ?? 0)];
  const drawing = active ?? graphics;
  const result: YedDrawing = {};
  const label = firstLabel(drawing, "NodeLabel");
  if (label !== undefined) result.label = label;
  const geometry = firstDescendant(drawing, "Geometry");
  if (geometry) {
    const [x, y, width, height] = ["x", "y", "width", "height"].map((k) =>
      finiteNumber(geometry.attributes[k]),
    );
    if (x !== undefined && y !== undefined) {
      result.position = { x: x + (width ?? 0) / 2, y: y + (height ?? 0) / 2 };
    }
  }
  const fill = firstDescendant(drawing, "Fill");
  const color = fill?.attributes.color && hexColor(fill.attributes.color);
  if (color) result.color = color;
  return result;
}

function yedEdge(graphics: XmlElement): YedDrawing {
  const result: YedDrawing = {};
  const label = firstLabel(graphics, "EdgeLabel");
  if (label !== undefined) result.label = label;
  const line = firstDescendant(graphics, "LineStyle");
  const color = line?.attributes.color && hexColor(line.attributes.color);
  if (color) result.color = color;
  return result;
}

/** The first label with text: yEd writes empty labels too. */
function firstLabel(drawing: XmlElement, local: string): string | undefined {
  const stack = [drawing];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (element.local === local && element.text.trim() !== "") return element.text.trim();
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  }
  return undefined;
}
