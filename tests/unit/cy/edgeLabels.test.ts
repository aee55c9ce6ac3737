// Headless Cytoscape: the relationships being read (hovered, selected, next to the hovered actor, on
// a path) get a label size that reads as 12 px on screen at any zoom; the others keep the style's
// 10 px, and nothing else is restyled.
import { afterEach, describe, expect, it } from "vitest";
import { GraphController } from "../../../src/cy/controller";
import { toElements } from "../../../src/cy/elements";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { smallDataset } from "../../fixtures/smallDataset";

const controllers: GraphController[] = [];
afterEach(() => {
  while (controllers.length) controllers.pop()?.destroy();
});

function drawn(): GraphController {
  const controller = new GraphController(undefined, { onSelect: () => {}, onClearSelection: () => {} });
  controllers.push(controller);
  const index = indexDataset(smallDataset());
  controller.setVocabulary(index.dataset);
  const elements = toElements(index);
  controller.setDefinitions(elements);
  controller.setElements(elements);
  return controller;
}

const labelSize = (controller: GraphController, id: string) =>
  Number.parseFloat(String(controller.cy.getElementById(id).style("font-size")));

describe("labels of the relationships being read", () => {
  it.each([
    [0.45, 12 / 0.45],
    [1, 12],
    [2, 10],
    [0.1, 32],
  ])("at zoom %f a hovered relationship's label is %f in the model", (zoom, size) => {
    const controller = drawn();
    const { cy } = controller;
    cy.zoom(zoom);
    const edge = cy.edges().first();
    edge.emit("mouseover");
    expect(labelSize(controller, edge.id())).toBeCloseTo(size, 0);
    const other = cy.edges().last();
    expect(labelSize(controller, other.id())).toBe(10);
    edge.emit("mouseout");
    expect(labelSize(controller, edge.id())).toBe(10);
  });

  it("follows the zoom while a relationship is read, and covers an actor's relationships on hover", () => {
    const controller = drawn();
    const { cy } = controller;
    cy.zoom(1);
    const actor = cy.nodes().filter((n) => n.degree(false) > 1)[0]!;
    actor.emit("mouseover");
    const around = actor.connectedEdges();
    for (const edge of around) expect(labelSize(controller, edge.id())).toBe(12);
    cy.zoom(0.5);
    for (const edge of around) expect(labelSize(controller, edge.id())).toBe(24);
    actor.emit("mouseout");
    for (const edge of around) expect(labelSize(controller, edge.id())).toBe(10);
  });

  it("sizes a selected relationship's label and gives the style back when it is unselected", () => {
    const controller = drawn();
    const { cy } = controller;
    cy.zoom(0.5);
    const edge = cy.edges().first();
    edge.select();
    expect(labelSize(controller, edge.id())).toBe(24);
    edge.unselect();
    expect(labelSize(controller, edge.id())).toBe(10);
  });
});
