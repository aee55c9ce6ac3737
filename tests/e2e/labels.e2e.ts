// The picture can be read: on both bundled datasets, at a laptop's and a desktop's window size, no two
// drawn labels overlap once the layout has settled, and the view shows the whole graph: in the
// force-directed layout, and in the concentric and hierarchy layouts (whose labels used to be drawn
// too small to be shown at all at these sizes).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp, overlappingLabels } from "./browser";

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
});
