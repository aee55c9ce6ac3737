import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canvasEdgeIds, canvasNodeIds, launchBrowser, openApp } from "./browser";
import { readBundledDataset } from "./datasetFacts";

describe("the production build", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("loads, draws every actor and relationship of the bundled dataset, and logs no errors", async () => {
    const dataset = readBundledDataset();
    const { page, errors } = await openApp(browser);

    const nodeIds = await canvasNodeIds(page);
    expect(nodeIds.length).toBeGreaterThan(0);
    expect(new Set(nodeIds)).toEqual(new Set(dataset.nodes.map((n) => n.id)));
    expect(new Set(await canvasEdgeIds(page))).toEqual(new Set(dataset.edges.map((e) => e.id)));

    // The canvas really painted: its pixels are not all one colour.
    const distinctColours = await page.evaluate(() => {
      const layers = [...document.querySelectorAll<HTMLCanvasElement>(".graph-canvas canvas")];
      const colours = new Set<number>();
      for (const layer of layers) {
        const context = layer.getContext("2d");
        if (!context || layer.width === 0) continue;
        const { data } = context.getImageData(0, 0, layer.width, layer.height);
        for (let i = 0; i < data.length; i += 4 * 97)
          colours.add((data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!);
      }
      return colours.size;
    });
    expect(distinctColours).toBeGreaterThan(10);

    expect(await page.locator(".details-panel h2").textContent()).toBe(dataset.title);
    mkdirSync("screenshots", { recursive: true });
    await page.screenshot({ path: "screenshots/app.png" });
    expect(errors).toEqual([]);
    await page.close();
  });
});
