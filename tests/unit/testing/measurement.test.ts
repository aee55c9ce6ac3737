// Which frame the benchmark's frame waits accept (frameMeets), on a headless Cytoscape.
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { frameMeets, type FrameCondition } from "../../../src/testing/measurement";

const cy = cytoscape({
  headless: true,
  styleEnabled: true,
  style: [{ selector: "node", style: { width: 20, height: 20 } }],
  elements: [{ data: { id: "a" } }, { data: { id: "b" } }, { data: { id: "ab", source: "a", target: "b" } }],
});
cy.getElementById("a").select().addClass("hovered");
cy.pan({ x: 30, y: -12 });

describe("frameMeets", () => {
  it.each<{ until: FrameCondition | undefined; meets: boolean }>([
    { until: undefined, meets: true },
    { until: { present: "ab" }, meets: true },
    { until: { absent: "ab" }, meets: false },
    { until: { selected: "a" }, meets: true },
    { until: { selected: "b" }, meets: false },
    { until: { hasClass: ["a", "hovered"] }, meets: true },
    // A drag step's frame: at the pan the step moved to, to within half a pixel.
    { until: { pan: { x: 30, y: -12 } }, meets: true },
    { until: { pan: { x: 30.4, y: -11.6 } }, meets: true },
    { until: { pan: { x: 24, y: -16 } }, meets: false },
    { until: { pan: { x: 30, y: -13 } }, meets: false },
    { until: { present: "a", pan: { x: 24, y: -16 } }, meets: false },
    // Actors resized by a measure: one drawn at another width than before is enough.
    { until: { sizeDiffers: { a: 20, b: 20 } }, meets: false },
    { until: { sizeDiffers: { a: 20, b: 12 } }, meets: true },
    { until: { sizeDiffers: { gone: 12 } }, meets: false },
  ])("$until: $meets", ({ until, meets }) => {
    expect(frameMeets(cy, until)).toBe(meets);
  });
});
