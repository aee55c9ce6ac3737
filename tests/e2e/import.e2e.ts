// Opening what analysts already have, through the UI only: files of every supported format picked
// with the file input, the mapping dialog, the canvas and the citations in the panel afterwards; an
// unknown and a broken file; links (?url=) to a file, to a missing one and to a server without
// CORS; a reload after opening a file; the drop target. The fixtures are in tests/e2e/fixtures (one
// made-up network of five people in three parties, in every format).
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  appPagePerTest,
  baseUrl,
  canvasEdgeIds,
  canvasNodeIds,
  clickNode,
  launchBrowser,
  openApp,
  waitForGraph,
} from "./browser";
import { readBundledDataset } from "./datasetFacts";
import { smallDataset } from "../fixtures/smallDataset";

const quds = readBundledDataset();
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const datasetTitle = (page: Page) => page.evaluate(() => window.__explorer?.datasetTitle() ?? null);
const panel = (page: Page) => page.getByRole("complementary", { name: "Details" });
const mappingDialog = (page: Page) => page.getByRole("dialog", { name: /^Open “/ });
const problems = (page: Page) => page.getByRole("alertdialog");

/** The summary every parties file gives with the guessed mapping. */
const PARTIES_SUMMARY =
  "5 actors of 4 types, 5 relationships of 3 types; 1 actor has no type: drawn as “Actor”; 1 relationship has no type: drawn as “Related to”.";

/** Waits until a dataset other than `before` is open and drawn. */
async function opened(page: Page, before: string | null): Promise<void> {
  await expect.poll(() => datasetTitle(page), { timeout: 30_000 }).not.toBe(before);
  await waitForGraph(page);
}

const selectedText = (page: Page, label: string) =>
  mappingDialog(page).getByLabel(label, { exact: true }).locator("option:checked").innerText();

/** Goes through the dialog: checks the guesses and the summary, then Open. */
async function mapParties(page: Page, typeColumn: RegExp, relationshipColumn: RegExp): Promise<void> {
  const dialog = mappingDialog(page);
  await dialog.waitFor({ timeout: 30_000 });
  expect(await selectedText(page, "Actor type")).toMatch(typeColumn);
  expect(await selectedText(page, "Relationship type")).toMatch(relationshipColumn);
  expect(await selectedText(page, "Source (title or name)")).toMatch(/^reference/);
  expect(await selectedText(page, "Quote")).toMatch(/^quote/);
  await expect.poll(() => dialog.getByTestId("mapping-summary").innerText()).toContain(PARTIES_SUMMARY);
  await dialog.getByRole("button", { name: "Open" }).click();
  await dialog.waitFor({ state: "detached" });
}

/** Five actors and five relationships on the canvas; Alice's panel cites the file and quotes the report. */
async function checkParties(page: Page, fileName: string): Promise<void> {
  await expect.poll(async () => (await canvasNodeIds(page)).length).toBe(5);
  expect(await canvasEdgeIds(page)).toHaveLength(5);
  await clickNode(page, "n1");
  await page.getByRole("heading", { level: 2, name: "Alice Amari" }).waitFor();
  const text = (await panel(page).innerText()).replace(/\s+/g, " ");
  expect(text).toMatch(/\bRed\b/i); // the type, shown in capitals
  expect(text).toContain(fileName);
  expect(text).toContain("“Emil Eze funds Alice Amari”");
  expect(text).toContain("Annual report 2020");
  await page.keyboard.press("Escape");
  await expect
    .poll(async () => (await page.getByTestId("dataset-provenance").innerText()).replace(/\s+/g, " "))
    .toMatch(/^1 of \d+ claims quote a source; the rest cite only the file /);
}

describe("opening files of other formats through the file input", () => {
  let page: Page;
  appPagePerTest((current) => ({ page } = current));

  it.each<[string, string[], RegExp, RegExp]>([
    ["graphology JSON", ["parties.graphology.json"], /^party/, /^kind/],
    [
      "a CSV file of actors and one of relationships, together",
      ["parties-actors.csv", "parties-relationships.csv"],
      /^party/,
      /^kind/,
    ],
    ["GEXF", ["parties.gexf"], /^party/, /^kind/],
    ["GraphML", ["parties.graphml"], /^party/, /^kind/],
    ["an Excel workbook", ["parties.xlsx"], /^party/, /^kind/],
    ["Cytoscape JSON", ["parties.cyjs"], /^party/, /^interaction/],
  ])(
    "%s: the mapping dialog, then the canvas and the citations",
    async (_name, files, type, relationship) => {
      const before = await datasetTitle(page);
      await page.getByTestId("dataset-file-input").setInputFiles(files.map(fixture));
      await mapParties(page, type, relationship);
      await opened(page, before);
      await checkParties(page, files.join(" + "));
    },
  );

  it("the loading note says what the file is", async () => {
    // Every text the loading note shows, however briefly.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __notes: string[] }).__notes = seen;
      new MutationObserver(() => {
        const note = document.querySelector(".dataset-menu .loading")?.textContent;
        if (note && seen.at(-1) !== note) seen.push(note);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByTestId("dataset-file-input").setInputFiles(fixture("parties.gexf"));
    await mappingDialog(page).waitFor({ timeout: 30_000 });
    const notes = await page.evaluate(() => (window as unknown as { __notes: string[] }).__notes);
    expect(notes.some((note) => /^This is an? GEXF .*\. Opening it…$/.test(note))).toBe(true);
    await mappingDialog(page).getByRole("button", { name: "Cancel" }).click();
    expect(await datasetTitle(page)).toBe(quds.title);
  });

  it("Cancel and Escape leave the open dataset open, and focus returns to Open file…", async () => {
    const before = await canvasNodeIds(page);
    const opener = page.getByRole("button", { name: "Open file…" });
    await opener.focus();
    await page.getByTestId("dataset-file-input").setInputFiles(fixture("parties.graphology.json"));
    await mappingDialog(page).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => !!document.activeElement?.closest("[role=dialog]"))).toBe(true);
    await page.keyboard.press("Escape");
    await mappingDialog(page).waitFor({ state: "detached" });
    expect(await datasetTitle(page)).toBe(quds.title);
    expect(await canvasNodeIds(page)).toEqual(before);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Open file…");
  });

  it("an unknown file says what it looked like and what the explorer opens", async () => {
    await page.getByTestId("dataset-file-input").setInputFiles(fixture("download.gexf"));
    const dialog = problems(page);
    await dialog.waitFor({ timeout: 30_000 });
    const text = await dialog.innerText();
    expect(text).toContain("“download.gexf” could not be opened");
    expect(text).toContain(
      "This is not a file the explorer opens: it looks like an HTML page (perhaps a download link rather than the file).",
    );
    expect(text).toMatch(/The explorer opens: .*GEXF.*GraphML.*CSV/s);
    expect(text).toContain(`“${quds.title}” stays open.`);
    await dialog.getByRole("button", { name: "Close" }).click();
    expect(await datasetTitle(page)).toBe(quds.title);
  });

  it("a broken file gets its reader's problems, with line and column, and what it looked like", async () => {
    await page.getByTestId("dataset-file-input").setInputFiles(fixture("broken.gexf"));
    const dialog = problems(page);
    await dialog.waitFor({ timeout: 30_000 });
    const text = await dialog.innerText();
    expect(text).toContain("“broken.gexf” could not be opened");
    expect(text).toMatch(/It looked like an? GEXF/);
    expect(text).toMatch(/line \d+(, column \d+)?/);
    await dialog.getByRole("button", { name: "Close" }).click();
    expect(await datasetTitle(page)).toBe(quds.title);
  });

  it("the drop target lists what it accepts, and opens a dropped file", async () => {
    const small = JSON.stringify({ ...smallDataset(), title: "Dropped network" });
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "dropped.json", { type: "application/json" }));
      (window as unknown as { __transfer: DataTransfer }).__transfer = transfer;
      document
        .querySelector(".app")!
        .dispatchEvent(
          new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
    }, small);
    const overlay = page.locator(".drop-overlay");
    await overlay.waitFor();
    const accepts = await overlay.innerText();
    for (const format of ["GEXF", "GraphML", "CSV", ".xlsx", "Cytoscape", "graphology"])
      expect(accepts).toContain(format);
    await page.evaluate(() => {
      const transfer = (window as unknown as { __transfer: DataTransfer }).__transfer;
      document
        .querySelector(".app")!
        .dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page.getByRole("heading", { level: 2, name: "Dropped network" }).waitFor();
    expect(await overlay.count()).toBe(0);
  });

  it("the picker offers every supported extension, several files at once", async () => {
    const input = page.getByTestId("dataset-file-input");
    const accept = (await input.getAttribute("accept")) ?? "";
    for (const extension of [".json", ".gexf", ".graphml", ".csv", ".xlsx", ".cyjs"])
      expect(accept).toContain(extension);
    expect(await input.getAttribute("multiple")).not.toBeNull();
  });
});

describe("files kept in the browser", () => {
  let page: Page;
  appPagePerTest((current) => ({ page } = current));

  it("a reload after opening a file opens it again, and the link says it is kept here", async () => {
    const small = { ...smallDataset(), title: "Kept network" };
    await page.getByTestId("dataset-file-input").setInputFiles({
      name: "kept.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(small)),
    });
    await page.getByRole("heading", { level: 2, name: "Kept network" }).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get("file")).toBe("kept.json");
    await page.reload();
    await waitForGraph(page);
    expect(await datasetTitle(page)).toBe("Kept network");
  });

  it("a reload after importing a file of another format opens it again without the dialog", async () => {
    const before = await datasetTitle(page);
    await page.getByTestId("dataset-file-input").setInputFiles(fixture("parties.gexf"));
    await mapParties(page, /^party/, /^kind/);
    await opened(page, before);
    await expect.poll(() => new URL(page.url()).searchParams.get("file")).toBe("parties.gexf");
    const title = await datasetTitle(page);
    await page.reload();
    await waitForGraph(page);
    expect(await datasetTitle(page)).toBe(title);
    expect(await mappingDialog(page).count()).toBe(0);
    expect(await canvasNodeIds(page)).toHaveLength(5);
  });
});

describe("opening a link (?url=)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const fixtureUrl = (name: string) => `${baseUrl()}fixtures/${name}`;
  const at = (url: string, extra = "") => `?url=${encodeURIComponent(url)}${extra}`;

  it("opens a dataset served elsewhere, and the view's link keeps the url", async () => {
    const { page, errors } = await openApp(browser, at(fixtureUrl("small.json")));
    await expect.poll(() => datasetTitle(page)).toBe(smallDataset().title);
    expect(new URL(page.url()).searchParams.get("url")).toBe(fixtureUrl("small.json"));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a file of another format with the link's mapping, without the dialog", async () => {
    const { page, errors } = await openApp(
      browser,
      at(fixtureUrl("parties.graphology.json"), "&map=type:party,rel:kind"),
    );
    await expect.poll(async () => (await canvasNodeIds(page)).length).toBe(5);
    expect(await mappingDialog(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a missing file is an HTTP error with its status, and the default dataset opens behind it", async () => {
    const { page } = await openApp(browser, at(fixtureUrl("missing.gexf")));
    const dialog = problems(page);
    await dialog.waitFor({ timeout: 30_000 });
    const text = await dialog.innerText();
    expect(text).toContain("“missing.gexf” could not be opened");
    expect(text).toMatch(/The server at 127\.0\.0\.1:\d+ answered 404 \(Not Found\)/);
    expect(await datasetTitle(page)).toBe(quds.title);
    await page.close();
  });

  it("a server that does not allow other sites to read the file is explained (CORS)", async () => {
    const other = inject("otherOriginUrl");
    const { page } = await openApp(browser, at(`${other}parties.gexf`));
    const dialog = problems(page);
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.innerText()).toContain(
      "does not allow other sites to read this file (CORS). Download it and open it with Open file…, or ask its owner to allow it.",
    );
    expect(await datasetTitle(page)).toBe(quds.title);
    await page.close();
  });

  it("anything but an http(s) link is refused with a notice", async () => {
    const { page, errors } = await openApp(browser, "?url=javascript:alert(1)");
    await page.getByText('Ignored "url=javascript:alert(1)": only http(s) links can be opened.').waitFor();
    expect(await datasetTitle(page)).toBe(quds.title);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a link naming a file kept in another browser says so", async () => {
    const { page, errors } = await openApp(browser, "?file=elsewhere.gexf");
    await page
      .getByText(
        "This link names a file opened in another browser (“elsewhere.gexf”); open it with Open file….",
      )
      .waitFor();
    expect(await datasetTitle(page)).toBe(quds.title);
    expect(errors).toEqual([]);
    await page.close();
  });
});
