// The picture can be read: on both bundled datasets, at a laptop's and a desktop's window size, no two
// drawn labels overlap once the layout has settled, and the view shows the whole graph: in the
// force-directed layout, and in the concentric and hierarchy layouts (whose labels used to be drawn
// too small to be shown at all at these sizes).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clickNode, launchBrowser, openApp, overlappingLabels, waitForStillView } from "./browser";

describe("labels keep apart", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ["quds-force.json", 1366, 768],
    ["quds-force.json", 1920, 1080],
    ["iran-backed-groups-designations.json", 1366, 768],
    ["iran-backed-groups-designations.json", 1920, 1080],
    ["quds-force.json&layout=concentric", 1366, 768],
    ["quds-force.json&layout=concentric", 1920, 1080],
    ["quds-force.json&layout=breadthfirst", 1366, 768],
    ["quds-force.json&layout=breadthfirst&root=hezbollah", 1920, 1080],
    ["iran-backed-groups-designations.json&layout=concentric", 1366, 768],
    ["iran-backed-groups-designations.json&layout=breadthfirst", 1366, 768],
  ])("%s at %ix%i", async (file, width, height) => {
    const { page, errors } = await openApp(browser, `?d=${file}`, { width, height });
    const boxes = await page.evaluate(() => window.__explorer!.labelBoxes());
    expect(Object.keys(boxes).length, "labels are drawn at the first view").toBeGreaterThan(10);
    expect(overlappingLabels(boxes)).toEqual([]);
    const name = file.replace(".json", "").replace(/[&=]/g, "-");
    await page.screenshot({ path: `screenshots/labels-${name}-${width}.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("in focus mode at 1366x768 the focused actors are fitted below the focus bar, not under it", async () => {
    const { page, errors } = await openApp(browser, "?layout=breadthfirst", { width: 1366, height: 768 });
    await clickNode(page, "hezbollah");
    await page.getByRole("button", { name: "Focus", exact: true }).click();
    const bar = page.getByRole("region", { name: "Focus" });
    await bar.waitFor();
    // Once the fit has ended and only the focus is shown.
    await expect.poll(() => page.evaluate(() => window.__explorer!.nodeIds().length)).toBeLessThan(10);
    await waitForStillView(page);
    const barBottom = (await bar.boundingBox())!.y + (await bar.boundingBox())!.height;
    const tops = await page.evaluate(() => {
      const handle = window.__explorer!;
      const canvas = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
      const sizes = handle.nodeSizes();
      const positions = handle.positions();
      return handle
        .nodeIds()
        .map(
          (id) =>
            [id, canvas.top + (positions[id]!.y - sizes[id]! / 2) * handle.zoom() + handle.pan().y] as const,
        );
    });
    expect(tops.length).toBeGreaterThan(2);
    for (const [id, top] of tops) expect(top, `${id}'s top`).toBeGreaterThan(barBottom);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    [1366, 768],
    [1920, 1080],
  ])(
    "the circle at %ix%i draws every label at the first view; another layout sets them level again",
    async (width, height) => {
      const { page, errors } = await openApp(browser, "?layout=circle", { width, height });
      const drawn = await page.evaluate(() => [
        Object.keys(window.__explorer!.labelBoxes()).length,
        window.__explorer!.nodeIds().length,
      ]);
      expect(drawn[0]).toBe(drawn[1]);
      await page.screenshot({ path: `screenshots/labels-circle-${width}.png` });
      await page.getByRole("combobox", { name: /Layout/ }).selectOption("fcose");
      await expect
        .poll(async () => {
          const settled = await page.evaluate(() => window.__explorer!.isSettled());
          const boxes = await page.evaluate(() => window.__explorer!.labelBoxes());
          // Turned labels' upright boxes overlap their neighbours': level ones, laid out, do not.
          return settled && Object.keys(boxes).length > 10 ? overlappingLabels(boxes) : ["not yet"];
        })
        .toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
