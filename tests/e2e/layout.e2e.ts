// A graph too big to lay out on the page: the worker places it before it is drawn, the page says so and
// offers to cancel, and the next visit draws it at once from the cached positions.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate/generateDataset";
import { readBundledVocabulary } from "../../scripts/generate/vocabulary";
import { canvasNodeIds, appPagePerTest } from "./browser";

// Above the page's limit (400 actors), below draft quality (1,000): a few seconds in the worker.
const dataset = generateDataset({ actors: 700, relationships: 2000, seed: 11 }, readBundledVocabulary());
const file = {
  name: "unplaced.json",
  mimeType: "application/json",
  buffer: Buffer.from(JSON.stringify(dataset)),
};
const progress = (page: Page) => page.getByRole("status", { name: "Layout in progress" });

function spread(positions: Record<string, { x: number; y: number }>): number {
  const xs = Object.values(positions).map((p) => p.x);
  return Math.max(...xs) - Math.min(...xs);
}

describe("layout in the background", () => {
  let page: Page;
  appPagePerTest((current) => ({ page } = current));

  it("lays a large graph out before drawing it, and reopens it from the cache", async () => {
    await page.getByTestId("dataset-file-input").setInputFiles(file);
    await progress(page).waitFor({ timeout: 20_000 });
    expect(await progress(page).innerText()).toContain("Laying out 700 actors in the background");
    await progress(page).getByRole("button", { name: "Cancel" }).waitFor();
    // Nothing of the new graph is drawn while the worker runs (the old one is gone).
    expect(await canvasNodeIds(page)).not.toContain(dataset.nodes[0]!.id);

    await expect.poll(async () => (await canvasNodeIds(page)).length, { timeout: 60_000 }).toBe(700);
    await expect.poll(() => progress(page).count()).toBe(0);
    const placed = await page.evaluate(() => window.__explorer!.positions());
    expect(spread(placed)).toBeGreaterThan(100);

    // Opened again: the cached positions are used, no layout runs.
    await page.reload();
    await page.waitForFunction(() => (window.__explorer?.nodeIds().length ?? 0) > 0);
    await page.getByTestId("dataset-file-input").setInputFiles(file);
    await expect.poll(async () => (await canvasNodeIds(page)).length, { timeout: 30_000 }).toBe(700);
    expect(await page.evaluate(() => window.__explorer!.positions())).toEqual(placed);
  }, 120_000);

  it("cancelling draws the graph where the actors start, and Re-layout can try again", async () => {
    await page.getByTestId("dataset-file-input").setInputFiles(file);
    await progress(page).getByRole("button", { name: "Cancel" }).click();
    await expect.poll(async () => (await canvasNodeIds(page)).length, { timeout: 30_000 }).toBe(700);
    await expect.poll(() => progress(page).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Re-layout" }).isEnabled()).toBe(true);
  }, 60_000);
});
