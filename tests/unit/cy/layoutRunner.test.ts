// The one rule for where a layout runs, and the runner's status reports and position memory, on a
// headless instance.
import { afterEach, describe, expect, it } from "vitest";
import { GraphController } from "../../../src/cy/controller";
import { toElements } from "../../../src/cy/elements";
import { FORCE_LAYOUT_MAX_NODES, layoutPlacement, PAGE_LAYOUT_MAX_NODES } from "../../../src/cy/forceLayout";
import { SESSION_CLASSES } from "../../../src/cy/highlight";
import { labelledBox } from "../../../src/cy/layoutRunner";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import type { LayoutStatus } from "../../../src/domain/view/types";
import { smallDataset } from "../../fixtures/smallDataset";

const controllers: GraphController[] = [];
afterEach(() => {
  while (controllers.length) controllers.pop()?.destroy();
});
function headless(onLayoutStatus?: (status: LayoutStatus | null) => void): GraphController {
  const controller = new GraphController(undefined, {
    onSelect: () => {},
    onClearSelection: () => {},
    onLayoutStatus,
  });
  controllers.push(controller);
  return controller;
}
const index = indexDataset(smallDataset());

describe("layoutPlacement: where a layout runs", () => {
  it.each([
    ["fcose", 10, true, "page"],
    ["fcose", PAGE_LAYOUT_MAX_NODES, true, "page"],
    ["fcose", PAGE_LAYOUT_MAX_NODES + 1, true, "worker"],
    ["fcose", PAGE_LAYOUT_MAX_NODES + 1, false, "page"],
    ["fcose", FORCE_LAYOUT_MAX_NODES, true, "worker"],
    // Above the force layout's limit a grid runs on the page, never "in the background".
    ["fcose", FORCE_LAYOUT_MAX_NODES + 1, true, "grid-instead"],
    ["fcose", FORCE_LAYOUT_MAX_NODES + 1, false, "grid-instead"],
    ["grid", FORCE_LAYOUT_MAX_NODES + 1, true, "page"],
    ["concentric", 5000, true, "page"],
  ] as const)("%s with %i actors (worker available: %s) runs on the %s", (name, count, worker, where) => {
    expect(layoutPlacement(name, count, worker)).toBe(where);
  });
});

describe("the layout runner", () => {
  it("reports a page layout as running on the page, then clears the status", async () => {
    const statuses: (LayoutStatus | null)[] = [];
    const controller = headless((status) => statuses.push(status));
    controller.setElements(toElements(index));
    await controller.layouts.run({ name: "circle", seed: 1 });
    expect(statuses.at(0)).toMatchObject({
      name: "circle",
      nodes: index.dataset.nodes.length,
      where: "page",
    });
    expect(statuses.at(-1)).toBeNull();
  });

  it("remembers where actors were placed, so an actor that comes back starts there", async () => {
    const controller = headless();
    controller.setElements(toElements(index));
    await controller.layouts.run({ name: "grid", seed: 1 });
    const placed = controller.cy.getElementById("isis").position();
    controller.setRendering({ fast: true, webgl: false });
    controller.setElements(toElements(index, new Set(["quds-force"]), new Set()));
    controller.setElements(toElements(index));
    expect(controller.cy.getElementById("isis").position()).toEqual(placed);
  });

  it("rebuilding for another rendering mode keeps elements, places and selection", () => {
    const controller = headless();
    controller.setElements(toElements(index));
    controller.cy.getElementById("hezbollah").position({ x: 5, y: 6 });
    controller.setSelection({ kind: "node", id: "hezbollah" });
    const before = controller.cy;
    controller.setRendering({ fast: true, webgl: false });
    expect(controller.cy).not.toBe(before);
    expect(controller.cy.nodes().length).toBe(index.dataset.nodes.length);
    expect(controller.cy.getElementById("hezbollah").position()).toEqual({ x: 5, y: 6 });
    expect(controller.cy.$(":selected").map((e) => e.id())).toEqual(["hezbollah"]);
  });

  it("lists every session class once: hover and path", () => {
    expect([...SESSION_CLASSES].sort()).toEqual(["emphasised", "faded", "hovered", "off-path", "on-path"]);
  });
});

describe("labelledBox: an actor's box with its label, for the worker's layout", () => {
  it.each([
    ["no label", "", 30, { width: 30, height: 34 }],
    ["a short label is as wide as its text", "Iran", 30, { width: 36, height: 52 }],
    [
      "a long label wraps at 120 px",
      "Islamic Revolutionary Guard Corps",
      30,
      { width: 120, height: 30 + 4 + 3 * 18 },
    ],
    ["a big node is never narrower than itself", "Iran", 58, { width: 58, height: 58 + 4 + 18 }],
  ])("%s", (_name, label, size, box) => {
    const got = labelledBox(label, size);
    expect(got.width).toBeCloseTo(box.width);
    expect(got.height).toBe(box.height);
  });
});
