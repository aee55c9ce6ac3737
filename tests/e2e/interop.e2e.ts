// Interoperability with software nobody here wrote: Debian's networkx and igraph write GEXF and
// GraphML that the app's readers must understand, and read the app's own GraphML and GEXF exports.
// The Python scripts beside this file do the libraries' side; no browser is needed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexDataset, type DatasetIndex } from "../../src/domain/dataset/datasetIndex";
import { nodeCitationTexts } from "../../src/domain/export/text";
import { toGexf } from "../../src/domain/export/writers/gexf";
import { toGraphml } from "../../src/domain/export/writers/graphml";
import { roundedPosition } from "../../src/domain/export/writers/json";
import { readGexf } from "../../src/domain/formats/gexf";
import { readGraphml } from "../../src/domain/formats/graphml";
import type { AttributeInfo, ImportedGraph } from "../../src/domain/formats/types";
import { readBundledDataset } from "./datasetFacts";

const PYTHON = "/usr/bin/python3";
const INSTALL_HINT = "apt-get install -y python3-networkx python3-igraph";
const scripts = new URL("./interop/", import.meta.url).pathname;

function python(args: string[]): string {
  const run = spawnSync(PYTHON, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.error || run.status !== 0) {
    throw new Error(`${PYTHON} ${args.join(" ")} failed: ${run.error?.message ?? run.stderr}`);
  }
  return run.stdout;
}

let folder = "";

beforeAll(() => {
  const check = spawnSync(PYTHON, ["-c", "import networkx, igraph"], { encoding: "utf8" });
  if (check.error || check.status !== 0) {
    throw new Error(
      `${PYTHON} cannot import networkx and igraph (${check.error?.message ?? check.stderr.trim()}). ` +
        `Install Debian's packages: ${INSTALL_HINT}`,
    );
  }
  folder = mkdtempSync(join(tmpdir(), "explorer-interop-"));
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

// --- Files written by networkx and igraph, read by the app ------------------------------------------

type Value = string | number | boolean | null;

/** What the writing library held, as write_graphs.py reports it. */
interface Written {
  writer: "networkx" | "igraph";
  nodes: number;
  edges: number;
  directed: boolean;
  nodeData: Record<string, Record<string, Value>>;
  edgeData: ({ source: string; target: string } & Record<string, Value>)[];
}

function valueOf(
  infos: readonly AttributeInfo[],
  element: { attributes: Record<string, unknown> },
  title: string,
) {
  const info = infos.find((a) => a.title === title);
  return info && element.attributes[info.key];
}

/** The imported graph with each node under the id the library knew it by (igraph's "name"). */
function byLibraryId(graph: ImportedGraph, writer: Written["writer"]) {
  const idOf = new Map(
    graph.nodes.map((node) => [
      node.id,
      writer === "igraph" ? String(valueOf(graph.nodeAttributes, node, "name")) : node.id,
    ]),
  );
  return {
    nodes: new Map(graph.nodes.map((node) => [idOf.get(node.id)!, node])),
    ends: (edge: { source: string; target: string }) =>
      `${idOf.get(edge.source)} -> ${idOf.get(edge.target)}`,
  };
}

describe("the app reads what networkx and igraph write", () => {
  let written: Record<string, Written> = {};

  beforeAll(() => {
    const out = join(folder, "written");
    written = (
      JSON.parse(python([join(scripts, "write_graphs.py"), out])) as { files: Record<string, Written> }
    ).files;
    for (const name of Object.keys(written))
      written[name] = { ...written[name]!, file: join(out, name) } as Written;
  });

  function imported(name: string): ImportedGraph {
    const file = (written[name] as Written & { file: string }).file;
    const read = name.endsWith(".gexf") ? readGexf : readGraphml;
    const result = read(readFileSync(file, "utf8"), name);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.graph;
  }

  const FILES = ["karate", "attributes", "undirected", "multigraph"].flatMap((graph) => [
    `${graph}.networkx.gexf`,
    `${graph}.networkx.graphml`,
    `${graph}.igraph.graphml`,
  ]);

  it("wrote every file", () => {
    expect(Object.keys(written).sort()).toEqual([...FILES].sort());
  });

  it.each(FILES)("%s: the same counts and direction, and no warnings", (name) => {
    const graph = imported(name);
    const library = written[name]!;
    expect([graph.nodes.length, graph.edges.length, graph.directedByDefault]).toEqual([
      library.nodes,
      library.edges,
      library.directed,
    ]);
    expect(graph.edges.every((edge) => edge.directed === undefined)).toBe(true);
    expect(graph.warnings).toEqual([]);
  });

  it.each(FILES)("%s: every node's label, attributes, dates, position and colour", (name) => {
    const graph = imported(name);
    const library = written[name]!;
    const { nodes } = byLibraryId(graph, library.writer);
    for (const [id, data] of Object.entries(library.nodeData)) {
      const node = nodes.get(id);
      expect(node, `node ${id}`).toBeDefined();
      const { label, x, y, color, start, end, ...attributes } = data;
      expect(node!.label).toBe(label);
      if (x !== undefined) expect(node!.position).toEqual({ x, y });
      if (color !== undefined) expect(node!.color).toBe(color);
      if (start !== undefined) expect(node!.start).toBe(start);
      if (end !== undefined) expect(node!.end).toBe(end);
      for (const [title, value] of Object.entries(attributes)) {
        expect(valueOf(graph.nodeAttributes, node!, title), `${id}.${title}`).toEqual(value);
      }
    }
  });

  it.each(FILES)("%s: every edge's ends (parallel ones kept), label, weight and attributes", (name) => {
    const graph = imported(name);
    const library = written[name]!;
    const { ends } = byLibraryId(graph, library.writer);
    const read = graph.edges.map((edge) => {
      const described: Record<string, unknown> = { ends: ends(edge) };
      if (edge.label !== undefined) described.label = edge.label;
      if (edge.weight !== undefined) described.weight = edge.weight;
      for (const title of ["since", "relation"]) {
        const value = valueOf(graph.edgeAttributes, edge, title);
        if (value !== undefined) described[title] = value;
      }
      return JSON.stringify(described, Object.keys(described).sort());
    });
    const expected = library.edgeData.map(({ source, target, ...data }) => {
      const described: Record<string, unknown> = { ends: `${source} -> ${target}`, ...data };
      return JSON.stringify(described, Object.keys(described).sort());
    });
    // networkx's undirected edges may come back written either way round.
    const unordered = (list: string[]) =>
      library.directed
        ? list.sort()
        : list
            .map((text) => {
              const edge = JSON.parse(text) as { ends: string };
              edge.ends = edge.ends.split(" -> ").sort().join(" -- ");
              return JSON.stringify(edge, Object.keys(edge).sort());
            })
            .sort();
    expect(unordered(read)).toEqual(unordered(expected));
  });
});

// --- The app's exports, read by networkx and igraph -------------------------------------------------

interface LibraryRead {
  error?: string;
  nodes: number;
  edges: number;
  directed: boolean;
  actors: Record<
    string,
    { label: string; type: string; citations: string | null; position: [number, number] | null }
  >;
  relationships: { source: string; target: string; type: string; directed: boolean | null }[];
}

const DATASETS = ["quds-force.json", "iran-backed-groups-designations.json"];

function positionsOf(index: DatasetIndex) {
  return new Map(
    index.dataset.nodes.map((node, i) => [node.id, { x: 40 * (i % 9), y: 12 - 35.5 * Math.floor(i / 9) }]),
  );
}

describe("networkx and igraph read the app's GraphML and GEXF exports", () => {
  let reads: Record<string, Record<string, LibraryRead>> = {};
  const indexes = new Map(DATASETS.map((file) => [file, indexDataset(readBundledDataset(file))]));
  const exported = (file: string, format: "graphml" | "gexf") =>
    join(folder, `${file.replace(".json", "")}.${format}`);

  beforeAll(() => {
    for (const [file, index] of indexes) {
      const elements = {
        nodeIds: new Set(index.dataset.nodes.map((n) => n.id)),
        edgeIds: new Set(index.dataset.edges.map((e) => e.id)),
      };
      writeFileSync(exported(file, "graphml"), toGraphml(index, elements, positionsOf(index)));
      writeFileSync(exported(file, "gexf"), toGexf(index, elements, positionsOf(index)));
    }
    const paths = DATASETS.flatMap((file) => [exported(file, "graphml"), exported(file, "gexf")]);
    reads = (JSON.parse(python([join(scripts, "read_exports.py"), ...paths])) as { files: typeof reads })
      .files;
  });

  const CASES = DATASETS.flatMap((file) => [
    [file, "graphml", "networkx"],
    [file, "graphml", "igraph"],
    [file, "gexf", "networkx"],
  ]) as [string, "graphml" | "gexf", "networkx" | "igraph"][];

  it.each(CASES)("%s as %s, read by %s: the same actors and relationships", (file, format, library) => {
    const index = indexes.get(file)!;
    const read = reads[exported(file, format)]![library]!;
    expect(read.error).toBeUndefined();
    const { nodes, edges, relationshipTypes } = index.dataset;
    expect([read.nodes, read.edges, read.directed]).toEqual([nodes.length, edges.length, true]);
    const positions = positionsOf(index);
    for (const node of nodes) {
      const position = roundedPosition(positions.get(node.id))!;
      expect(read.actors[node.id], node.id).toEqual({
        label: node.label,
        type: node.type,
        citations: nodeCitationTexts(index, node).join(" | "),
        position: [position.x, position.y],
      });
    }
    const directed = new Map(relationshipTypes.map((type) => [type.id, type.directed]));
    const described = (r: { source: string; target: string; type: string; directed: boolean | null }) =>
      `${r.source} ${r.type} ${r.target} ${String(r.directed)}`;
    expect(read.relationships.map(described).sort()).toEqual(
      edges.map((e) => described({ ...e, directed: directed.get(e.type)! })).sort(),
    );
  });
});
