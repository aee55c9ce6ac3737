// A graph too big to lay out on the page: the worker places it before it is drawn, the page says so and
// offers to cancel, and the next visit draws it at once from the cached positions. A worker that fails
// never leaves the progress note up: the graph is drawn where the actors start, and a notice says so.
// The worker's script is held back (or broken) by the test where timing matters, so no outcome
// depends on how fast the machine is.
import type { Page, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate/generateDataset";
import { readBundledVocabulary } from "../../scripts/generate/vocabulary";
import { canvasNodeIds, appPagePerTest } from "./browser";

// Just above the page's limit (400 actors): a worker layout at default quality, quick even under load.
const ACTORS = 450;
const dataset = generateDataset({ actors: ACTORS, relationships: 1200, seed: 11 }, readBundledVocabulary());
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
    expect(await progress(page).innerText()).toContain(`Laying out ${ACTORS} actors in the background`);
    await progress(page).getByRole("button", { name: "Cancel" }).waitFor();
    // Nothing of the new graph is drawn while the worker runs (the old one is gone).
    expect(await canvasNodeIds(page)).not.toContain(dataset.nodes[0]!.id);

    await expect.poll(async () => (await canvasNodeIds(page)).length, { timeout: 60_000 }).toBe(ACTORS);
    await expect.poll(() => progress(page).count()).toBe(0);
    const placed = await page.evaluate(() => window.__explorer!.positions());
    expect(spread(placed)).toBeGreaterThan(100);

    // Opened again: the cached positions are used, no layout runs.
    await page.reload();
    await page.waitForFunction(() => (window.__explorer?.nodeIds().length ?? 0) > 0);
    await page.getByTestId("dataset-file-input").setInputFiles(file);
    await expect.poll(async () => (await canvasNodeIds(page)).length, { timeout: 30_000 }).toBe(ACTORS);
    expect(await page.evaluate(() => window.__explorer!.positions())).toEqual(placed);
  }, 120_000);

  it("cancelling draws the graph where the actors start, and Re-layout can try again", async () => {
    // The worker's script is held until the test has cancelled: the layout cannot finish first.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/assets/layoutWorker-*.js", async (route: Route) => {
      await held;
      await route.continue().catch(() => {});
    });
    await page.getByTestId("dataset-file-input").setInputFiles(file);
    await progress(page).getByRole("button", { name: "Cancel" }).click();
    release();
    await expect.poll(async () => (await canvasNodeIds(page)).length, { timeout: 30_000 }).toBe(ACTORS);
    await expect.poll(() => progress(page).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Re-layout" }).isEnabled()).toBe(true);
  }, 120_000);

  it("a layout worker that breaks: drawn where the actors start, with a notice, and no progress left", async () => {
    await page.route("**/assets/layoutWorker-*.js", (route: Route) =>
      route.fulfill({ contentType: "text/javascript", body: 'throw new Error("broken layout worker");' }),
    );
    await page.getByTestId("dataset-file-input").setInputFiles(file);
    await expect.poll(async () => (await canvasNodeIds(page)).length, { timeout: 60_000 }).toBe(ACTORS);
    await expect.poll(() => progress(page).count()).toBe(0);
    const notice = page.getByRole("status", { name: "Notices" });
    await notice.waitFor();
    expect(await notice.innerText()).toContain("The layout could not run in the background");
    expect(await notice.innerText()).toContain("the actors are drawn where they start");
  }, 120_000);
});
