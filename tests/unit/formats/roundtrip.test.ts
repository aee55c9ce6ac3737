import { readFileSync } from "node:fs";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { indexDataset, type DatasetIndex } from "../../../src/domain/dataset/datasetIndex";
import type { Dataset } from "../../../src/domain/dataset/schema";
import { dataFileText, EXPORT_FORMATS } from "../../../src/domain/export/files";
import type { ExportElements } from "../../../src/domain/export/scope";
import { edgeCitationTexts, nodeCitationTexts } from "../../../src/domain/export/text";
import { fullDay, toGexf } from "../../../src/domain/export/writers/gexf";
import { toGraphml } from "../../../src/domain/export/writers/graphml";
import { roundedPosition } from "../../../src/domain/export/writers/json";
import { readGexf } from "../../../src/domain/formats/gexf";
import { readGraphml } from "../../../src/domain/formats/graphml";
import type { ImportedGraph, ReadResult } from "../../../src/domain/formats/types";
import { smallDataset } from "../../fixtures/smallDataset";

const bundled = (name: string) =>
  indexDataset(JSON.parse(readFileSync(`graph-data/${name}.json`, "utf8")) as Dataset);

const DATASETS: [string, DatasetIndex][] = [
  ["quds-force", bundled("quds-force")],
  ["iran-backed-groups-designations", bundled("iran-backed-groups-designations")],
  ["the small test fixture", indexDataset(smallDataset())],
];

function everything(index: DatasetIndex): ExportElements {
  return {
    nodeIds: new Set(index.dataset.nodes.map((n) => n.id)),
    edgeIds: new Set(index.dataset.edges.map((e) => e.id)),
  };
}

/** Somewhere to draw each actor, as the canvas would hand them to the writer. */
function positionsOf(index: DatasetIndex): Map<string, { x: number; y: number }> {
  return new Map(index.dataset.nodes.map((node, i) => [node.id, { x: i * 12.345, y: 3 - i * 7.01 }]));
}

type Writer = (
  index: DatasetIndex,
  elements: ExportElements,
  positions?: Map<string, { x: number; y: number }>,
) => string;

const FORMATS: [string, Writer, (text: string, file: string) => ReadResult][] = [
  ["GraphML", toGraphml, readGraphml],
  ["GEXF", toGexf, readGexf],
];

function reread(
  write: Writer,
  read: (text: string, file: string) => ReadResult,
  index: DatasetIndex,
): ImportedGraph {
  const text = write(index, everything(index), positionsOf(index));
  expect(XMLValidator.validate(text)).toBe(true);
  const result = read(text, "export");
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.graph;
}

/** An imported element's value for the attribute the file calls `title`. */
function valueOf(
  infos: ImportedGraph["nodeAttributes"],
  element: { attributes: Record<string, unknown> },
  title: string,
): unknown {
  const info = infos.find((a) => a.title === title);
  return info && element.attributes[info.key];
}

describe.each(FORMATS)("the app's own %s export reads back the same", (_format, write, read) => {
  it.each(DATASETS)("%s: actors with labels, types, dates, citations and positions", (_name, index) => {
    const graph = reread(write, read, index);
    const positions = positionsOf(index);
    expect(graph.warnings).toEqual([]);
    expect(graph.nodes.map((n) => n.id)).toEqual(index.dataset.nodes.map((n) => n.id));
    for (const [i, node] of graph.nodes.entries()) {
      const original = index.dataset.nodes[i]!;
      expect({
        label: node.label,
        type: valueOf(graph.nodeAttributes, node, "type"),
        start: node.start,
        end: node.end,
        citations: valueOf(graph.nodeAttributes, node, "citations"),
        position: node.position,
        color: node.color,
      }).toEqual({
        label: original.label,
        type: original.type,
        start: original.start,
        end: original.end,
        citations: nodeCitationTexts(index, original).join(" | "),
        position: roundedPosition(positions.get(original.id)),
        color: index.nodeTypesById.get(original.type)!.color,
      });
    }
  });

  it.each(DATASETS)("%s: relationships with ends, types, direction, dates and citations", (_name, index) => {
    const graph = reread(write, read, index);
    expect(graph.edges.map((e) => e.id)).toEqual(index.dataset.edges.map((e) => e.id));
    for (const [i, edge] of graph.edges.entries()) {
      const original = index.dataset.edges[i]!;
      expect({
        source: edge.source,
        target: edge.target,
        type: valueOf(graph.edgeAttributes, edge, "type"),
        directed: edge.directed ?? graph.directedByDefault,
        start: edge.start,
        end: edge.end,
        citations: valueOf(graph.edgeAttributes, edge, "citations"),
      }).toEqual({
        source: original.source,
        target: original.target,
        type: original.type,
        directed: index.relationshipTypesById.get(original.type)!.directed,
        start: original.start,
        end: original.end,
        citations: edgeCitationTexts(index, original).join(" | "),
      });
    }
  });

  it("keeps the title and description", () => {
    const index = indexDataset(smallDataset());
    const graph = reread(write, read, index);
    if (write === toGraphml) {
      expect([graph.title, graph.description]).toEqual([
        "Small test network",
        "A hand-made network for tests.",
      ]);
    } else {
      expect(graph.description).toBe("Small test network: A hand-made network for tests.");
    }
  });

  it("an export of undirected relationships only is an undirected graph", () => {
    const index = indexDataset(smallDataset());
    const text = write(index, {
      nodeIds: new Set(["hezbollah", "isis"]),
      edgeIds: new Set(["hezbollah-fights-isis"]),
    });
    const result = read(text, "fights");
    expect(result.ok && [result.graph.directedByDefault, result.graph.edges[0]!.directed]).toEqual([
      false,
      false,
    ]);
  });
});

describe("the GEXF writer", () => {
  const small = indexDataset(smallDataset());

  it.each<[string, "start" | "end", string]>([
    ["2019", "start", "2019-01-01"],
    ["2019", "end", "2019-12-31"],
    ["2019-02", "start", "2019-02-01"],
    ["2019-02", "end", "2019-02-28"],
    ["2020-02", "end", "2020-02-29"],
    ["2019-04-15", "end", "2019-04-15"],
  ])("gives Gephi's timeline full days: %s as a %s is %s", (date, side, day) => {
    expect(fullDay(date, side)).toBe(day);
  });

  it("writes GEXF 1.2 (which networkx before 3.6 and every Gephi read), dynamic only when there are dates", () => {
    const dated = toGexf(small, everything(small));
    expect(dated).toContain('<gexf xmlns="http://www.gexf.net/1.2draft"');
    expect(dated).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    expect(dated).toMatch(/<edge id="us-sanctions-quds-force" [^>]*start="2007-10-25"/);
    const undated = toGexf(small, { nodeIds: new Set(["isis"]), edgeIds: new Set() });
    expect(undated).toContain('<graph defaultedgetype="directed" mode="static">');
    const fights = toGexf(small, {
      nodeIds: new Set(["hezbollah", "isis"]),
      edgeIds: new Set(["hezbollah-fights-isis"]),
    });
    expect(fights).toContain('<graph defaultedgetype="undirected" mode="dynamic" timeformat="date">');
    expect(fights).toMatch(/<node id="hezbollah" label="Hezbollah" start="1982-01-01">/);
  });

  it("never says an edge is undirected in a directed graph (networkx refuses it)", () => {
    const text = toGexf(small, everything(small));
    expect(text).not.toMatch(/<edge [^>]*type=/);
    expect(text).toMatch(/<edge id="hezbollah-fights-isis"[^]*?<attvalue for="directed" value="false"\/>/);
  });

  it("writes the type's colour as viz:color, and positions only when given", () => {
    const text = toGexf(small, everything(small), new Map([["quds-force", { x: 1.26, y: -2 }]]));
    expect(text.match(/<viz:position [^>]*>/g)).toEqual(['<viz:position x="1.3" y="-2" z="0.0"/>']);
    expect(text).toContain('<viz:color r="180" g="35" b="24"/>');
  });

  it("escapes markup in labels and values", () => {
    const dataset = smallDataset();
    dataset.nodes[0]!.label = `Tom & "Jerry", <the> 'cat'`;
    dataset.nodes[0]!.summary = "line one\r\nline two";
    const text = toGexf(indexDataset(dataset), everything(indexDataset(dataset)));
    expect(XMLValidator.validate(text)).toBe(true);
    const result = readGexf(text, "awkward.gexf");
    const node = result.ok ? result.graph.nodes[0]! : undefined;
    expect(node?.label).toBe(`Tom & "Jerry", <the> 'cat'`);
    expect(node && valueOf(result.ok ? result.graph.nodeAttributes : [], node, "summary")).toBe(
      "line one\r\nline two",
    );
  });

  it("is offered in the export dialog, and dataFileText writes it", () => {
    expect(EXPORT_FORMATS.find((f) => f.id === "gexf")).toMatchObject({
      label: "GEXF (Gephi)",
      extension: "gexf",
      mimeType: "application/gexf+xml",
    });
    expect(dataFileText("gexf", small, everything(small), new Map())).toContain("<gexf ");
  });
});
