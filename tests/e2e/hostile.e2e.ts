// Hostile links and files against the built app: a link carrying thousands of unknown ids, a
// 100,000-character id and 10,000 repeats gets a few short notices in a box of fixed height whose
// Dismiss stays in reach; a file with a 5 MB label draws a graph that fits the canvas and takes clicks;
// a file kept in the browser's IndexedDB that has gone bad is dropped with a notice.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appPagePerTest, baseUrl, canvasNodeIds, clickNode, waitForGraph } from "./browser";
import { readBundledDataset } from "./datasetFacts";

const quds = readBundledDataset();
const ids = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`).join(",");

/** The bundled dataset as a file with its own title, and one actor's label replaced. */
function fileWithLabel(title: string, label: string | null) {
  const dataset = structuredClone(quds);
  dataset.id = "long-label";
  dataset.title = title;
  if (label !== null) dataset.nodes.find((n) => n.id === "quds-force")!.label = label;
  return {
    name: "long-label.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(dataset)),
  };
}

async function openFile(page: Page, title: string, label: string | null) {
  await page.getByTestId("dataset-file-input").setInputFiles(fileWithLabel(title, label));
  await page.waitForFunction(
    (wanted) => window.__explorer?.datasetTitle() === wanted && window.__explorer?.isSettled(),
    title,
    { timeout: 60_000 },
  );
  await expect.poll(async () => (await canvasNodeIds(page)).length).toBe(quds.nodes.length);
}

describe("hostile links and files", () => {
  let page: Page;
  appPagePerTest((current) => ({ page } = current));

  it("a link with 2,000 unknown focus ids, a 100,000-character id, 12,000 hidden ids and 10,000 repeats", async () => {
    const query = [
      `focus=${ids(2000, "n")}`,
      `sel=n:${"a".repeat(100_000)}`,
      `hide=${ids(12_000, "t")}`,
      ...Array.from({ length: 10_000 }, () => "hops=2"),
    ].join("&");
    await page.goto(`${baseUrl()}?${query}`);
    await waitForGraph(page);
    const notices = page.getByRole("status", { name: "Notices" });
    await notices.waitFor();
    const items = await notices.getByRole("listitem").allInnerTexts();
    expect(items.length).toBeGreaterThan(3);
    expect(items.length).toBeLessThanOrEqual(8);
    expect(items).toContain("2,000 unknown focused actors in the link were ignored: n0, n1, n2 …");
    for (const item of items) expect(item.length).toBeLessThanOrEqual(300);
    // The box keeps its height and stays clear of the canvas toolbar; Dismiss is in view and works.
    const box = (await notices.boundingBox())!;
    const toolbar = (await page.getByRole("toolbar", { name: "Canvas" }).boundingBox())!;
    expect(box.height).toBeLessThan(300);
    expect(box.y).toBeGreaterThan(toolbar.y + toolbar.height);
    const dismiss = notices.getByRole("button", { name: "Dismiss" });
    const button = (await dismiss.boundingBox())!;
    expect(button.y + button.height).toBeLessThanOrEqual(900);
    await dismiss.click();
    await expect.poll(() => notices.count()).toBe(0);
    // The app is still at work: a click selects an actor.
    await clickNode(page, "hezbollah");
    await expect.poll(() => page.evaluate(() => window.__explorer?.selectedIds())).toEqual(["hezbollah"]);
  });

  it("a 5 MB label: the graph fits as it does without it, clicks hit the right actor, the name is cut", async () => {
    await openFile(page, "Without a long label", null);
    const plainZoom = await page.evaluate(() => window.__explorer!.zoom());
    await openFile(page, "With a 5 MB label", "Q".repeat(5 * 1024 * 1024));
    const zoom = await page.evaluate(() => window.__explorer!.zoom());
    expect(zoom).toBeGreaterThan(plainZoom * 0.7);
    await clickNode(page, "quds-force");
    await expect.poll(() => page.evaluate(() => window.__explorer?.selectedIds())).toEqual(["quds-force"]);
    const heading = page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 });
    expect((await heading.innerText()).length).toBeLessThan(300);
    expect(await heading.innerText()).toContain("Show all (5,242,880 characters)");
    await clickNode(page, "hezbollah");
    await expect.poll(() => page.evaluate(() => window.__explorer?.selectedIds())).toEqual(["hezbollah"]);
  });

  it("a kept file whose record has gone bad in IndexedDB: dropped, said, and the app opens", async () => {
    // Written the way idb-keyval stores it (database "pne-kept-files", store "files"), but damaged.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open("pne-kept-files");
          opening.onupgradeneeded = () => opening.result.createObjectStore("files");
          opening.onerror = () => reject(opening.error);
          opening.onsuccess = () => {
            const writing = opening.result.transaction("files", "readwrite");
            writing
              .objectStore("files")
              .put({ version: 1, name: "kept.gexf", parts: "lost" }, "file:kept.gexf");
            writing.oncomplete = () => (opening.result.close(), resolve());
            writing.onerror = () => reject(writing.error);
          };
        }),
    );
    await page.goto(`${baseUrl()}?file=kept.gexf`);
    await waitForGraph(page);
    const notices = page.getByRole("status", { name: "Notices" });
    await expect
      .poll(() => notices.innerText())
      .toContain("The file “kept.gexf” kept in this browser could not be read back and was dropped");
    expect(await page.evaluate(() => window.__explorer!.nodeIds().length)).toBe(quds.nodes.length);
    // Dropped: the next visit to the same link says only that the file is not kept here.
    await page.goto(`${baseUrl()}?file=kept.gexf`);
    await waitForGraph(page);
    await expect.poll(() => notices.innerText()).toContain("names a file opened in another browser");
  });
});
