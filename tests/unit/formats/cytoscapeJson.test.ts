// Cytoscape JSON import. The fixtures follow the Cytoscape.js documentation's "Elements JSON"
// examples (cytoscape/cytoscape.js documentation/md/notation.md: a flat list with n1, n2, n3,
// nparent and e1; the same elements keyed by group as { nodes, edges }) and the shape of Cytoscape
// desktop's .cyjs export as stored exports show it (format_version, generated_by, data.SUID,
// shared_name, name, interaction on edges).
import { describe, expect, it } from "vitest";
import { readCytoscapeJson } from "../../../src/domain/formats/cytoscapeJson";
import { PROBLEMS_PER_KIND } from "../../../src/domain/formats/problemLog";
import { expectNoPollution, fixtureJson, graphOf, node, pairs, plain, problemsOf } from "./helpers";

describe("the shapes Cytoscape writes", () => {
  it("reads the documentation's flat list, flattening compound nodes with a warning", () => {
    const graph = graphOf(readCytoscapeJson(fixtureJson("cytoscape/elements-list.json"), "list.json"));
    expect(graph.formatLabel).toBe("Cytoscape.js JSON");
    expect(graph.nodes.map((n) => n.id)).toEqual(["n1", "n2", "n3", "nparent"]);
    expect(pairs(graph)).toEqual(["n1>n2"]);
    expect(node(graph, "n1").position).toEqual({ x: 100, y: 100 });
    // A rendered position is where it was on someone's screen, not a model position.
    expect(node(graph, "n2").position).toBeUndefined();
    expect(node(graph, "n3").position).toEqual({ x: 123, y: 234 });
    // "red" is not a colour the explorer can check for contrast; only #hex and rgb() are read.
    expect(node(graph, "n1").color).toBeUndefined();
    expect(plain(node(graph, "n1").attributes)).toEqual({ parent: "nparent" });
    expect(graph.edges[0]).toMatchObject({ id: "e1", locator: "edge e1" });
    expect(graph.directedByDefault).toBe(true);
    expect(graph.warnings.map((w) => w.message)).toEqual([
      '2 nodes sit inside compound (parent) nodes; the graph is drawn flat, with the parent kept as the attribute "parent".',
    ]);
  });

  it("reads elements keyed by group", () => {
    const graph = graphOf(readCytoscapeJson(fixtureJson("cytoscape/elements-by-group.json"), "group.json"));
    expect(graph.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(pairs(graph)).toEqual(["a>b"]);
    expect(graph.warnings).toEqual([]);
  });

  it("reads a Cytoscape desktop export: names as labels, interactions, lists, and no bookkeeping", () => {
    const graph = graphOf(readCytoscapeJson(fixtureJson("cytoscape/desktop.cyjs"), "proxies.cyjs"));
    expect(graph.formatLabel).toBe("Cytoscape desktop JSON (.cyjs)");
    expect(graph.title).toBe("Proxies");
    const patron = node(graph, "101");
    expect(patron).toMatchObject({ label: "Patron", position: { x: -76.5, y: 34.25 }, locator: "node 101" });
    expect(plain(patron.attributes)).toEqual({ kind: "state", alias: ["The patron", "P"], founded: "1979" });
    expect(graph.nodeAttributes).toEqual([
      { key: "kind", title: "kind", kind: "string" },
      { key: "alias", title: "alias", kind: "list" },
      { key: "founded", title: "founded", kind: "date" },
    ]);
    expect(graph.edges[0]).toMatchObject({ id: "103", source: "101", target: "102", weight: 2.5 });
    expect(plain(graph.edges[0]!.attributes)).toEqual({ interaction: "funds" });
  });

  it.each([
    [
      "a bare list of elements",
      [{ data: { id: "a" } }, { data: { id: "b" } }, { data: { source: "a", target: "b" } }],
    ],
    [
      "{ nodes, edges } without the elements key",
      {
        nodes: [{ data: { id: "a" } }, { data: { id: "b" } }],
        edges: [{ data: { source: "a", target: "b" } }],
      },
    ],
    [
      "an edge before its nodes",
      [{ data: { id: "ab", source: "a", target: "b" } }, { data: { id: "a" } }, { data: { id: "b" } }],
    ],
    [
      "numeric ids",
      [{ data: { id: 1 } }, { data: { id: 2 } }, { group: "edges", data: { source: 1, target: 2 } }],
    ],
  ])("reads %s", (_name, value) => {
    const graph = graphOf(readCytoscapeJson(value, "x.json"));
    expect(pairs(graph)).toHaveLength(1);
    expect(graph.nodes).toHaveLength(2);
  });

  it("reads labels, colours, sizes, dates, direction and weights from data, and colours from style", () => {
    const graph = graphOf(
      readCytoscapeJson(
        [
          {
            data: {
              id: "a",
              label: "Alpha",
              name: "alpha-name",
              color: "#ABC",
              size: 30,
              start: "1982",
              end: 2020,
            },
          },
          { data: { id: "b" }, style: { "background-color": "rgb(0, 128, 255)" } },
          {
            data: { id: "e", source: "a", target: "b", label: "funds", directed: false, weight: 2 },
            style: { "line-color": "#123456" },
          },
        ],
        "x.json",
      ),
    );
    expect(node(graph, "a")).toMatchObject({
      label: "Alpha",
      color: "#aabbcc",
      size: 30,
      start: "1982",
      end: "2020",
    });
    expect(plain(node(graph, "a").attributes)).toEqual({ name: "alpha-name", start: "1982", end: 2020 });
    expect(node(graph, "b").color).toBe("#0080ff");
    expect(graph.edges[0]).toMatchObject({ label: "funds", directed: false, weight: 2, color: "#123456" });
  });
});

describe("problems, with the JSON path of what was found", () => {
  it.each([
    [
      "a string",
      "nodes",
      "",
      'expected a list of Cytoscape elements or an object with elements; found a string ("nodes").',
    ],
    [
      "an object without elements",
      { graph: 1 },
      "",
      "expected Cytoscape elements: a list, or an object with elements (or nodes and edges); found an object with keys graph.",
    ],
    [
      "elements that are a number",
      { elements: 3 },
      "elements",
      "expected a list of elements or { nodes, edges }; found a number (3).",
    ],
    [
      "an element that is a string",
      { elements: ["n1"] },
      "elements[0]",
      'expected an element ({ data: { id, … } }); found a string ("n1").',
    ],
    [
      "data that is a list",
      { elements: { nodes: [{ data: [] }] } },
      "elements.nodes[0].data",
      "data must be an object; found a list of 0 items.",
    ],
    [
      "a group Cytoscape does not know",
      [{ group: "node", data: { id: "a" } }],
      "[0].group",
      'group must be "nodes" or "edges"; found a string ("node").',
    ],
    [
      "an edge without a target",
      [{ data: { id: "a" } }, { group: "edges", data: { source: "a" } }],
      "[1].data.target",
      "an edge needs a target node id; found nothing.",
    ],
    [
      "an edge whose source is an object",
      [{ data: { id: "a" } }, { group: "edges", data: { source: {}, target: "a" } }],
      "[1].data.source",
      "an edge needs a source node id; found an empty object.",
    ],
  ])("%s", (_name, value, path, message) => {
    expect(problemsOf(readCytoscapeJson(value, "x.json"))).toContainEqual(
      expect.objectContaining({ severity: "error", file: "x.json", path, message }),
    );
  });

  it("names unknown nodes with a close match, a few and then a count", () => {
    const edges = Array.from({ length: PROBLEMS_PER_KIND + 2 }, (_, i) => ({
      data: { source: "hezbollah", target: i === 0 ? "Hezbolah" : `nobody-${i}` },
    }));
    const problems = problemsOf(
      readCytoscapeJson(
        { elements: { nodes: [{ data: { id: "hezbollah", label: "Hezbollah" } }], edges } },
        "x.json",
      ),
    );
    expect(problems[0]).toEqual({
      severity: "error",
      file: "x.json",
      path: "elements.edges[0].data.target",
      message: 'unknown node "Hezbolah": no node has this id.',
      suggestion: 'did you mean "hezbollah"?',
    });
    expect(problems).toHaveLength(PROBLEMS_PER_KIND + 1);
    expect(problems.at(-1)!.message).toBe("… and 2 more edge ends name nodes the file does not have.");
  });

  it("drops a repeated node id and names a node without one, with warnings", () => {
    const graph = graphOf(
      readCytoscapeJson(
        [{ data: { id: "a", v: 1 } }, { data: { id: "a", v: 2 } }, { data: {} }, {}],
        "x.json",
      ),
    );
    expect(graph.nodes.map((n) => [n.id, n.attributes.v])).toEqual([
      ["a", 1],
      ["node-1", undefined],
      ["node-2", undefined],
    ]);
    expect(graph.warnings.map((w) => [w.path, w.message])).toEqual([
      ["[1]", 'the id "a" is already used by [0]; this node was dropped.'],
      ["[2].data.id", 'this node has no id (found nothing); it is called "node-1".'],
      ["[3].data.id", 'this node has no id (found nothing); it is called "node-2".'],
    ]);
  });

  it("keeps __proto__ and constructor as plain ids and data keys", () => {
    const graph = graphOf(readCytoscapeJson(fixtureJson("hostile/proto.cyjs.json"), "proto.json"));
    expect(graph.nodes.map((n) => n.id)).toEqual(["__proto__", "constructor"]);
    expect(pairs(graph)).toEqual(["__proto__>constructor"]);
    const first = node(graph, "__proto__");
    expect(Object.getPrototypeOf(first.attributes)).toBeNull();
    expect(Object.keys(first.attributes)).toEqual(["constructor", "__proto__", "toString"]);
    expect(first.attributes["__proto__"]).toBe('{"polluted":true}');
    expect(graph.edges[0]!.attributes["__proto__"]).toBe("p");
    expectNoPollution();
  });
});
