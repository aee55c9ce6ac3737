// Headless Cytoscape: in the fast mode (large graphs) the canvas draws a plain overview, straight
// lines without arrowheads or dashes and actors without outlines, and gives direction, line style
// and the claimed marker back to the few relationships that matter, through classes.
import { afterEach, describe, expect, it } from "vitest";
import { GraphController } from "../../../src/cy/controller";
import { toElements } from "../../../src/cy/elements";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { smallDatasetWithStances } from "../../fixtures/smallDataset";

const controllers: GraphController[] = [];
afterEach(() => {
  while (controllers.length) controllers.pop()?.destroy();
});

function drawn(fast: boolean): GraphController {
  const controller = new GraphController(undefined, { onSelect: () => {}, onClearSelection: () => {} });
  controllers.push(controller);
  controller.setRendering({ fast, webgl: false });
  const index = indexDataset(smallDatasetWithStances());
  controller.setVocabulary(index.dataset);
  const elements = toElements(index);
  controller.setDefinitions(elements);
  controller.setElements(elements);
  return controller;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const drawing = (controller: GraphController, id: string) => {
  const edge = controller.cy.getElementById(id);
  return {
    arrow: edge.style("target-arrow-shape") as string,
    line: edge.style("line-style") as string,
    marker: edge.style("mid-target-arrow-shape") as string,
    curve: edge.style("curve-style") as string,
  };
};

describe("the plain overview of a large graph", () => {
  it("draws every relationship as a plain line at overview, and in full outside the fast mode", () => {
    expect(drawing(drawn(true), "us-sanctions-soleimani")).toEqual({
      arrow: "none",
      line: "solid",
      marker: "none",
      curve: "haystack",
    });
    expect(drawing(drawn(false), "us-sanctions-soleimani")).toEqual({
      arrow: "triangle",
      line: "dashed",
      marker: "circle",
      curve: "bezier",
    });
    expect(parseFloat(drawn(true).cy.getElementById("isis").style("border-width") as string)).toBe(0);
  });

  it("gives the selected actor's relationships their arrows, line styles and claimed marker", async () => {
    const controller = drawn(true);
    controller.setSelection({ kind: "node", id: "qasem-soleimani" });
    await settled();
    expect(drawing(controller, "us-sanctions-soleimani")).toEqual({
      arrow: "triangle",
      line: "dashed",
      marker: "circle",
      curve: "straight",
    });
    expect(drawing(controller, "soleimani-leads-quds-force")).toMatchObject({
      arrow: "triangle",
      line: "dotted",
    });
    // Not touching the selected actor: still plain.
    expect(drawing(controller, "quds-force-trains-hezbollah").arrow).toBe("none");

    controller.setSelection({ kind: "node", id: "hezbollah" });
    await settled();
    expect(drawing(controller, "us-sanctions-soleimani").arrow).toBe("none");
    expect(drawing(controller, "quds-force-trains-hezbollah").arrow).toBe("triangle");
  });

  it.each([
    ["hovered", (c: GraphController) => c.cy.getElementById("us-sanctions-soleimani").addClass("hovered")],
    [
      "on a found path",
      (c: GraphController) =>
        c.highlightPath({
          nodeIds: new Set(["united-states", "qasem-soleimani"]),
          edgeIds: new Set(["us-sanctions-soleimani"]),
        }),
    ],
  ])("draws a relationship in full when it is %s", (_state, mark) => {
    const controller = drawn(true);
    mark(controller);
    expect(drawing(controller, "us-sanctions-soleimani").arrow).toBe("triangle");
  });

  it("marks only the path itself on a large graph, without dimming the rest", () => {
    const controller = drawn(true);
    controller.highlightPath({ nodeIds: new Set(["isis"]), edgeIds: new Set() });
    expect(controller.cy.$(".off-path")).toHaveLength(0);
    expect(controller.cy.$(".on-path").map((el) => el.id())).toEqual(["isis"]);
    controller.highlightPath(null);
    expect(controller.cy.$(".on-path")).toHaveLength(0);
  });
});
