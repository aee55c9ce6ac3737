// Opening datasets when things go wrong: a slow load overtaken by a faster one, a validation worker
// that cannot start, a file that breaks the validation. Each ends with a dataset open and a clear
// outcome, never "Opening …" left on screen.
import type { Browser, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appPagePerTest, canvasNodeIds, launchBrowser, openApp } from "./browser";
import { bundledSubset, readBundledDataset } from "./datasetFacts";

const quds = readBundledDataset();
const designations = readBundledDataset("iran-backed-groups-designations.json");

/** A small valid file built from the bundled dataset: its first five actors. */
function smallFile(title: string) {
  const { dataset, keep } = bundledSubset(title);
  return {
    name: "subset.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(dataset)),
    keep,
  };
}

const datasetTitle = (page: Page) => page.evaluate(() => window.__explorer?.datasetTitle() ?? null);
const loadsInFlight = (page: Page) => page.evaluate(() => window.__explorer?.loadsInFlight() ?? -1);
const loadingNote = (page: Page) => page.getByText(/^Opening .*…$/);

describe("loading races and failures", () => {
  let page: Page;
  appPagePerTest((current) => ({ page } = current));

  it("a slow dataset chosen first does not replace a file opened after it", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route("**/assets/iran-backed-groups-designations-*.js", async (route: Route) => {
      requested = true;
      await held;
      await route.continue();
    });
    await page.getByRole("combobox", { name: "Dataset" }).selectOption({ label: designations.title });
    await expect.poll(() => requested).toBe(true);
    const file = smallFile("A subset opened later");
    await page.getByTestId("dataset-file-input").setInputFiles(file);
    await page.getByRole("heading", { level: 2, name: "A subset opened later" }).waitFor();
    release();
    // The slow one has arrived and been checked by now; it must have been dropped.
    await expect.poll(() => loadsInFlight(page), { timeout: 30_000 }).toBe(0);
    expect(await datasetTitle(page)).toBe("A subset opened later");
    await expect.poll(async () => new Set(await canvasNodeIds(page))).toEqual(file.keep);
    expect(await loadingNote(page).count()).toBe(0);
  });

  const depth = 100_000;
  const nested = `${"[".repeat(depth)}${"]".repeat(depth)}`;
  it.each([
    // Caught by the format detector, on the page, before any reader recurses into it.
    ["nested from its first byte", nested],
    // Past the 64 KB the detector reads, so it is taken for a dataset: the worker's parser overflows.
    [
      "nested after a dataset's first 64 KB",
      `{"formatVersion":1,"nodeTypes":[],"description":"${"a".repeat(70_000)}","nodes":${nested}}`,
    ],
  ])("a file %s gets a message, and the open dataset stays", async (_name, deep) => {
    const before = await canvasNodeIds(page);
    await page
      .getByTestId("dataset-file-input")
      .setInputFiles({ name: "deep-nesting.json", mimeType: "application/json", buffer: Buffer.from(deep) });
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.innerText()).toContain("“deep-nesting.json” could not be opened");
    // Measured before parsing: the limit, not "the validation stopped".
    expect(await dialog.innerText()).toContain("nested more than 512 levels deep");
    expect(await loadingNote(page).count()).toBe(0);
    await dialog.getByRole("button", { name: "Close" }).click();
    expect(await datasetTitle(page)).toBe(quds.title);
    expect(await canvasNodeIds(page)).toEqual(before);
  });
});

describe("a validation worker that cannot start", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("checks files on the page instead: the bundled dataset and a file still open", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.route("**/assets/datasetWorker-*.js", (route) => route.abort("blockedbyclient"));
    const { page, errors } = await openApp(context);
    expect(await datasetTitle(page)).toBe(quds.title);
    const file = smallFile("Opened without a worker");
    await page.getByTestId("dataset-file-input").setInputFiles(file);
    await page.getByRole("heading", { level: 2, name: "Opened without a worker" }).waitFor();
    // The only complaint is the blocked script itself.
    expect(errors.filter((e) => !/ERR_BLOCKED_BY_CLIENT|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });
});
