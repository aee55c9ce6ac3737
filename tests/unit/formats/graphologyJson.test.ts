// graphology JSON import. serialized.json is the example of graphology's "Serialization" page
// (graphology.github.io/serialization: Thomas, Eric, the edge T->E of type KNOWS, the graph named
// "My Graph"); gephi-lite.json is a graph drawn the way sigma.js and Gephi Lite keep drawings, in the
// node attributes x, y, size, color and label. Graph types are those of graphology's instantiation
// page: mixed (the default), directed or undirected.
import { describe, expect, it } from "vitest";
import { readGraphologyJson } from "../../../src/domain/formats/graphologyJson";
import { expectNoPollution, fixtureJson, graphOf, node, pairs, plain, problemsOf } from "./helpers";

describe("graphology's serialized graph", () => {
  it("reads the documentation's example", () => {
    const graph = graphOf(readGraphologyJson(fixtureJson("graphology/serialized.json"), "graph.json"));
    expect(graph).toMatchObject({
      format: "graphology-json",
      formatLabel: "graphology JSON",
      title: "My Graph",
    });
    expect(graph.nodes.map((n) => n.id)).toEqual(["Thomas", "Eric"]);
    expect(plain(node(graph, "Thomas").attributes)).toEqual({ age: 34 });
    expect(graph.edges).toEqual([
      expect.objectContaining({ id: "T->E", source: "Thomas", target: "Eric", locator: "edge T->E" }),
    ]);
    expect(plain(graph.edges[0]!.attributes)).toEqual({ type: "KNOWS" });
    expect(graph.nodeAttributes).toEqual([{ key: "age", title: "age", kind: "number" }]);
    expect(graph.directedByDefault).toBe(true);
  });

  it("reads a drawn graph: positions, sizes, colours and labels into the nodes, the rest as attributes", () => {
    const graph = graphOf(readGraphologyJson(fixtureJson("graphology/gephi-lite.json"), "drawn.json"));
    expect(graph.description).toBe("Saved with its layout.");
    expect(graph.title).toBe("A drawn graph");
    expect(node(graph, "patron")).toMatchObject({
      label: "Patron",
      position: { x: 10.5, y: -3 },
      size: 12,
      color: "#1f4e99",
    });
    expect(node(graph, "proxy").color).toBe("#b42318");
    expect(node(graph, "3").color).toBe("#aabbcc");
    expect(plain(node(graph, "patron").attributes)).toEqual({ kind: "state" });
    expect(graph.edges.map((e) => [e.id, e.label, e.directed, e.weight, e.color, e.start])).toEqual([
      ["e1", "funds", undefined, 3, "#666666", undefined],
      ["e2", "fights", false, undefined, undefined, "2014"],
    ]);
    expect(pairs(graph)).toEqual(["patron>proxy", "proxy>3"]);
  });

  it.each([
    ["mixed", true],
    ["directed", true],
    ["undirected", false],
  ])("a %s graph's edges are directed by default: %s", (type, directed) => {
    const graph = graphOf(readGraphologyJson({ options: { type }, nodes: [{ key: "a" }] }, "g.json"));
    expect(graph.directedByDefault).toBe(directed);
  });

  it("warns about a graph type graphology does not have", () => {
    const graph = graphOf(readGraphologyJson({ options: { type: "bipartite" }, nodes: [] }, "g.json"));
    expect(graph.warnings).toEqual([
      expect.objectContaining({
        path: "options.type",
        message:
          'the graph type must be mixed, directed or undirected; found a string ("bipartite"), read as mixed.',
      }),
    ]);
  });
});

describe("problems, with the JSON path of what was found", () => {
  it.each([
    [
      "a list",
      [],
      "",
      "expected a graphology graph, an object with nodes and edges lists; found a list of 0 items.",
    ],
    [
      "an object without nodes or edges",
      { graph: {} },
      "",
      "expected a graphology graph, an object with nodes and edges lists; found an object with keys graph.",
    ],
    [
      "nodes that are not a list",
      { nodes: [], edges: {} },
      "edges",
      "edges must be a list; found an empty object.",
    ],
    [
      "a node that is a string",
      { nodes: ["a"] },
      "nodes[0]",
      'expected a node ({ key, attributes }); found a string ("a").',
    ],
    [
      "a node without a key",
      { nodes: [{ attributes: {} }] },
      "nodes[0].key",
      "a node needs a key; found nothing.",
    ],
    [
      "an edge to nowhere",
      { nodes: [{ key: "a" }], edges: [{ source: "a", target: "b" }] },
      "edges[0].target",
      'unknown node "b": no node has this id.',
    ],
    [
      "an edge that is null",
      { nodes: [], edges: [null] },
      "edges[0]",
      "expected an edge ({ source, target, attributes }); found null.",
    ],
    [
      "a Gephi Lite project file",
      { type: "gephi-lite", version: "1.0", graphDataset: {} },
      "type",
      "This is a Gephi Lite project file, not a graphology graph.",
    ],
  ])("%s", (_name, value, path, message) => {
    expect(problemsOf(readGraphologyJson(value, "g.json"))).toContainEqual(
      expect.objectContaining({ severity: "error", file: "g.json", path, message }),
    );
  });

  it("suggests the key an edge probably meant, by key or by label", () => {
    const [problem] = problemsOf(
      readGraphologyJson(
        {
          nodes: [{ key: "n1", attributes: { label: "Hezbollah" } }],
          edges: [{ source: "n1", target: "Hezbolah" }],
        },
        "g.json",
      ),
    );
    expect(problem!.suggestion).toBe('did you mean "n1"?');
  });

  it("leaves out attributes that are not an object, and drops a repeated key, with warnings", () => {
    const graph = graphOf(
      readGraphologyJson({ nodes: [{ key: "a", attributes: 5 }, { key: "a" }] }, "g.json"),
    );
    expect(graph.nodes).toHaveLength(1);
    expect(graph.warnings.map((w) => w.path)).toEqual(["nodes[0].attributes", "nodes[1]"]);
  });

  it("keeps __proto__ and toString as plain keys, and makes mixed attributes text", () => {
    const graph = graphOf(readGraphologyJson(fixtureJson("hostile/proto.graphology.json"), "proto.json"));
    expect(graph.nodes.map((n) => n.id)).toEqual(["__proto__", "toString"]);
    const first = node(graph, "__proto__");
    expect(Object.getPrototypeOf(first.attributes)).toBeNull();
    expect(plain(first.attributes)).toEqual({ ["__proto__"]: '{"polluted":true}', constructor: "c" });
    expect(graph.edges[0]!.attributes["__proto__"]).toBe("p");
    expectNoPollution();
  });
});
