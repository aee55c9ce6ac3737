/**
 * The GEXF export, for Gephi (and Gephi Lite, networkx and other GEXF readers): actors with their
 * type's colour and the canvas positions (viz), labels, types, dates, citations as attributes, and
 * the dates as Gephi's timeline when there are any.
 *
 * It is GEXF 1.2: every Gephi reads it, and networkx before 3.6 reads no GEXF 1.3 at all.
 * Direction follows the GraphML writer: the graph is undirected when every exported relationship
 * is, else directed, and no edge says otherwise (networkx refuses "Undirected edge found in
 * directed graph"); undirected relationships in a mixed export carry `directed` = false.
 * Timeline dates must be full days in GEXF, so a partial date is widened ("2019" starts on
 * 2019-01-01 and ends on 2019-12-31); the exact dates travel as the start_date and end_date
 * attributes, which the app's reader (domain/formats/gexf.ts) reads back.
 */
import { exportedEdges, exportedNodes, type ExportElements } from "../scope";
import { edgeCitationTexts, nodeCitationTexts, relationshipLabel, relationshipSentence } from "../text";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import { daysInMonth, parsePartialDate } from "../../dataset/dates";
import type { GraphEdge, GraphNode } from "../../dataset/schema";
import { APP_NAME } from "../text";
import { allUndirected, escapeAttribute, escapeText, isDirected } from "./graphml";
import { roundedPosition } from "./json";

type Positions = ReadonlyMap<string, { x: number; y: number }>;
type AttributeType = "string" | "boolean";

interface Attribute {
  id: string;
  type: AttributeType;
}

const attribute = (id: string, type: AttributeType = "string"): Attribute => ({ id, type });

const NODE_ATTRIBUTES = [
  "type",
  "type_label",
  "aliases",
  "summary",
  "start_date",
  "end_date",
  "attributes",
  "citations",
  "color",
  "shape",
].map((id) => attribute(id));

const EDGE_ATTRIBUTES = [
  attribute("type"),
  attribute("relationship"),
  attribute("start_date"),
  attribute("end_date"),
  attribute("description"),
  attribute("citations"),
  attribute("directed", "boolean"),
  attribute("color"),
];

type Values = Record<string, string | undefined>;

export function toGexf(index: DatasetIndex, elements: ExportElements, positions?: Positions): string {
  const { dataset } = index;
  const nodes = exportedNodes(index, elements);
  const edges = exportedEdges(index, elements);
  const dynamic = [...nodes, ...edges].some((element) => element.start || element.end);
  const graphAttributes = [
    `defaultedgetype="${allUndirected(index, edges) ? "undirected" : "directed"}"`,
    dynamic ? 'mode="dynamic" timeformat="date"' : 'mode="static"',
  ].join(" ");
  const description = [dataset.title, dataset.description].filter(Boolean).join(": ");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    "  <meta>",
    `    <creator>${escapeText(APP_NAME)}</creator>`,
    `    <description>${escapeText(description)}</description>`,
    "  </meta>",
    `  <graph ${graphAttributes}>`,
    ...attributesXml("node", NODE_ATTRIBUTES),
    ...attributesXml("edge", EDGE_ATTRIBUTES),
    "    <nodes>",
    ...nodes.map((node) => nodeXml(index, node, positions)),
    "    </nodes>",
    "    <edges>",
    ...edges.map((edge) => edgeXml(index, edge)),
    "    </edges>",
    "  </graph>",
    "</gexf>",
    "",
  ].join("\n");
}

function attributesXml(kind: "node" | "edge", attributes: readonly Attribute[]): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...attributes.map((a) => `      <attribute id="${a.id}" title="${a.id}" type="${a.type}"/>`),
    "    </attributes>",
  ];
}

function nodeXml(index: DatasetIndex, node: GraphNode, positions?: Positions): string {
  const type = index.nodeTypesById.get(node.type);
  const values: Values = {
    type: node.type,
    type_label: type?.label,
    aliases: node.aliases?.join("; "),
    summary: node.summary,
    start_date: node.start,
    end_date: node.end,
    attributes: node.attributes?.map((a) => `${a.label}: ${a.value}`).join("; "),
    citations: nodeCitationTexts(index, node).join(" | "),
    color: type?.color,
    shape: type?.shape,
  };
  const position = roundedPosition(positions?.get(node.id));
  const viz = [
    ...colorXml(type?.color),
    ...(position ? [`        <viz:position x="${position.x}" y="${position.y}" z="0.0"/>`] : []),
  ];
  const opening = [
    `id="${escapeAttribute(node.id)}"`,
    `label="${escapeAttribute(node.label)}"`,
    ...spanAttributes(node),
  ];
  return element("node", opening.join(" "), [...attvaluesXml(values), ...viz]);
}

function edgeXml(index: DatasetIndex, edge: GraphEdge): string {
  const type = index.relationshipTypesById.get(edge.type);
  const values: Values = {
    type: edge.type,
    relationship: relationshipSentence(index, edge),
    start_date: edge.start,
    end_date: edge.end,
    description: edge.description,
    citations: edgeCitationTexts(index, edge).join(" | "),
    directed: String(isDirected(index, edge)),
    color: type?.color,
  };
  const opening = [
    `id="${escapeAttribute(edge.id)}"`,
    `source="${escapeAttribute(edge.source)}"`,
    `target="${escapeAttribute(edge.target)}"`,
    `label="${escapeAttribute(relationshipLabel(index, edge))}"`,
    ...spanAttributes(edge),
  ];
  return element("edge", opening.join(" "), [...attvaluesXml(values), ...colorXml(type?.color)]);
}

function attvaluesXml(values: Values): string[] {
  const entries = Object.entries(values).filter(([, value]) => value);
  if (entries.length === 0) return [];
  return [
    "        <attvalues>",
    ...entries.map(([id, value]) => `          <attvalue for="${id}" value="${escapeAttribute(value!)}"/>`),
    "        </attvalues>",
  ];
}

function colorXml(color: string | undefined): string[] {
  const match = color && /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return [];
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16));
  return [`        <viz:color r="${r}" g="${g}" b="${b}"/>`];
}

/** Gephi's timeline: start and end as full days. */
function spanAttributes(element: { start?: string; end?: string }): string[] {
  const start = element.start && fullDay(element.start, "start");
  const end = element.end && fullDay(element.end, "end");
  return [...(start ? [`start="${start}"`] : []), ...(end ? [`end="${end}"`] : [])];
}

/** "2019" -> "2019-01-01" as a start, "2019-12-31" as an end; "2019-02" -> "2019-02-28" as an end. */
export function fullDay(date: string, side: "start" | "end"): string | undefined {
  const parsed = parsePartialDate(date);
  if (!parsed) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  const month = parsed.month ?? (side === "start" ? 1 : 12);
  const day = parsed.day ?? (side === "start" ? 1 : daysInMonth(parsed.year, month));
  return `${String(parsed.year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

function element(name: string, attributes: string, children: string[]): string {
  if (children.length === 0) return `      <${name} ${attributes}/>`;
  return [`      <${name} ${attributes}>`, ...children, `      </${name}>`].join("\n");
}
