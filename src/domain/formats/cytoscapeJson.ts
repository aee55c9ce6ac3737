/**
 * Cytoscape JSON: the elements Cytoscape.js is given or gives back (cy.json()), and the .cyjs
 * files Cytoscape desktop exports.
 *
 * Shapes, as the Cytoscape.js documentation's "Elements JSON" section (documentation/md/notation.md
 * in cytoscape/cytoscape.js) gives them: a flat list of elements, each { group?, data: { id,
 * parent?, source?, target?, … }, position?: { x, y }, classes?, style? }, where an element whose
 * data has a source and a target is an edge when no group says otherwise; or the same elements
 * keyed by group, { nodes: [...], edges: [...] }, given as `elements`. Cytoscape desktop's export
 * (read in stored .cyjs files: format_version "1.0", generated_by "cytoscape-3.x") wraps them as
 * { data: { name, SUID, … }, elements: { nodes, edges } }, with `name` and `shared_name` on nodes,
 * `interaction` on edges, and bookkeeping fields (SUID, selected) on both.
 */
import type { PathSegment } from "../validation/problems";
import {
  describeJson,
  finiteNumber,
  idOf,
  isObject,
  NodeIndex,
  pathOf,
  textOf,
  type JsonObject,
} from "./jsonElements";
import { ProblemLog } from "./problemLog";
import type { ImportedEdge, ImportedGraph, ImportedNode, ReadResult } from "./types";
import {
  attributeRecord,
  hexColor,
  jsonAttributeValue,
  partialDate,
  settleAttributes,
  type Attributes,
} from "./values";

interface Element {
  value: unknown;
  at: PathSegment[];
  /** The group the element's place says (the nodes or edges list), if any. */
  group?: "nodes" | "edges";
}

/** Cytoscape desktop's bookkeeping: the same on every export, never a fact about the network. */
const BOOKKEEPING = new Set(["SUID", "selected"]);

function listed(list: unknown, at: PathSegment[], group?: "nodes" | "edges"): Element[] | undefined {
  if (!Array.isArray(list)) return undefined;
  return list.map((value, i) =>
    group === undefined ? { value, at: [...at, i] } : { value, at: [...at, i], group },
  );
}

function grouped(value: JsonObject, at: PathSegment[]): Element[] | undefined {
  if (!Array.isArray(value.nodes) && !Array.isArray(value.edges)) return undefined;
  return [
    ...(listed(value.nodes, [...at, "nodes"], "nodes") ?? []),
    ...(listed(value.edges, [...at, "edges"], "edges") ?? []),
  ];
}

/** The elements wherever the file keeps them, or a sentence saying what was there instead. */
function elementsOf(value: unknown): Element[] | { path: string; message: string } {
  if (Array.isArray(value)) return listed(value, []) ?? [];
  if (!isObject(value)) {
    return {
      path: "",
      message: `expected a list of Cytoscape elements or an object with elements; found ${describeJson(value)}.`,
    };
  }
  if ("elements" in value) {
    const elements = value.elements;
    const found =
      listed(elements, ["elements"]) ?? (isObject(elements) ? grouped(elements, ["elements"]) : undefined);
    if (found) return found;
    return {
      path: "elements",
      message: `expected a list of elements or { nodes, edges }; found ${describeJson(elements)}.`,
    };
  }
  return (
    grouped(value, []) ?? {
      path: "",
      message: `expected Cytoscape elements: a list, or an object with elements (or nodes and edges); found ${describeJson(value)}.`,
    }
  );
}

function isDesktop(value: unknown): boolean {
  if (!isObject(value)) return false;
  const generator = value.generated_by;
  return (
    (typeof generator === "string" && generator.toLowerCase().startsWith("cytoscape")) ||
    "target_cytoscapejs_version" in value
  );
}

function groupOf(element: Element, data: JsonObject, log: ProblemLog): "nodes" | "edges" | undefined {
  const stated = isObject(element.value) ? element.value.group : undefined;
  if (stated === "nodes" || stated === "edges") return stated;
  if (stated !== undefined) {
    log.error(
      "group",
      {
        path: pathOf([...element.at, "group"]),
        message: `group must be "nodes" or "edges"; found ${describeJson(stated)}.`,
      },
      (count) => `… and ${count} more elements with an unknown group.`,
    );
    return undefined;
  }
  if (element.group) return element.group;
  return data.source !== undefined && data.target !== undefined ? "edges" : "nodes";
}

function styleColor(element: JsonObject, property: string): string | undefined {
  const style = element.style;
  const value = isObject(style) ? style[property] : undefined;
  return typeof value === "string" ? hexColor(value) : undefined;
}

/** The data fields as attributes, leaving out those read into the node or edge itself. */
function dataAttributes(data: JsonObject, used: ReadonlySet<string>): Attributes {
  const attributes = attributeRecord();
  for (const key of Object.keys(data)) {
    if (used.has(key) || BOOKKEEPING.has(key)) continue;
    const value = jsonAttributeValue(data[key]);
    if (value !== undefined) attributes[key] = value;
  }
  return attributes;
}

function dates(target: { start?: string; end?: string }, data: JsonObject): void {
  const start = textOf(data.start);
  const end = textOf(data.end);
  const from = start === undefined ? undefined : partialDate(start);
  const until = end === undefined ? undefined : partialDate(end);
  if (from !== undefined) target.start = from;
  if (until !== undefined) target.end = until;
}

function readNode(
  element: Element,
  data: JsonObject,
  index: NodeIndex,
  log: ProblemLog,
  counter: { n: number },
) {
  const body = element.value as JsonObject;
  let id = idOf(data.id);
  if (id === undefined) {
    counter.n += 1;
    id = `node-${counter.n}`;
    while (index.has(id)) id = `${id}-`;
    log.warning(
      "node-without-id",
      {
        path: pathOf([...element.at, "data", "id"]),
        message: `this node has no id (found ${describeJson(data.id)}); it is called "${id}".`,
      },
      (count) => `… and ${count} more nodes without an id were given one.`,
    );
  }
  const used = new Set(["id"]);
  const node: ImportedNode = { id, attributes: attributeRecord(), locator: `node ${id}` };
  const label = textOf(data.label) ?? textOf(data.name);
  if (label !== undefined) {
    node.label = label;
    used.add(textOf(data.label) !== undefined ? "label" : "name");
  }
  // Cytoscape desktop repeats the name as shared_name; once is enough.
  if (data.shared_name !== undefined && data.shared_name === data.name) used.add("shared_name");
  const position = body.position;
  const x = isObject(position) ? finiteNumber(position.x) : undefined;
  const y = isObject(position) ? finiteNumber(position.y) : undefined;
  if (x !== undefined && y !== undefined) node.position = { x, y };
  const color =
    (typeof data.color === "string" ? hexColor(data.color) : undefined) ??
    styleColor(body, "background-color");
  if (color !== undefined) {
    node.color = color;
    if (typeof data.color === "string" && hexColor(data.color) !== undefined) used.add("color");
  }
  const size = finiteNumber(data.size);
  if (size !== undefined) {
    node.size = size;
    used.add("size");
  }
  dates(node, data);
  node.attributes = dataAttributes(data, used);
  index.add(node, element.at);
}

function readEdge(element: Element, data: JsonObject, index: NodeIndex): ImportedEdge | undefined {
  const body = element.value as JsonObject;
  const source = index.end(data.source, [...element.at, "data", "source"], "source");
  const target = index.end(data.target, [...element.at, "data", "target"], "target");
  if (source === undefined || target === undefined) return undefined;
  const used = new Set(["id", "source", "target"]);
  const id = idOf(data.id);
  const edge: ImportedEdge = {
    source,
    target,
    attributes: attributeRecord(),
    locator: `edge ${id ?? pathOf(element.at)}`,
  };
  if (id !== undefined) edge.id = id;
  const label = textOf(data.label);
  if (label !== undefined) {
    edge.label = label;
    used.add("label");
  }
  if (typeof data.directed === "boolean") {
    edge.directed = data.directed;
    used.add("directed");
  }
  const weight = finiteNumber(data.weight);
  if (weight !== undefined) {
    edge.weight = weight;
    used.add("weight");
  }
  const color =
    (typeof data.color === "string" ? hexColor(data.color) : undefined) ?? styleColor(body, "line-color");
  if (color !== undefined) {
    edge.color = color;
    if (typeof data.color === "string" && hexColor(data.color) !== undefined) used.add("color");
  }
  // Cytoscape desktop names every edge "source (interaction) target": the interaction says it already.
  const interaction = textOf(data.interaction);
  if (interaction !== undefined) {
    if (typeof data.name === "string" && data.name.includes(` (${interaction}) `)) used.add("name");
    if (data.shared_name === data.name) used.add("shared_name");
    if (data.shared_interaction === data.interaction) used.add("shared_interaction");
  }
  dates(edge, data);
  edge.attributes = dataAttributes(data, used);
  return edge;
}

export function readCytoscapeJson(value: unknown, file: string): ReadResult {
  const log = new ProblemLog(file);
  const elements = elementsOf(value);
  if (!Array.isArray(elements)) {
    log.error("shape", elements);
    return { ok: false, problems: log.problems() };
  }
  const index = new NodeIndex(log);
  const edgeElements: { element: Element; data: JsonObject }[] = [];
  const counter = { n: 0 };
  let nested = 0;
  for (const element of elements) {
    if (!isObject(element.value)) {
      log.error(
        "element",
        {
          path: pathOf(element.at),
          message: `expected an element ({ data: { id, … } }); found ${describeJson(element.value)}.`,
        },
        (count) => `… and ${count} more entries that are not elements.`,
      );
      continue;
    }
    const rawData = element.value.data;
    if (rawData !== undefined && !isObject(rawData)) {
      log.error(
        "data",
        {
          path: pathOf([...element.at, "data"]),
          message: `data must be an object; found ${describeJson(rawData)}.`,
        },
        (count) => `… and ${count} more elements whose data is not an object.`,
      );
      continue;
    }
    const data = rawData ?? {};
    const group = groupOf(element, data, log);
    if (group === "edges") edgeElements.push({ element, data });
    else if (group === "nodes") {
      if (data.parent !== undefined) nested += 1;
      readNode(element, data, index, log, counter);
    }
  }
  // Edges are read after all nodes: Cytoscape allows an edge to come before the nodes it joins.
  const edges: ImportedEdge[] = [];
  for (const { element, data } of edgeElements) {
    const edge = readEdge(element, data, index);
    if (edge) edges.push(edge);
  }
  if (nested > 0) {
    log.warning("compound", {
      path: "",
      message: `${nested} ${nested === 1 ? "node sits" : "nodes sit"} inside compound (parent) nodes; the graph is drawn flat, with the parent kept as the attribute "parent".`,
    });
  }
  if (log.hasErrors()) return { ok: false, problems: log.problems() };

  const desktop = isDesktop(value);
  const network = isObject(value) && isObject(value.data) ? value.data : undefined;
  const title = textOf(network?.name) ?? textOf(network?.title);
  const graph: ImportedGraph = {
    format: "cytoscape-json",
    formatLabel: desktop ? "Cytoscape desktop JSON (.cyjs)" : "Cytoscape.js JSON",
    file,
    ...(title === undefined ? {} : { title }),
    directedByDefault: true,
    nodeAttributes: settleAttributes(index.nodes),
    edgeAttributes: settleAttributes(edges),
    nodes: index.nodes,
    edges,
    warnings: log.warnings(),
  };
  return { ok: true, graph };
}
