// Imported graphs built by hand, as a reader would give them, for the mapping and flow tests; and the
// app's own CSV export as the real CSV reader reads it, for the vocabulary tests.
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import type { Dataset } from "../../../src/domain/dataset/schema";
import { dataFileText } from "../../../src/domain/export/files";
import { readCsv } from "../../../src/domain/formats/csv";
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

/** The app's actors and relationships CSV export of `dataset`, read back by the real CSV reader. */
export function graphOfAppCsvExport(dataset: Dataset): ImportedGraph {
  const index = indexDataset(dataset);
  const elements = { nodeIds: new Set(index.nodesById.keys()), edgeIds: new Set(index.edgesById.keys()) };
  const read = readCsv([
    { name: "export.actors.csv", text: dataFileText("actors-csv", index, elements, new Map()) },
    { name: "export.relationships.csv", text: dataFileText("relationships-csv", index, elements, new Map()) },
  ]);
  if (!read.ok) throw new Error(JSON.stringify(read.problems, null, 2));
  return read.graph;
}
