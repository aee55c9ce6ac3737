import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KIND_KEY, readGexf } from "../../../src/domain/formats/gexf";
import type { ImportedGraph } from "../../../src/domain/formats/types";

function read(name: string): ImportedGraph {
  const result = readGexf(readFileSync(`tests/fixtures/formats/gexf/${name}`, "utf8"), name);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.graph;
}

const node = (graph: ImportedGraph, id: string) => graph.nodes.find((n) => n.id === id);
const edge = (graph: ImportedGraph, id: string) => graph.edges.find((e) => e.id === id);
const warnings = (graph: ImportedGraph) => graph.warnings.map((w) => [w.line, w.column, w.path, w.message]);

describe("a static GEXF 1.2 graph (static-1.2.gexf)", () => {
  const graph = read("static-1.2.gexf");

  it("says what it is, and reads the meta", () => {
    expect(graph).toMatchObject({
      format: "gexf",
      formatLabel: "GEXF 1.2, written by Gephi.org",
      file: "static-1.2.gexf",
      description: "A Web network",
      directedByDefault: true,
    });
    expect(graph.title).toBeUndefined();
  });

  it("declares the attributes with their kinds and defaults", () => {
    expect(graph.nodeAttributes).toEqual([
      { key: "0", title: "url", kind: "string" },
      { key: "1", title: "indegree", kind: "number" },
      { key: "2", title: "frog", kind: "boolean", default: true },
      { key: "3", title: "score", kind: "number", default: 0.5 },
      { key: "4", title: "tags", kind: "list" },
      { key: "5", title: "founded", kind: "date" },
    ]);
    expect(graph.edgeAttributes).toEqual([
      { key: "w", title: "evidence", kind: "string", default: "unsourced" },
    ]);
  });

  it.each<[string, Record<string, unknown>]>([
    [
      "0",
      {
        label: "Gephi",
        attributes: {
          "0": "https://gephi.org",
          "1": 1,
          "2": true,
          "3": 0.5,
          "4": ["graph", "viz", "java"],
          "5": "2008-03-01",
        },
        position: { x: 15.783598, y: 40.109245 },
        color: "#efad42",
        size: 2.0375757,
        locator: "line 28",
      },
    ],
    [
      "1",
      {
        label: "Webatlas",
        attributes: { "0": "http://webatlas.fr", "1": 2, "2": false, "3": 0.5, "4": ["maps", "web"] },
        position: { x: -20.5, y: 3 },
        color: "#0080ff",
      },
    ],
    ["2", { label: "RTGI", attributes: { "0": "http://rtgi.fr", "1": "one", "2": true, "3": 0.25 } }],
    ["3", { label: "BarabasiLab & friends" }],
  ])("node %s: label, typed values with defaults applied, viz", (id, expected) => {
    expect(node(graph, id)).toMatchObject(expected);
  });

  it.each<[string, Record<string, unknown>]>([
    ["0", { source: "0", target: "1", label: "links to", weight: 2.5, attributes: { w: "unsourced" } }],
    ["1", { source: "0", target: "2", directed: false }],
    ["2", { source: "1", target: "0", attributes: { w: "a report" } }],
    ["3", { directed: true }],
    ["4", { directed: false }],
  ])("edge %s: ends, label, weight, direction", (id, expected) => {
    expect(edge(graph, id)).toMatchObject(expected);
  });

  it("keeps parallel edges, and only edges without a direction of their own take the default", () => {
    expect(graph.edges.filter((e) => e.source === "0" && e.target === "1").map((e) => e.id)).toEqual([
      "0",
      "5",
      "6",
    ]);
    expect(edge(graph, "0")!.directed).toBeUndefined();
    expect(graph.nodes).toHaveLength(4);
    expect(graph.edges).toHaveLength(7);
  });

  it("says what it could not read as declared, what it left out and what it changed", () => {
    expect(warnings(graph)).toEqual([
      [
        52,
        11,
        "attvalue",
        'Attribute "indegree" is declared as integer, but one value is not (the first, "one", is here); it is kept as text.',
      ],
      [75, 7, 'edge "7"', "1 edge points to nodes the file does not have; left out."],
      [72, 7, 'edge "4"', '1 edge is "mutual" (both ways); read as undirected.'],
    ]);
  });
});

describe("a dynamic GEXF 1.3 graph (dynamic-1.3.gexf)", () => {
  const graph = read("dynamic-1.3.gexf");

  it("reads the 1.3 meta, and an undirected default", () => {
    expect(graph).toMatchObject({
      formatLabel: "GEXF 1.3, written by Gephi 0.10.1",
      title: "Alliances over time",
      description: "Who was allied with whom, and when",
      directedByDefault: false,
    });
  });

  it.each<[string, string | undefined, string | undefined, string]>([
    ["a", "1982-06", "2019-04-15", "start and end on the node"],
    [
      "b",
      "1988-02-29",
      "2010-05",
      "three spells: the earliest start, the latest end, a date-time cut to its day",
    ],
    ["c", undefined, "2006", "a spell without a start leaves the start open"],
    ["d", undefined, undefined, "a start that is not a date is left out"],
  ])("node %s spans %s to %s (%s)", (id, start, end) => {
    expect([node(graph, id)!.start, node(graph, id)!.end]).toEqual([start, end]);
  });

  it("keeps a dynamic attribute's latest value, hex and rgb colours", () => {
    expect(node(graph, "a")).toMatchObject({
      attributes: { status: "designated", members: 1200 },
      color: "#1f4e99",
      position: { x: 1, y: 2 },
    });
    expect(node(graph, "b")!.color).toBe("#c8102e");
  });

  it("reads edge kinds as an attribute, edge spells as a span, and edge colours", () => {
    expect(graph.edgeAttributes).toEqual([{ key: KIND_KEY, title: "kind", kind: "string" }]);
    expect(edge(graph, "e1")).toMatchObject({
      attributes: { [KIND_KEY]: "allied-with" },
      start: "1990",
      end: "1995",
    });
    expect(edge(graph, "e2")).toMatchObject({
      attributes: { [KIND_KEY]: "funds" },
      directed: true,
      start: "2003-03-20",
    });
    expect(edge(graph, "e2")!.end).toBeUndefined();
    expect(edge(graph, "e3")).toMatchObject({ label: "fights", color: "#c01048" });
  });

  it("says which time it could not read, and that attributes changed over time", () => {
    expect(warnings(graph)).toEqual([
      [
        42,
        7,
        'node "d"',
        '1 time could not be read as a date (the first, "soon", is here) and was left out.',
      ],
      [20, 11, "attvalue", "Some attributes change over time; the explorer keeps each one's latest value."],
    ]);
  });
});

describe("numeric times", () => {
  it("reads integers as years when every time in the graph is one", () => {
    const graph = read("dynamic-years.gexf");
    expect(graph.nodes.map((n) => [n.id, n.start, n.end])).toEqual([
      ["a", "1979", "2020"],
      ["b", "1990", "2004"],
    ]);
    expect([graph.edges[0]!.start, graph.edges[0]!.end]).toEqual(["1995", undefined]);
    expect(graph.warnings).toEqual([]);
  });

  it("leaves out steps that are not years, with one warning for the graph", () => {
    const graph = read("dynamic-steps.gexf");
    expect([...graph.nodes, ...graph.edges].some((e) => e.start !== undefined || e.end !== undefined)).toBe(
      false,
    );
    expect(graph.warnings).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 6,
        column: 7,
        message:
          'This graph\'s times are numbers (timeformat "double"), such as 1.0, 2.5, 2001, which are not years; the explorer keeps dates only, so 5 times were left out.',
        suggestion: 'Give the times as dates (timeformat="date") or as years to keep them.',
      }),
    ]);
  });
});

describe("GEXF 1.1 with a hierarchy (hierarchy-1.1.gexf)", () => {
  const graph = read("hierarchy-1.1.gexf");

  it("flattens nested nodes in document order, reading 1.1's attvalue id= and slices", () => {
    expect(graph.nodes.map((n) => [n.id, n.label])).toEqual([
      ["coalition", "Coalition"],
      ["m1", "Member one"],
      ["m2", "Member two"],
    ]);
    expect(node(graph, "coalition")).toMatchObject({
      attributes: { "0": "umbrella" },
      start: "2014-06",
      end: "2017-12",
    });
    expect(graph.edges.map((e) => [e.source, e.target, e.id])).toEqual([["m1", "m2", undefined]]);
  });

  it("says what it flattened and left out", () => {
    expect(warnings(graph)).toEqual([
      [
        9,
        7,
        'node "coalition"',
        "1 node holds nested nodes (a hierarchy); they were flattened into one graph, the parents kept as actors beside their children.",
      ],
      [22, 7, "node", "1 node without an id was left out."],
      [21, 7, 'node "m1"', "1 node repeats an id used before; only the first of each was kept."],
      [26, 7, "edge", "1 edge without a source or a target was left out."],
    ]);
  });
});

describe("edge cases", () => {
  it.each<[string, string, Partial<ImportedGraph>]>([
    ["no defaultedgetype: GEXF's default, undirected", "<graph>", { directedByDefault: false }],
    ["defaultedgetype mutual", '<graph defaultedgetype="mutual">', { directedByDefault: false }],
    [
      "networkx's graph name as the title",
      '<graph name="From networkx" defaultedgetype="directed">',
      { title: "From networkx", directedByDefault: true },
    ],
  ])("%s", (_name, graphTag, expected) => {
    const result = readGexf(
      `<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">${graphTag}<nodes/></graph></gexf>`,
      "x.gexf",
    );
    expect(result.ok && result.graph).toMatchObject(expected);
  });

  it("stores an attribute named __proto__ as a value, not as a prototype", () => {
    const result = readGexf(
      '<gexf><graph><attributes class="node"><attribute id="__proto__" title="p" type="string"/></attributes>' +
        '<nodes><node id="a"><attvalues><attvalue for="__proto__" value="x"/></attvalues></node></nodes></graph></gexf>',
      "proto.gexf",
    );
    const attributes = result.ok ? result.graph.nodes[0]!.attributes : {};
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(Object.entries(attributes)).toEqual([["__proto__", "x"]]);
  });
});
