// The table view in the real app: opened from the toolbar, sorted, following the legend's filters,
// selecting both ways with the canvas, saving its CSV, and a 50,000-actor dataset whose table opens
// and scrolls with only a window of rows in the page.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate/generateDataset";
import { readBundledVocabulary } from "../../scripts/generate/vocabulary";
import { appPagePerTest, canvasEdgeIds, canvasNodeIds, clickNode, openRelationshipGroups } from "./browser";
import { readBundledDataset } from "./datasetFacts";

const dataset = readBundledDataset();
const grid = (page: Page, name: "Actors" | "Relationships") => page.getByRole("grid", { name });
const selectedIds = (page: Page) => page.evaluate(() => window.__explorer!.selectedIds());

async function rowCount(page: Page, name: "Actors" | "Relationships"): Promise<number> {
  return Number(await grid(page, name).getAttribute("aria-rowcount")) - 1;
}

async function openTable(page: Page): Promise<void> {
  await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Table" }).click();
  await grid(page, "Actors").waitFor();
}

async function showGraph(page: Page): Promise<void> {
  await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Graph" }).click();
}

/** The first cell's text of each rendered row, top to bottom. */
async function firstCells(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.data-table-body [role="row"]')]
      .sort((a, b) => Number(a.getAttribute("aria-rowindex")) - Number(b.getAttribute("aria-rowindex")))
      .map((row) => row.querySelector('[role="gridcell"]')?.textContent ?? ""),
  );
}

describe("the table view", () => {
  let page: Page;
  appPagePerTest((current) => ({ page } = current));

  it("opens from the toolbar, sorts, and follows the legend's filters", async () => {
    await openTable(page);
    expect(page.url()).toContain("view=table");
    expect(await rowCount(page, "Actors")).toBe((await canvasNodeIds(page)).length);

    const actorHeader = grid(page, "Actors").getByRole("columnheader", { name: "Actor" });
    await actorHeader.getByRole("button").click();
    expect(await actorHeader.getAttribute("aria-sort")).toBe("ascending");
    const labels = dataset.nodes.map((n) => n.label).sort((a, b) => a.localeCompare(b, "en"));
    expect((await firstCells(page)).slice(0, 3)).toEqual(labels.slice(0, 3));

    await page.getByRole("group", { name: "Table" }).getByRole("button", { name: "Relationships" }).click();
    await grid(page, "Relationships").waitFor();
    expect(page.url()).toContain("rows=relationships");
    const all = await rowCount(page, "Relationships");
    expect(all).toBe(dataset.edges.length);
    // Unchecking a type in the legend: the rows follow, exactly as the canvas does.
    await openRelationshipGroups(page);
    await page.getByRole("checkbox", { name: /^Supports/ }).uncheck();
    await expect.poll(() => rowCount(page, "Relationships")).toBeLessThan(all);
    expect(await rowCount(page, "Relationships")).toBe((await canvasEdgeIds(page)).length);
    const types = await page
      .locator('.data-table-body [role="row"] [role="gridcell"]:nth-child(2)')
      .allTextContents();
    expect(types).not.toContain("supports");
  });

  it("shows the canvas's selection as a row, and selects on the canvas from a row", async () => {
    await clickNode(page, "iran");
    await expect.poll(() => selectedIds(page)).toEqual(["iran"]);
    await openTable(page);
    const selectedRow = grid(page, "Actors").locator('[role="row"][aria-selected="true"]');
    await expect.poll(() => selectedRow.first().textContent()).toMatch(/^Iran/);
    expect(await selectedRow.count()).toBe(1);
    expect(await selectedRow.isVisible()).toBe(true);

    await grid(page, "Actors")
      .getByRole("row", { name: /^Hezbollah/ })
      .click();
    await page.getByRole("heading", { level: 2, name: "Hezbollah" }).waitFor();
    await expect
      .poll(() =>
        grid(page, "Actors")
          .getByRole("row", { name: /^Hezbollah/ })
          .getAttribute("aria-selected"),
      )
      .toBe("true");
    // The hidden canvas draws the selection (and centres on it) when it is shown again.
    await showGraph(page);
    await expect.poll(() => selectedIds(page)).toEqual(["hezbollah"]);
    await expect.poll(() => page.evaluate(() => window.__explorer!.isInViewport("hezbollah"))).toBe(true);
    await openTable(page);

    // By keyboard: the active row takes focus, the arrows move, Enter selects the row reached.
    await grid(page, "Actors")
      .getByRole("row", { name: /^Hezbollah/ })
      .focus();
    await page.keyboard.press("ArrowDown");
    const next = await page.evaluate(() => document.activeElement?.getAttribute("data-id"));
    expect(next).toBeTruthy();
    expect(next).not.toBe("hezbollah");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-selected")))
      .toBe("true");
    await showGraph(page);
    await expect.poll(() => selectedIds(page)).toEqual([next]);
  });

  it("marks the relationships of the actor selected on the canvas in the relationships table", async () => {
    await clickNode(page, "hezbollah");
    await expect.poll(() => selectedIds(page)).toEqual(["hezbollah"]);
    await openTable(page);
    await page.getByRole("group", { name: "Table" }).getByRole("button", { name: "Relationships" }).click();
    const relationships = grid(page, "Relationships");
    await relationships.waitFor();
    const expected = dataset.edges.filter((e) => e.source === "hezbollah" || e.target === "hezbollah");
    const expectedIds = new Set(expected.map((e) => e.id));
    const marked = relationships.locator('[role="row"][data-involves-selection]');
    // The table scrolls to the first of them; every rendered row of Hezbollah's is marked, no other.
    await expect.poll(() => marked.count()).toBeGreaterThan(0);
    const rows = await relationships.locator('[role="row"][data-id]').evaluateAll((all) =>
      all.map((r) => ({
        id: r.getAttribute("data-id")!,
        marked: r.hasAttribute("data-involves-selection"),
      })),
    );
    for (const row of rows) expect(row.marked).toBe(expectedIds.has(row.id));
    // Read out as such by a screen reader (visually hidden text in the row's first cell).
    expect(await marked.first().textContent()).toMatch(/involves Hezbollah, the selected actor/);
    await page.getByText(new RegExp(`; ${expected.length} with Hezbollah`)).waitFor();
  });

  it("saves the rows as shown, in their order, as a dated CSV file", async () => {
    await openTable(page);
    // The network measures become columns once the worker has computed them.
    await grid(page, "Actors").getByRole("columnheader", { name: "Community" }).waitFor();
    await page.getByRole("searchbox", { name: "Filter actors" }).fill("quds");
    await grid(page, "Actors").getByRole("columnheader", { name: "Actor" }).getByRole("button").click();
    await grid(page, "Actors").getByRole("columnheader", { name: "Actor" }).getByRole("button").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^quds-force-table-\d{4}-\d\d-\d\d\.actors\.csv$/);
    const text = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Actor,Type,Start,End,Relationships,Citations,Claims,Degree,In,Out,Betweenness,PageRank,Community",
    );
    const names = lines.slice(1).map((line) => line.split(",")[0]);
    const expected = dataset.nodes
      .filter((n) => n.label.toLowerCase().includes("quds"))
      .map((n) => n.label)
      .sort((a, b) => b.localeCompare(a, "en"));
    expect(names).toEqual(expected);
    expect(names).toEqual(await firstCells(page));
  });

  it("opens a 50,000-actor table and scrolls it with only a window of rows in the page", async () => {
    const big = generateDataset(
      { actors: 50_000, relationships: 10_000, seed: 5, positions: true },
      readBundledVocabulary(),
    );
    // From a file on disk: 29 MB handed over as a buffer would be copied through the protocol.
    const folder = mkdtempSync(join(tmpdir(), "explorer-table-"));
    const file = join(folder, "fifty-thousand.json");
    writeFileSync(file, JSON.stringify(big));
    // Opened with the table shown: the table stays, and lists what the store holds while the canvas
    // (hidden under it) is still drawing 50,000 actors.
    await openTable(page);
    try {
      await page.getByTestId("dataset-file-input").setInputFiles(file);
      // The file is read from disk when the app opens it: it stays until the dataset is open.
      await page.waitForFunction(
        () => document.querySelector('[role="grid"]')?.getAttribute("aria-rowcount") === "50001",
        undefined,
        { timeout: 240_000 },
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    const rendered = () =>
      page.evaluate(() => document.querySelectorAll('.data-table-body [role="row"]').length);
    expect(await rendered()).toBeLessThan(80);

    // A step down, then to the end: still only a window of rows, and the last row among them.
    await page.evaluate(() => document.querySelector('[role="grid"]')!.scrollBy(0, 3_000));
    await page.waitForFunction(
      () =>
        Number(document.querySelector('.data-table-body [role="row"]')?.getAttribute("aria-rowindex")) > 50,
      undefined,
      { timeout: 240_000 },
    );
    await page.evaluate(() => {
      const grid = document.querySelector('[role="grid"]')!;
      grid.scrollTop = grid.scrollHeight;
    });
    await page.waitForFunction(
      () => document.querySelector('[role="row"][aria-rowindex="50001"]') !== null,
      undefined,
      {
        timeout: 240_000,
      },
    );
    expect(await rendered()).toBeLessThan(80);
  }, 420_000);
});
