// Headless Cytoscape: the element sync patches one instance in place (adds, removes, updates) and
// the seeded layout draws the same picture twice.
import { afterEach, describe, expect, it } from "vitest";
import { GraphController } from "../../../src/cy/controller";
import { toElements } from "../../../src/cy/elements";
import { COMMUNITY_COLOR_DATA } from "../../../src/cy/style";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { smallDataset } from "../../fixtures/smallDataset";

const controllers: GraphController[] = [];
function headless(): GraphController {
  const controller = new GraphController(undefined, { onSelect: () => {}, onClearSelection: () => {} });
  controllers.push(controller);
  return controller;
}
afterEach(() => {
  while (controllers.length) controllers.pop()?.destroy();
});

const index = indexDataset(smallDataset());
const ids = (c: GraphController) => ({
  nodes: c.cy
    .nodes()
    .map((n) => n.id())
    .sort(),
  edges: c.cy
    .edges()
    .map((e) => e.id())
    .sort(),
});

describe("syncElements", () => {
  it("adds everything to an empty canvas", () => {
    const controller = headless();
    const result = controller.setElements(toElements(index));
    expect(result.added).toHaveLength(index.dataset.nodes.length + index.dataset.edges.length);
    expect(ids(controller).nodes).toEqual(index.dataset.nodes.map((n) => n.id).sort());
  });

  it("removes what left, keeps the same instance and the positions of what stayed", () => {
    const controller = headless();
    controller.setElements(toElements(index));
    const instance = controller.cy;
    controller.cy.getElementById("hezbollah").position({ x: 123, y: 456 });

    const keptNodes = new Set(["quds-force", "hezbollah", "united-states"]);
    const keptEdges = new Set(["quds-force-trains-hezbollah", "us-sanctions-quds-force"]);
    const result = controller.setElements(toElements(index, keptNodes, keptEdges));

    expect(controller.cy).toBe(instance);
    expect(result.removed.sort()).toEqual(
      [
        "hezbollah-fights-isis",
        "isis",
        "qasem-soleimani",
        "soleimani-leads-quds-force",
        "us-sanctions-soleimani",
      ].sort(),
    );
    expect(result.added).toEqual([]);
    expect(ids(controller)).toEqual({ nodes: [...keptNodes].sort(), edges: [...keptEdges].sort() });
    expect(controller.cy.getElementById("hezbollah").position()).toEqual({ x: 123, y: 456 });
  });

  it("adds back what returns and updates changed data in place", () => {
    const controller = headless();
    controller.setElements(toElements(index, new Set(["quds-force"]), new Set()));
    const next = toElements(index).map((def) =>
      def.data.id === "quds-force" ? { ...def, data: { ...def.data, label: "IRGC-QF" } } : def,
    );
    const result = controller.setElements(next);
    expect(result.updated).toEqual(["quds-force"]);
    expect(result.added).toHaveLength(index.dataset.nodes.length - 1 + index.dataset.edges.length);
    expect(controller.cy.getElementById("quds-force").data("label")).toBe("IRGC-QF");
  });

  it("re-attaches an edge whose endpoints changed", () => {
    const controller = headless();
    controller.setElements(toElements(index));
    const moved = toElements(index).map((def) =>
      def.data.id === "hezbollah-fights-isis" ? { ...def, data: { ...def.data, source: "quds-force" } } : def,
    );
    controller.setElements(moved);
    expect(controller.cy.getElementById("hezbollah-fights-isis").source().id()).toBe("quds-force");
  });

  it("brings filtered-out elements back as the same elements, where they were", () => {
    const controller = headless();
    controller.setElements(toElements(index));
    const isis = controller.cy.getElementById("isis");
    isis.position({ x: -50, y: 75 });
    const edge = controller.cy.getElementById("hezbollah-fights-isis");
    controller.setElements(toElements(index, new Set(["hezbollah"]), new Set()));
    expect(controller.cy.getElementById("isis").empty()).toBe(true);

    const result = controller.setElements(toElements(index));
    expect(result.added).toContain("isis");
    expect(result.added).toContain("hezbollah-fights-isis");
    // Restored, not re-created: the same objects, with the dragged position.
    expect(controller.cy.getElementById("isis").same(isis)).toBe(true);
    expect(controller.cy.getElementById("hezbollah-fights-isis").same(edge)).toBe(true);
    expect(controller.cy.getElementById("isis").position()).toEqual({ x: -50, y: 75 });
    expect(ids(controller).edges).toEqual(index.dataset.edges.map((e) => e.id).sort());
  });

  it("updates a restored element whose data changed while it was away", () => {
    const controller = headless();
    controller.setElements(toElements(index));
    controller.setElements(toElements(index, new Set(["quds-force"]), new Set()));
    const next = toElements(index).map((def) =>
      def.data.id === "isis" ? { ...def, data: { ...def.data, label: "ISIS (renamed)" } } : def,
    );
    const result = controller.setElements(next);
    expect(result.updated).toEqual(["isis"]);
    expect(controller.cy.getElementById("isis").data("label")).toBe("ISIS (renamed)");
  });

  it("draws a new dataset from scratch after clear()", () => {
    const controller = headless();
    controller.setElements(toElements(index));
    controller.setElements(toElements(index, new Set(["quds-force"]), new Set()));
    controller.clear();
    controller.setElements(toElements(index, new Set(["isis"]), new Set()));
    expect(ids(controller)).toEqual({ nodes: ["isis"], edges: [] });
  });

  it("is a no-op when nothing changed", () => {
    const controller = headless();
    controller.setElements(toElements(index));
    expect(controller.setElements(toElements(index))).toEqual({ added: [], removed: [], updated: [] });
  });
});

describe("showOnly (a view picked from the dataset's definitions)", () => {
  const all = () => ({
    nodeIds: new Set(index.dataset.nodes.map((n) => n.id)),
    edgeIds: new Set(index.dataset.edges.map((e) => e.id)),
  });
  const drawnWhole = () => {
    const controller = headless();
    const elements = toElements(index);
    controller.setDefinitions(elements);
    controller.setElements(elements);
    return controller;
  };

  it("removes only what leaves and keeps every other element as it was", () => {
    const controller = drawnWhole();
    const staying = controller.cy.getElementById("quds-force-trains-hezbollah");
    const view = all();
    (view.edgeIds as Set<string>).delete("hezbollah-fights-isis");
    controller.showOnly(view);
    expect(controller.cy.getElementById("hezbollah-fights-isis").empty()).toBe(true);
    expect(controller.cy.getElementById("quds-force-trains-hezbollah").same(staying)).toBe(true);
    expect(ids(controller).edges).toEqual([...view.edgeIds].sort());
  });

  it("brings back the same elements, where they were, with the relationships of returning actors", () => {
    const controller = drawnWhole();
    const isis = controller.cy.getElementById("isis");
    isis.position({ x: -50, y: 75 });
    controller.showOnly({ nodeIds: new Set(["hezbollah"]), edgeIds: new Set() });
    expect(ids(controller)).toEqual({ nodes: ["hezbollah"], edges: [] });
    controller.showOnly(all());
    expect(ids(controller)).toEqual({
      nodes: index.dataset.nodes.map((n) => n.id).sort(),
      edges: index.dataset.edges.map((e) => e.id).sort(),
    });
    expect(controller.cy.getElementById("isis").same(isis)).toBe(true);
    expect(controller.cy.getElementById("isis").position()).toEqual({ x: -50, y: 75 });
  });

  it("adds from the definitions what was never drawn, and draws the whole view before anything was", () => {
    const controller = headless();
    controller.setDefinitions(toElements(index));
    controller.showOnly({ nodeIds: new Set(["isis", "hezbollah"]), edgeIds: new Set() });
    expect(ids(controller)).toEqual({ nodes: ["hezbollah", "isis"], edges: [] });
    controller.showOnly({
      nodeIds: new Set(["isis", "hezbollah"]),
      edgeIds: new Set(["hezbollah-fights-isis"]),
    });
    expect(ids(controller).edges).toEqual(["hezbollah-fights-isis"]);
  });

  it("still works after the instance is rebuilt for another rendering mode", () => {
    const controller = drawnWhole();
    controller.showOnly({ nodeIds: new Set(["quds-force"]), edgeIds: new Set() });
    controller.setRendering({ fast: true, webgl: false });
    controller.showOnly(all());
    expect(ids(controller).nodes).toEqual(index.dataset.nodes.map((n) => n.id).sort());
    expect(ids(controller).edges).toEqual(index.dataset.edges.map((e) => e.id).sort());
  });

  it("resizes drawn and hidden actors alike, and one never drawn arrives at its new size", () => {
    const controller = headless();
    controller.setDefinitions(toElements(index));
    controller.showOnly({ nodeIds: new Set(["hezbollah", "isis"]), edgeIds: new Set() });
    controller.showOnly({ nodeIds: new Set(["hezbollah"]), edgeIds: new Set() });
    const drawn = controller.cy.getElementById("hezbollah");
    controller.resizeActors((id) => (id === "hezbollah" ? 50 : 25));
    expect(controller.cy.getElementById("hezbollah").same(drawn)).toBe(true);
    expect(drawn.data("size")).toBe(50);
    controller.showOnly({ nodeIds: new Set(["hezbollah", "isis", "quds-force"]), edgeIds: new Set() });
    expect(controller.cy.getElementById("isis").data("size")).toBe(25);
    expect(controller.cy.getElementById("quds-force").data("size")).toBe(25);
  });

  it("colours drawn and hidden actors by community, and takes the colours off again, without re-adding them", () => {
    const controller = headless();
    controller.setVocabulary(index.dataset);
    controller.setDefinitions(toElements(index));
    controller.showOnly({ nodeIds: new Set(["hezbollah", "isis"]), edgeIds: new Set() });
    controller.showOnly({ nodeIds: new Set(["hezbollah"]), edgeIds: new Set() });
    const drawn = controller.cy.getElementById("hezbollah");
    const typeColour = drawn.style("background-color");
    controller.recolourActors((id) => (id === "hezbollah" ? "#0072B2" : "#E69F00"));
    expect(controller.cy.getElementById("hezbollah").same(drawn)).toBe(true);
    expect(drawn.data(COMMUNITY_COLOR_DATA)).toBe("#0072B2");
    // The stylesheet draws the community's colour over the type's.
    expect(drawn.style("background-color")).toBe("rgb(0,114,178)");
    controller.showOnly({ nodeIds: new Set(["hezbollah", "isis", "quds-force"]), edgeIds: new Set() });
    expect(controller.cy.getElementById("isis").data(COMMUNITY_COLOR_DATA)).toBe("#E69F00");
    expect(controller.cy.getElementById("quds-force").data(COMMUNITY_COLOR_DATA)).toBe("#E69F00");
    controller.recolourActors(() => undefined);
    expect(controller.cy.nodes().filter((n) => !!n.data(COMMUNITY_COLOR_DATA)).length).toBe(0);
    expect(drawn.style("background-color")).toBe(typeColour);
    // An actor shown later has no community colour left in its definition either.
    controller.showOnly({ nodeIds: new Set(["hezbollah"]), edgeIds: new Set() });
    controller.showOnly({ nodeIds: new Set(["hezbollah", "isis"]), edgeIds: new Set() });
    expect(controller.cy.getElementById("isis").data(COMMUNITY_COLOR_DATA)).toBeFalsy();
  });
});

describe("layouts", () => {
  it.each(["fcose", "concentric", "breadthfirst", "circle", "grid"] as const)(
    "%s gives the same positions for the same seed",
    async (name) => {
      const positions = async () => {
        const controller = headless();
        controller.setVocabulary(index.dataset);
        controller.setElements(toElements(index));
        await controller.layouts.run({ name, seed: 1234, root: "quds-force" });
        return Object.fromEntries(controller.cy.nodes().map((n) => [n.id(), n.position()]));
      };
      const first = await positions();
      expect(await positions()).toEqual(first);
      // and the actors are spread out, not stacked on one point
      const xs = new Set(Object.values(first).map((p) => Math.round(p.x)));
      expect(xs.size).toBeGreaterThan(1);
    },
  );

  it("a double tap adds to the focus only when both taps hit the same actor", () => {
    const doubleTapped: string[] = [];
    const controller = new GraphController(undefined, {
      onSelect: () => {},
      onClearSelection: () => {},
      onDoubleTapNode: (id) => doubleTapped.push(id),
    });
    controllers.push(controller);
    controller.setElements(toElements(index));
    const tap = (id: string, double = false) => {
      controller.cy.getElementById(id).emit("tap");
      if (double) controller.cy.getElementById(id).emit("dbltap");
    };
    // Cytoscape reports two quick taps on different actors as a double tap on the second.
    tap("hezbollah");
    tap("isis", true);
    expect(doubleTapped).toEqual([]);
    tap("isis", true);
    expect(doubleTapped).toEqual(["isis"]);
  });

  it("selection mirrors the app's without events", () => {
    const controller = headless();
    controller.setElements(toElements(index));
    controller.setSelection({ kind: "node", id: "hezbollah" });
    expect(controller.cy.$(":selected").map((e) => e.id())).toEqual(["hezbollah"]);
    controller.setSelection({ kind: "edge", id: "hezbollah-fights-isis" });
    expect(controller.cy.$(":selected").map((e) => e.id())).toEqual(["hezbollah-fights-isis"]);
    controller.setSelection(null);
    expect(controller.cy.$(":selected").length).toBe(0);
  });

  it("several selected actors are all selected on the canvas", () => {
    const controller = headless();
    controller.setElements(toElements(index));
    controller.setSelection({ kind: "node", id: "hezbollah", also: ["isis"] });
    expect(
      controller.cy
        .$(":selected")
        .map((e) => e.id())
        .sort(),
    ).toEqual(["hezbollah", "isis"]);
  });
});
