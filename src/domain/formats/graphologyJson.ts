/**
 * graphology's serialized graph, which Gephi Lite saves and opens as "graphology JSON".
 *
 * The format, as graphology's "Serialization" page (graphology.github.io/serialization) gives it:
 * { attributes?, options?: { type, multi, allowSelfLoops }, nodes: [{ key, attributes? }],
 * edges: [{ key?, source, target, attributes?, undirected? }] }. The graph's type is "mixed" unless
 * options say "directed" or "undirected" (graphology.github.io/instantiation), and an edge is
 * directed unless it says undirected: true. sigma.js and Gephi Lite keep the drawing in the node
 * attributes x, y, size, color and label, which are read into the node itself.
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

const GRAPH_TYPES = ["mixed", "directed", "undirected"];

function attributesOf(value: unknown, at: PathSegment[], log: ProblemLog): JsonObject {
  if (value === undefined || value === null) return {};
  if (isObject(value)) return value;
  log.warning(
    "attributes",
    {
      path: pathOf(at),
      message: `attributes must be an object; found ${describeJson(value)}, which was left out.`,
    },
    (count) => `… and ${count} more attributes that are not objects were left out.`,
  );
  return {};
}

function rest(attributes: JsonObject, used: ReadonlySet<string>): Attributes {
  const record = attributeRecord();
  for (const key of Object.keys(attributes)) {
    if (used.has(key)) continue;
    const value = jsonAttributeValue(attributes[key]);
    if (value !== undefined) record[key] = value;
  }
  return record;
}

/** Reads the drawing attributes into the element and returns the names it used. */
function drawing(target: ImportedNode | ImportedEdge, attributes: JsonObject): Set<string> {
  const used = new Set<string>();
  const label = textOf(attributes.label);
  if (label !== undefined) {
    target.label = label;
    used.add("label");
  }
  const color = typeof attributes.color === "string" ? hexColor(attributes.color) : undefined;
  if (color !== undefined) {
    target.color = color;
    used.add("color");
  }
  for (const key of ["start", "end"] as const) {
    const text = textOf(attributes[key]);
    const date = text === undefined ? undefined : partialDate(text);
    if (date !== undefined) target[key] = date;
  }
  return used;
}

function readNode(value: unknown, at: PathSegment[], index: NodeIndex, log: ProblemLog): void {
  if (!isObject(value)) {
    log.error(
      "node",
      { path: pathOf(at), message: `expected a node ({ key, attributes }); found ${describeJson(value)}.` },
      (count) => `… and ${count} more entries in nodes that are not nodes.`,
    );
    return;
  }
  const id = idOf(value.key);
  if (id === undefined) {
    log.error(
      "node-key",
      { path: pathOf([...at, "key"]), message: `a node needs a key; found ${describeJson(value.key)}.` },
      (count) => `… and ${count} more nodes without a key.`,
    );
    return;
  }
  const attributes = attributesOf(value.attributes, [...at, "attributes"], log);
  const node: ImportedNode = { id, attributes: attributeRecord(), locator: `node ${id}` };
  const used = drawing(node, attributes);
  const x = finiteNumber(attributes.x);
  const y = finiteNumber(attributes.y);
  if (x !== undefined && y !== undefined) {
    node.position = { x, y };
    used.add("x").add("y");
  }
  const size = finiteNumber(attributes.size);
  if (size !== undefined) {
    node.size = size;
    used.add("size");
  }
  node.attributes = rest(attributes, used);
  index.add(node, at);
}

function readEdge(
  value: unknown,
  at: PathSegment[],
  index: NodeIndex,
  log: ProblemLog,
): ImportedEdge | undefined {
  if (!isObject(value)) {
    log.error(
      "edge",
      {
        path: pathOf(at),
        message: `expected an edge ({ source, target, attributes }); found ${describeJson(value)}.`,
      },
      (count) => `… and ${count} more entries in edges that are not edges.`,
    );
    return undefined;
  }
  const source = index.end(value.source, [...at, "source"], "source");
  const target = index.end(value.target, [...at, "target"], "target");
  if (source === undefined || target === undefined) return undefined;
  const attributes = attributesOf(value.attributes, [...at, "attributes"], log);
  const key = idOf(value.key);
  const edge: ImportedEdge = {
    source,
    target,
    attributes: attributeRecord(),
    locator: `edge ${key ?? pathOf(at)}`,
  };
  if (key !== undefined) edge.id = key;
  if (typeof value.undirected === "boolean") edge.directed = !value.undirected;
  const used = drawing(edge, attributes);
  const weight = finiteNumber(attributes.weight);
  if (weight !== undefined) {
    edge.weight = weight;
    used.add("weight");
  }
  edge.attributes = rest(attributes, used);
  return edge;
}

function listAt(value: JsonObject, key: "nodes" | "edges", log: ProblemLog): unknown[] {
  const list = value[key];
  if (list === undefined) return [];
  if (Array.isArray(list)) return list;
  log.error(key, { path: key, message: `${key} must be a list; found ${describeJson(list)}.` });
  return [];
}

export function readGraphologyJson(value: unknown, file: string): ReadResult {
  const log = new ProblemLog(file);
  if (isObject(value) && value.type === "gephi-lite") {
    log.error("shape", {
      path: "type",
      message: "This is a Gephi Lite project file, not a graphology graph.",
      suggestion: "In Gephi Lite, export the graph as GEXF or as graphology JSON and open that.",
    });
    return { ok: false, problems: log.problems() };
  }
  if (!isObject(value) || (!Array.isArray(value.nodes) && !Array.isArray(value.edges))) {
    log.error("shape", {
      path: "",
      message: `expected a graphology graph, an object with nodes and edges lists; found ${describeJson(value)}.`,
    });
    return { ok: false, problems: log.problems() };
  }
  const options = isObject(value.options) ? value.options : {};
  let type = "mixed";
  if (typeof options.type === "string" && GRAPH_TYPES.includes(options.type)) type = options.type;
  else if (options.type !== undefined) {
    log.warning("type", {
      path: "options.type",
      message: `the graph type must be mixed, directed or undirected; found ${describeJson(options.type)}, read as mixed.`,
    });
  }
  const index = new NodeIndex(log);
  listAt(value, "nodes", log).forEach((node, i) => readNode(node, ["nodes", i], index, log));
  const edges: ImportedEdge[] = [];
  listAt(value, "edges", log).forEach((entry, i) => {
    const edge = readEdge(entry, ["edges", i], index, log);
    if (edge) edges.push(edge);
  });
  if (log.hasErrors()) return { ok: false, problems: log.problems() };

  const attributes = isObject(value.attributes) ? value.attributes : {};
  const title = textOf(attributes.name) ?? textOf(attributes.title);
  const description = textOf(attributes.description);
  const graph: ImportedGraph = {
    format: "graphology-json",
    formatLabel: "graphology JSON",
    file,
    ...(title === undefined ? {} : { title }),
    ...(description === undefined ? {} : { description }),
    directedByDefault: type !== "undirected",
    nodeAttributes: settleAttributes(index.nodes),
    edgeAttributes: settleAttributes(edges),
    nodes: index.nodes,
    edges,
    warnings: log.warnings(),
  };
  return { ok: true, graph };
}
