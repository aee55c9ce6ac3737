// The explorer in a real browser on the production build: real clicks on the drawn canvas, the
// details panel, search, and opening a broken file.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { indexDataset, mostConnectedNode } from "../../src/domain/dataset/datasetIndex";
import { canvasNodeIds, clickNode, appPagePerTest } from "./browser";
import { readBundledDataset } from "./datasetFacts";

const dataset = readBundledDataset();
const index = indexDataset(dataset);
const hub = mostConnectedNode(index)!;
const selectedOnCanvas = (page: Page) => page.evaluate(() => window.__explorer?.selectedIds() ?? []);
const panel = (page: Page) => page.getByRole("complementary", { name: "Details" });

describe("the explorer", () => {
  let page: Page;
  appPagePerTest((current) => ({ page } = current));

  it("clicking an actor on the canvas shows its details and citations", async () => {
    const node = index.nodesById.get(hub)!;
    await clickNode(page, hub);
    await expect.poll(() => selectedOnCanvas(page)).toEqual([hub]);
    await page.getByRole("heading", { level: 2, name: node.label }).waitFor();
    const text = await panel(page).innerText();
    const quote = node.citations.find((c) => c.quote)?.quote;
    expect(quote).toBeTruthy();
    expect(text.replace(/\s+/g, " ")).toContain(quote!.replace(/\s+/g, " "));
    expect(text.toLowerCase()).toContain("relationships");
    await page.screenshot({ path: "screenshots/actor-selected.png" });
  });

  it("clicking a related actor in the panel selects it on the canvas and centres it", async () => {
    await clickNode(page, hub);
    const related = panel(page)
      .locator(".relationship-group .relationship-line .link-button:not(.subtle)")
      .first();
    const label = (await related.innerText()).trim();
    const target = dataset.nodes.find((n) => n.label === label)!;
    expect(target).toBeTruthy();
    await related.click();
    await expect.poll(() => selectedOnCanvas(page)).toEqual([target.id]);
    await page.getByRole("heading", { level: 2, name: label }).waitFor();
    await expect.poll(() => page.evaluate((id) => window.__explorer?.isInViewport(id), target.id)).toBe(true);
  });

  it("search finds an actor by a misspelling, selects and centres it", async () => {
    const soleimani = dataset.nodes.find((n) => n.aliases?.includes("Qasim Soleiman"))!;
    expect(soleimani).toBeTruthy();
    await page.keyboard.press("/");
    await page.keyboard.type("Suleimani");
    const firstResult = page.getByRole("listbox", { name: "Matching actors" }).getByRole("option").first();
    await firstResult.waitFor();
    expect(await firstResult.innerText()).toContain(soleimani.label);
    await page.keyboard.press("Enter");
    await expect.poll(() => selectedOnCanvas(page)).toEqual([soleimani.id]);
    await page.getByRole("heading", { level: 2, name: soleimani.label }).waitFor();
    // Centred: once the animation ends the node sits in the middle of the canvas.
    await expect
      .poll(async () => {
        const point = await page.evaluate((id) => window.__explorer?.nodePagePosition(id), soleimani.id);
        const box = await page.locator(".graph-canvas").boundingBox();
        return point && box
          ? Math.hypot(point.x - (box.x + box.width / 2), point.y - (box.y + box.height / 2))
          : 1e9;
      })
      .toBeLessThan(5);
    await page.keyboard.press("Escape");
    await expect.poll(() => selectedOnCanvas(page)).toEqual([]);
    await page.getByRole("heading", { level: 2, name: dataset.title }).waitFor();
  });

  it("an invalid file shows its problems and the open graph stays", async () => {
    const before = await canvasNodeIds(page);
    const broken = structuredClone(dataset);
    broken.edges[0]!.target = "hezbolah";
    await page.getByTestId("dataset-file-input").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(broken, null, 2)),
    });
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain("“broken.json” could not be opened");
    expect(text).toContain("edges[0].target");
    expect(text).toMatch(/line \d+, column \d+/);
    expect(text).toContain(`“${dataset.title}” stays open.`);
    await page.screenshot({ path: "screenshots/invalid-file.png" });
    await dialog.getByRole("button", { name: "Close" }).click();
    expect(await canvasNodeIds(page)).toEqual(before);
    await page.getByRole("heading", { level: 2, name: dataset.title }).waitFor();
  });

  it("a valid file opens in place of the bundled dataset", async () => {
    const small = structuredClone(dataset);
    small.id = "subset";
    small.title = "A subset";
    const keep = new Set(small.nodes.slice(0, 5).map((n) => n.id));
    small.nodes = small.nodes.filter((n) => keep.has(n.id));
    small.edges = small.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
    await page.getByTestId("dataset-file-input").setInputFiles({
      name: "subset.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(small)),
    });
    await page.getByRole("heading", { level: 2, name: "A subset" }).waitFor();
    await expect.poll(async () => new Set(await canvasNodeIds(page))).toEqual(keep);
  });
});
