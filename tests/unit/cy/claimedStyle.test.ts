// Headless Cytoscape: a relationship no source states as fact is marked once, in its data, and the
// stylesheet draws the cue from that (fainter, hollow markers) on every line style, directed or not.
import { afterEach, describe, expect, it } from "vitest";
import { GraphController } from "../../../src/cy/controller";
import { toElements } from "../../../src/cy/elements";
import { buildStylesheet } from "../../../src/cy/style";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { smallDatasetWithStances } from "../../fixtures/smallDataset";

const controllers: GraphController[] = [];
afterEach(() => {
  while (controllers.length) controllers.pop()?.destroy();
});

function drawn(): GraphController {
  const controller = new GraphController(undefined, { onSelect: () => {}, onClearSelection: () => {} });
  controllers.push(controller);
  const index = indexDataset(smallDatasetWithStances());
  controller.setVocabulary(index.dataset);
  controller.setElements(toElements(index));
  return controller;
}

describe("claimed relationships on the canvas", () => {
  it.each<[string, string, boolean, string, string, string]>([
    // id, how its sources state it, claimed, arrow fill, middle marker, line style kept
    ["us-sanctions-soleimani", "a claim (dashed, directed)", true, "hollow", "circle", "dashed"],
    ["hezbollah-fights-isis", "disputed (solid, undirected)", true, "hollow", "circle", "solid"],
    ["quds-force-trains-hezbollah", "a fact and a claim", false, "filled", "none", "solid"],
    ["soleimani-leads-quds-force", "a fact (dotted)", false, "filled", "none", "dotted"],
  ])("%s, %s", (id, _how, claimed, fill, marker, lineStyle) => {
    const edge = drawn().cy.getElementById(id);
    expect(edge.data("claimed") === true).toBe(claimed);
    expect(edge.style("target-arrow-fill")).toBe(fill);
    expect(edge.style("mid-target-arrow-shape")).toBe(marker);
    expect(edge.style("line-style")).toBe(lineStyle);
    expect(Number(edge.style("opacity"))).toBe(claimed ? 0.5 : 0.85);
  });

  it("keeps the type's colour on the marker", () => {
    const edge = drawn().cy.getElementById("us-sanctions-soleimani");
    expect(edge.style("mid-target-arrow-color")).toBe(edge.style("line-color"));
  });

  it.each([false, true])("comes after the type rules and before hover and fading (fast: %s)", (fast) => {
    const selectors = buildStylesheet(smallDatasetWithStances(), { fast }).map((rule) =>
      "selector" in rule ? rule.selector : "",
    );
    const claimed = selectors.indexOf("edge[?claimed]");
    expect(claimed).toBeGreaterThan(selectors.lastIndexOf('edge[type = "leads"]'));
    expect(claimed).toBeLessThan(selectors.findIndex((s) => s.startsWith("edge.hovered")));
    expect(claimed).toBeLessThan(selectors.indexOf(".faded"));
  });
});
