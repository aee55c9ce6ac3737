/**
 * The JSON export: a dataset in the app's own format, so an exported subgraph can be opened in the
 * app again (and checked by `npm run validate`) with the same vocabulary, sources and picture.
 * It keeps only what the exported actors and relationships use, because the validator warns about
 * declared-but-unused types and never-cited sources.
 */
import { citationsOfEdge, citationsOfNode } from "../../dataset/citations";
import { exportedEdges, exportedNodes, type ExportElements } from "../scope";
import { count } from "../text";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import type { Dataset, GraphNode, Position } from "../../dataset/schema";

/** Tenths of a pixel redraw the same picture; more digits only make the file harder to read. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Positions that would not survive JSON (NaN, Infinity) are left out rather than written as null. */
export function roundedPosition(position: { x: number; y: number } | undefined): Position | undefined {
  if (!position || !Number.isFinite(position.x) || !Number.isFinite(position.y)) return undefined;
  return { x: roundCoordinate(position.x), y: roundCoordinate(position.y) };
}

export function subgraphDataset(
  index: DatasetIndex,
  elements: ExportElements,
  positions?: ReadonlyMap<string, { x: number; y: number }>,
  title?: string,
): Dataset {
  const { dataset } = index;
  const nodes = exportedNodes(index, elements).map((node) => withPosition(node, positions));
  const edges = exportedEdges(index, elements);
  const whole = nodes.length === dataset.nodes.length && edges.length === dataset.edges.length;
  const cited = new Set(
    [...nodes.flatMap(citationsOfNode), ...edges.flatMap(citationsOfEdge)].map((c) => c.source),
  );
  const nodeTypes = new Set(nodes.map((node) => node.type));
  const relationshipTypes = new Set(edges.map((edge) => edge.type));
  return {
    $schema: "./dataset.schema.json",
    formatVersion: 1,
    id: whole ? dataset.id : withSuffix(dataset.id, "-subset"),
    title: title ?? (whole ? dataset.title : withSuffix(dataset.title, " (subset)")),
    ...descriptionOf(dataset, whole, nodes.length, edges.length),
    nodeTypes: usedOrFirst(dataset.nodeTypes, nodeTypes),
    relationshipTypes: usedOrFirst(dataset.relationshipTypes, relationshipTypes),
    sources: usedOrFirst(dataset.sources, cited),
    nodes,
    edges,
  };
}

/** 2-space JSON with a final newline, like the files in graph-data/. */
export function datasetJsonText(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

function withPosition(node: GraphNode, positions?: ReadonlyMap<string, { x: number; y: number }>): GraphNode {
  const position = roundedPosition(positions?.get(node.id));
  return position ? { ...node, position } : node;
}

/** Exporting a subset of a subset should not make "x-subset-subset". */
function withSuffix(text: string, suffix: string): string {
  return text.endsWith(suffix) ? text : `${text}${suffix}`;
}

/** A subset keeps the original description, because it says how the data was gathered and sourced. */
function descriptionOf(
  dataset: Dataset,
  whole: boolean,
  nodeCount: number,
  edgeCount: number,
): Pick<Dataset, "description"> {
  if (whole) return dataset.description === undefined ? {} : { description: dataset.description };
  const origin = `${count(nodeCount, "actor")} and ${count(edgeCount, "relationship")} from “${dataset.title}”.`;
  return { description: dataset.description ? `${origin} ${dataset.description}` : origin };
}

/**
 * The vocabulary entries the subset uses, in dataset order. The format requires at least one of
 * each, so an export with no relationships (one actor, say) keeps the first relationship type: a
 * warning about an unused type is better than a file the app refuses to open.
 */
function usedOrFirst<T extends { id: string }>(entries: readonly T[], used: ReadonlySet<string>): T[] {
  const kept = entries.filter((entry) => used.has(entry.id));
  return kept.length > 0 ? kept : entries.slice(0, 1);
}
