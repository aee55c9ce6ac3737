// Imported graphs built by hand, as a reader would give them, for the mapping and flow tests; and the
// app's own CSV export as a CSV reader would give it (columns as attributes), for the vocabulary tests.
import { citationsOfNode } from "../../../src/domain/dataset/citations";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import type { Dataset } from "../../../src/domain/dataset/schema";
import { citedSourceIds, edgeCitationTexts, nodeCitationTexts } from "../../../src/domain/export/text";
import type {
  AttributeInfo,
  AttributeValue,
  ImportedEdge,
  ImportedGraph,
  ImportedNode,
} from "../../../src/domain/formats/types";

type Values = Record<string, AttributeValue>;

/** Attribute declarations for every key the elements use (key = title), strings unless numbers. */
function declared(elements: { attributes: Values }[]): AttributeInfo[] {
  const infos = new Map<string, AttributeInfo>();
  for (const { attributes } of elements)
    for (const [key, value] of Object.entries(attributes))
      if (!infos.has(key))
        infos.set(key, { key, title: key, kind: typeof value === "number" ? "number" : "string" });
  return [...infos.values()];
}

export function importedGraph(
  nodes: (Partial<ImportedNode> & { id: string })[],
  edges: (Partial<ImportedEdge> & { source: string; target: string })[],
  extra: Partial<ImportedGraph> = {},
): ImportedGraph {
  const fullNodes = nodes.map((n, i) => ({ attributes: {}, locator: `row ${i + 2}`, ...n }));
  const fullEdges = edges.map((e, i) => ({ attributes: {}, locator: `row ${i + 2}`, ...e }));
  return {
    format: "csv",
    formatLabel: "CSV file",
    file: "test.csv",
    directedByDefault: true,
    nodeAttributes: declared(fullNodes),
    edgeAttributes: declared(fullEdges),
    nodes: fullNodes,
    edges: fullEdges,
    warnings: [],
    ...extra,
  };
}

/** What a CSV reader gives for the app's actors and relationships export of `dataset`. */
export function graphOfAppCsvExport(dataset: Dataset): ImportedGraph {
  const index = indexDataset(dataset);
  const nodes: ImportedNode[] = dataset.nodes.map((node, i) => ({
    id: node.id,
    label: node.label,
    attributes: cells({
      type: node.type,
      aliases: (node.aliases ?? []).join("; "),
      summary: node.summary ?? "",
      start: node.start ?? "",
      end: node.end ?? "",
      attributes: (node.attributes ?? []).map((a) => `${a.label}: ${a.value}`).join("; "),
      citations: nodeCitationTexts(index, node).join(" | "),
      source_ids: citedSourceIds(citationsOfNode(node)).join("; "),
    }),
    locator: `row ${i + 2}`,
  }));
  const edges: ImportedEdge[] = dataset.edges.map((edge, i) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    attributes: cells({
      source_label: index.nodesById.get(edge.source)?.label ?? "",
      type: edge.type,
      relationship: index.relationshipTypesById.get(edge.type)?.label ?? "",
      target_label: index.nodesById.get(edge.target)?.label ?? "",
      directed: String(index.relationshipTypesById.get(edge.type)?.directed ?? true),
      start: edge.start ?? "",
      end: edge.end ?? "",
      description: edge.description ?? "",
      citations: edgeCitationTexts(index, edge).join(" | "),
      source_ids: citedSourceIds(edge.citations).join("; "),
    }),
    locator: `row ${i + 2}`,
  }));
  return {
    format: "csv",
    formatLabel: "CSV files",
    file: "export.actors.csv + export.relationships.csv",
    directedByDefault: true,
    nodeAttributes: keysOf([
      "type",
      "aliases",
      "summary",
      "start",
      "end",
      "attributes",
      "citations",
      "source_ids",
    ]),
    edgeAttributes: keysOf([
      "source_label",
      "type",
      "relationship",
      "target_label",
      "directed",
      "start",
      "end",
      "description",
      "citations",
      "source_ids",
    ]),
    nodes,
    edges,
    warnings: [],
  };
}

/** Empty cells are no value, as a CSV reader gives them. */
function cells(values: Record<string, string>): Values {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ""));
}

const keysOf = (keys: string[]): AttributeInfo[] => keys.map((key) => ({ key, title: key, kind: "string" }));
