/**
 * The GraphML export, for network tools such as Gephi, Cytoscape desktop, yEd, networkx and igraph.
 * Attribute names follow what those importers recognise: Gephi reads `label`, `color` ("#rrggbb"),
 * `x` and `y` as the node's label, colour and position, and the rest become data-table columns.
 *
 * Direction: the graph is undirected when every exported relationship is, else directed. No edge
 * ever says `directed` against that default: networkx refuses such a file ("directed=false edge
 * found in directed graph"). In a mixed export the undirected relationships are marked by the
 * `directed` data key instead, which the app's own reader (domain/formats/graphml.ts) reads back.
 */
import { exportedEdges, exportedNodes, type ExportElements } from "../scope";
import { edgeCitationTexts, nodeCitationTexts, relationshipLabel, relationshipSentence } from "../text";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import type { GraphEdge, GraphNode } from "../../dataset/schema";
import { roundedPosition } from "./json";
import { statedAs } from "../../dataset/citations";

type KeyType = "string" | "double" | "boolean";
type Positions = ReadonlyMap<string, { x: number; y: number }>;

interface Key {
  id: string;
  for: "graph" | "node" | "edge";
  name: string;
  type: KeyType;
}

/** Key ids are prefixed so node and edge keys of the same name ("label") stay distinct. */
function key(kind: "node" | "edge", name: string, type: KeyType = "string"): Key {
  return { id: `${kind === "node" ? "n" : "e"}-${name}`, for: kind, name, type };
}

const NODE_KEYS = [
  "label",
  "type",
  "type_label",
  "aliases",
  "summary",
  "start",
  "end",
  "attributes",
  "citations",
  "color",
  "shape",
].map((name) => key("node", name));

const POSITION_KEYS = [key("node", "x", "double"), key("node", "y", "double")];

const GRAPH_KEYS: Key[] = [
  { id: "g-title", for: "graph", name: "title", type: "string" },
  { id: "g-description", for: "graph", name: "description", type: "string" },
];

const EDGE_KEYS = [
  key("edge", "label"),
  key("edge", "type"),
  key("edge", "relationship"),
  key("edge", "start"),
  key("edge", "end"),
  key("edge", "description"),
  key("edge", "attributes"),
  key("edge", "citations"),
  // How the sources state it: fact, mixed, claim or disputed (statedAs in domain/dataset/citations.ts).
  key("edge", "stated_as"),
  key("edge", "directed", "boolean"),
  key("edge", "color"),
];

/** One value per key name; empty values are left out (GraphML allows missing data). */
type Values = Record<string, string | undefined>;

export function toGraphml(index: DatasetIndex, elements: ExportElements, positions?: Positions): string {
  const keys = [...GRAPH_KEYS, ...NODE_KEYS, ...(positions ? POSITION_KEYS : []), ...EDGE_KEYS];
  const nodes = exportedNodes(index, elements).map((node) => nodeXml(index, node, positions));
  const exported = exportedEdges(index, elements);
  const edges = exported.map((edge) => edgeXml(index, edge));
  const { dataset } = index;
  const graphData = dataXml("g", { title: dataset.title, description: dataset.description }, "    ");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(keyXml),
    `  <graph id="${escapeAttribute(dataset.id)}" edgedefault="${allUndirected(index, exported) ? "undirected" : "directed"}">`,
    ...graphData,
    ...nodes,
    ...edges,
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}

/** True when there are relationships and none of them is directed. */
export function allUndirected(index: DatasetIndex, edges: readonly GraphEdge[]): boolean {
  return edges.length > 0 && edges.every((edge) => !isDirected(index, edge));
}

export function isDirected(index: DatasetIndex, edge: GraphEdge): boolean {
  return index.relationshipTypesById.get(edge.type)?.directed ?? true;
}

function keyXml(k: Key): string {
  return `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`;
}

function nodeXml(index: DatasetIndex, node: GraphNode, positions?: Positions): string {
  const type = index.nodeTypesById.get(node.type);
  const position = roundedPosition(positions?.get(node.id));
  const values: Values = {
    label: node.label,
    type: node.type,
    type_label: type?.label,
    aliases: node.aliases?.join("; "),
    summary: node.summary,
    start: node.start,
    end: node.end,
    attributes: node.attributes?.map((a) => `${a.label}: ${a.value}`).join("; "),
    citations: nodeCitationTexts(index, node).join(" | "),
    color: type?.color,
    shape: type?.shape,
    x: position && String(position.x),
    y: position && String(position.y),
  };
  return element("node", `id="${escapeAttribute(node.id)}"`, dataXml("n", values));
}

function edgeXml(index: DatasetIndex, edge: GraphEdge): string {
  const type = index.relationshipTypesById.get(edge.type);
  const directed = isDirected(index, edge);
  const values: Values = {
    label: relationshipLabel(index, edge),
    type: edge.type,
    relationship: relationshipSentence(index, edge),
    start: edge.start,
    end: edge.end,
    description: edge.description,
    attributes: edge.attributes?.map((a) => `${a.label}: ${a.value}`).join("; "),
    citations: edgeCitationTexts(index, edge).join(" | "),
    stated_as: statedAs(edge.citations),
    directed: String(directed),
    color: type?.color,
  };
  const attributes = [
    `id="${escapeAttribute(edge.id)}"`,
    `source="${escapeAttribute(edge.source)}"`,
    `target="${escapeAttribute(edge.target)}"`,
  ].join(" ");
  return element("edge", attributes, dataXml("e", values));
}

function dataXml(prefix: "g" | "n" | "e", values: Values, indent = "      "): string[] {
  return Object.entries(values).flatMap(([name, value]) =>
    value ? [`${indent}<data key="${prefix}-${name}">${escapeText(value)}</data>`] : [],
  );
}

function element(name: string, attributes: string, children: string[]): string {
  return [`    <${name} ${attributes}>`, ...children, `    </${name}>`].join("\n");
}

/**
 * XML 1.0 cannot carry most control characters or lone surrogates at all, not even escaped, and a
 * single one makes the whole file unreadable; they carry no meaning in dataset text, so they go.
 */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // Parsers turn a raw CR into LF (and in attributes, tabs and line breaks into spaces); a character
  // reference survives as written.
  "\r": "&#13;",
  "\n": "&#10;",
  "\t": "&#9;",
};

export function escapeText(text: string): string {
  return text.replace(ILLEGAL_XML, "").replace(/[&<>"'\r]/g, (c) => ENTITIES[c] ?? c);
}

export function escapeAttribute(text: string): string {
  return text.replace(ILLEGAL_XML, "").replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c] ?? c);
}
