import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readGraphml } from "../../../src/domain/formats/graphml";
import type { ImportedGraph } from "../../../src/domain/formats/types";

function read(name: string): ImportedGraph {
  const result = readGraphml(readFileSync(`tests/fixtures/formats/graphml/${name}`, "utf8"), name);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.graph;
}

const node = (graph: ImportedGraph, id: string) => graph.nodes.find((n) => n.id === id);
const edge = (graph: ImportedGraph, id: string) => graph.edges.find((e) => e.id === id);
const warnings = (graph: ImportedGraph) => graph.warnings.map((w) => [w.line, w.column, w.path, w.message]);

describe("keys, defaults and direction (attributes.graphml, after the GraphML primer)", () => {
  const graph = read("attributes.graphml");

  it("reads the graph's name and its undirected default", () => {
    expect(graph).toMatchObject({
      format: "graphml",
      formatLabel: "GraphML",
      title: "Primer example",
      directedByDefault: false,
    });
  });

  it("lists node and edge keys with kinds and defaults; a key for all where it is used", () => {
    expect(graph.nodeAttributes).toEqual([
      { key: "d0", title: "color", kind: "string", default: "yellow" },
      { key: "d2", title: "members", kind: "number", default: 0 },
      { key: "d3", title: "active", kind: "boolean" },
      { key: "d4", title: "note", kind: "string" },
      { key: "d6", title: "founded", kind: "date" },
      { key: "d9", title: "d9", kind: "string" },
    ]);
    expect(graph.edgeAttributes).toEqual([
      { key: "d1", title: "weight", kind: "number" },
      { key: "d4", title: "note", kind: "string" },
    ]);
  });

  it.each<[string, Record<string, unknown>]>([
    ["n0", { d0: "green", d2: 12, d3: true, d6: "1982" }],
    ["n1", { d0: "yellow", d2: 0, d3: false, d6: "2001-09" }],
    ["n2", { d0: "#1F4E99", d2: "many", d4: "a note on a node" }],
    ["n5", { d0: "yellow", d2: 0, d4: "another", d9: "undeclared & kept" }],
  ])("node %s has its values, defaults filled in", (id, attributes) => {
    expect(node(graph, id)!.attributes).toEqual(attributes);
  });

  it("takes a colour only when it is one", () => {
    expect(graph.nodes.map((n) => n.color)).toEqual([
      undefined,
      undefined,
      "#1f4e99",
      undefined,
      undefined,
      undefined,
    ]);
  });

  it.each<[string, boolean | undefined, number | undefined]>([
    ["e0", undefined, 1],
    ["e2", true, 2],
    ["e3", undefined, undefined],
    ["e6", false, 1.1],
  ])("edge %s: directed %s, weight %s", (id, directed, weight) => {
    expect([edge(graph, id)!.directed, edge(graph, id)!.weight]).toEqual([directed, weight]);
  });

  it("keeps parallel edges (one without an id) and leaves out an edge to a missing node", () => {
    expect(graph.edges.filter((e) => e.source === "n3" && e.target === "n5").map((e) => e.id)).toEqual([
      "e5",
      undefined,
    ]);
    expect(graph.edges).toHaveLength(8);
    expect(warnings(graph)).toEqual([
      [
        32,
        7,
        "data",
        'Attribute "members" is declared as int, but one value is not (the first, "many", is here); it is kept as text.',
      ],
      [39, 7, "data", "1 value uses a key the file does not declare with <key>; read as text."],
      [58, 5, "edge", "1 edge points to nodes the file does not have; left out."],
    ]);
  });
});

describe("dialects", () => {
  it("yEd: labels, box centres and fills from the drawing; groups flattened", () => {
    const graph = read("yed.graphml");
    expect(graph).toMatchObject({
      formatLabel: "GraphML, from yEd",
      description: "A yEd diagram",
      directedByDefault: true,
    });
    expect(graph.nodes.map((n) => [n.id, n.label, n.position, n.color])).toEqual([
      ["n0", "Quds Force", { x: 130, y: 215 }, "#ffcc00"],
      ["n1", "Axis of Resistance", { x: 400, y: 160 }, "#f5f5f5"],
      ["n1::n0", "Hezbollah", { x: 335, y: 165 }, "#b42318"],
      ["n1::n1", "Kata'ib Hezbollah", { x: 440, y: 170 }, "#e8eef7"],
    ]);
    expect(graph.nodeAttributes.map((a) => a.title)).toEqual(["url", "description"]);
    expect(node(graph, "n0")!.attributes).toEqual({ d4: "The first box" });
    expect(graph.edges.map((e) => [e.id, e.source, e.target, e.label, e.color])).toEqual([
      ["n1::e0", "n1::n0", "n1::n1", undefined, "#027a48"],
      ["e0", "n0", "n1::n0", "Trains", "#b54708"],
    ]);
    expect(warnings(graph)).toEqual([
      [
        46,
        7,
        'graph "n1:"',
        "The file nests 1 graph inside nodes (groups); they were flattened into one graph, each group kept as an actor beside its members.",
      ],
    ]);
  });

  it("Gephi: label, r/g/b, x/y, size, weight, Edge Label", () => {
    const graph = read("gephi.graphml");
    expect(graph.nodes.map((n) => [n.label, n.color, n.position, n.size])).toEqual([
      ["Myriel", "#eb5148", { x: -87.93029, y: 6.8120565 }, 28.685715],
      ["Napoleon", "#ec5148", { x: -418.08344, y: -115.5 }, 4],
    ]);
    expect(graph.edges[0]).toMatchObject({ label: "knows", weight: 1 });
    expect(graph.nodeAttributes.at(-1)).toEqual({
      key: "modularity_class",
      title: "Modularity Class",
      kind: "number",
    });
  });

  it("Cytoscape desktop: names as labels, one key id reused for the graph, nodes and edges", () => {
    const graph = read("cytoscape.graphml");
    expect(graph.title).toBe("galFiltered.sif");
    expect(graph.nodes.map((n) => [n.label, n.attributes.selected])).toEqual([
      ["YKR026C", false],
      ["YGL122C", true],
    ]);
    expect(graph.edgeAttributes.map((a) => a.title)).toEqual(["shared interaction", "name", "interaction"]);
    expect(graph.edges[0]!.attributes.interaction).toBe("pp");
  });

  it.each<[string, string]>([
    [
      "networkx",
      '<graphml><key id="d0" for="node" attr.name="name" attr.type="string"/><graph edgedefault="undirected"><node id="a"><data key="d0">Alpha</data></node></graph></graphml>',
    ],
    [
      "igraph",
      '<graphml><key id="v_name" for="node" attr.name="name" attr.type="string"/><graph edgedefault="undirected"><node id="n0"><data key="v_name">Alpha</data></node></graph></graphml>',
    ],
  ])("%s: the name attribute is the label when there is no label", (_name, text) => {
    const result = readGraphml(text, "x.graphml");
    expect(result.ok && result.graph.nodes[0]!.label).toBe("Alpha");
  });
});

describe("nested graphs, ports, hyperedges, locators (nested.graphml)", () => {
  const graph = read("nested.graphml");

  it("flattens the nested graph in document order, its edges keeping its own default", () => {
    expect(graph.nodes.map((n) => n.id)).toEqual(["n0", "n1", "n2", "n2::n0", "n2::n1", "n3"]);
    expect(graph.edges.map((e) => [e.id, e.directed])).toEqual([
      ["inner", false],
      ["e0", undefined],
      ["e1", undefined],
    ]);
  });

  it("says what it flattened, ignored and left out", () => {
    expect(warnings(graph)).toEqual([
      [29, 3, 'graph "H"', "The file holds 2 graphs; the explorer opened the first and left the others out."],
      [
        12,
        7,
        'graph "n2:"',
        "The file nests 1 graph inside nodes (groups); they were flattened into one graph, each group kept as an actor beside its members.",
      ],
      [23, 5, "hyperedge", "1 hyperedge (edges joining more than two nodes) was left out."],
      [7, 7, "port", "Ports were ignored: edges connect the nodes themselves."],
      [
        19,
        7,
        "locator",
        "The file points to other files with <locator>; the explorer never fetches anything and left them out.",
      ],
    ]);
  });
});
