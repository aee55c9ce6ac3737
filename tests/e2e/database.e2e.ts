// The database source against a real SPARQL server: Debian's Virtuoso, started on loopback with a
// temporary database and the fictional Wikidata-shaped sample (tests/fixtures/sparql) bulk-loaded.
// Through the UI only: connect and search, draw, expand twice, read a reference and an unreferenced
// statement in the panel, filter, export Turtle, share the link and reopen it; the server is stopped
// at the end.
import { readFileSync } from "node:fs";
import { Parser } from "n3";
import type { Browser, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canvasEdgeIds, canvasNodeIds, clickNode, launchBrowser, openApp, waitForGraph } from "./browser";
import { GENERIC_TURTLE, startVirtuoso, virtuosoInstalled, type Virtuoso } from "./virtuoso";

const panel = (page: Page) => page.getByRole("complementary", { name: "Details" });
const databaseDialog = (page: Page) => page.getByRole("dialog", { name: "Database (SPARQL)" });
const sorted = (ids: string[]) => [...ids].sort();
const GENERIC_GRAPH = "http://example.org/generic-sample";

async function nodesBecome(page: Page, ids: string[]): Promise<void> {
  await expect.poll(async () => sorted(await canvasNodeIds(page)), { timeout: 60_000 }).toEqual(sorted(ids));
  await waitForGraph(page);
}

async function expand(page: Page, id: string, hops: "1" | "2"): Promise<void> {
  await clickNode(page, id);
  const expandSection = panel(page).getByRole("region", { name: "Neighbours in the database" });
  await expandSection.getByLabel("Hops").selectOption(hops);
  await expandSection.getByRole("button", { name: "Expand neighbours" }).click();
}

describe.skipIf(!virtuosoInstalled())("database source against Virtuoso", () => {
  let virtuoso: Virtuoso;
  let generic: Virtuoso;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    // Two servers: the Wikidata-shaped sample, and a generic RDF one, each its store's default graph.
    [virtuoso, generic] = await Promise.all([
      startVirtuoso(),
      startVirtuoso({ turtle: GENERIC_TURTLE, graph: GENERIC_GRAPH }),
    ]);
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([virtuoso?.stop(), generic?.stop()]);
  });

  it("connects, searches, draws, expands twice, cites, filters, exports and reopens from its link", async () => {
    const app = await openApp(browser, "", { width: 1366, height: 768 });
    const { page } = app;
    await page.getByRole("button", { name: "Database (SPARQL)…" }).click();
    const dialog = databaseDialog(page);
    await dialog.getByLabel("Endpoint").fill(virtuoso.endpoint);
    await dialog.getByLabel("Search").fill("example alpha network");
    await dialog.getByRole("button", { name: "Search", exact: true }).click();
    await dialog.getByRole("checkbox", { name: /Example Alpha Network/ }).check({ timeout: 60_000 });
    await dialog.getByRole("button", { name: "Draw 1 actor" }).click();
    await nodesBecome(page, ["q990000001"]);

    await expand(page, "q990000001", "1");
    await nodesBecome(page, ["q990000001", "q990000002", "q990000003"]);
    const placedBefore = await page.evaluate(() => window.__explorer!.positions());
    await expand(page, "q990000002", "2");
    await nodesBecome(page, ["q990000001", "q990000002", "q990000003", "q990000004", "q990000005"]);
    // An expansion adds to the picture: the actors already drawn stay where they were.
    const after = await page.evaluate(() => window.__explorer!.positions());
    for (const id of ["q990000001", "q990000002", "q990000003"])
      expect(after[id], id).toEqual(placedBefore[id]);

    // The referenced statement cites the reference's "stated in"; the unreferenced one says so.
    await clickNode(page, "q990000001");
    await expect.poll(() => page.evaluate(() => window.__explorer?.selectedIds())).toEqual(["q990000001"]);
    await expect.poll(() => panel(page).innerText()).toContain("Example Gazette");
    const text = await panel(page).innerText();
    expect(text).toContain("Wikidata statement without a reference");
    expect(text).not.toContain("Error");

    // Filters work on it like on any dataset: hiding "Took part in" hides the forum's one link.
    const before = (await canvasEdgeIds(page)).length;
    await page
      .getByRole("group", { name: /^Relationships/ })
      .getByRole("checkbox", { name: "Took part in", exact: true })
      .uncheck();
    await expect.poll(async () => (await canvasEdgeIds(page)).length).toBe(before - 1);

    // Export as Turtle: it parses, and names the drawn items.
    await page.getByRole("button", { name: "Export…" }).click();
    const exportDialog = page.getByRole("dialog", { name: "Export" });
    await exportDialog.getByRole("combobox", { name: "Format" }).selectOption("turtle");
    const [file] = (await Promise.all([
      page.waitForEvent("download"),
      exportDialog.getByRole("button", { name: "Download" }).click(),
    ])) as [Download, unknown];
    const turtle = readFileSync((await file.path())!, "utf8");
    const quads = new Parser().parse(turtle);
    expect(quads.some((q) => q.object.value === "Example Alpha Network")).toBe(true);
    await exportDialog.getByRole("button", { name: "Close export" }).click();

    // The link carries the endpoint, the profile, the drawn actor and the expansions.
    const link = page.url();
    const params = new URL(link).searchParams;
    expect(params.get("db")).toBe(virtuoso.endpoint);
    expect(params.get("profile")).toBe("wikidata");
    expect(params.get("seeds")).toBe("q990000001");
    expect(params.get("expand")).toBe("q990000001~1,q990000002~2");
    const shown = sorted(await canvasNodeIds(page));
    const edges = sorted(await canvasEdgeIds(page));
    errors.push(...app.errors);
    await page.close();

    const again = await openApp(browser, new URL(link).search, { width: 1366, height: 768 });
    await nodesBecome(again.page, shown);
    // The filter came back with the link too.
    expect(sorted(await canvasEdgeIds(again.page))).toEqual(edges);
    errors.push(...again.errors);
    await again.page.close();
    expect(errors).toEqual([]);
  }, 300_000);

  it("a generic RDF store: the mapping dialog chooses predicates and classes, then search, expand, cite, reopen", async () => {
    const app = await openApp(browser, "", { width: 1366, height: 768 });
    const { page } = app;
    await page.getByRole("button", { name: "Database (SPARQL)…" }).click();
    const dialog = databaseDialog(page);
    // A Virtuoso endpoint's default dataset holds its own system graphs too: the address names the graph.
    const endpoint = `${generic.endpoint}?default-graph-uri=${encodeURIComponent(GENERIC_GRAPH)}`;
    await dialog.getByLabel("Endpoint").fill(endpoint);
    await dialog.getByLabel("Profile").selectOption("rdf");
    await dialog.getByLabel("Search").fill("gamma");
    await dialog.getByRole("button", { name: "Search", exact: true }).click();

    // The store was asked what it holds; the import mapping dialog lists it to follow or skip.
    const mapping = page.getByRole("dialog", { name: /\(rdf\)/ });
    const predicates = mapping.getByRole("group", { name: /Predicates/ });
    await expect.poll(() => predicates.getByRole("checkbox").count(), { timeout: 60_000 }).toBe(3);
    await expect.poll(() => mapping.innerText()).toContain("funds (4 in the sample");
    await predicates.getByRole("checkbox", { name: /ally of/ }).uncheck();
    await mapping.getByLabel("Label", { exact: true }).selectOption("skos:prefLabel");
    await mapping.getByRole("button", { name: "Open", exact: true }).click();

    await dialog.getByRole("checkbox", { name: /Gamma/ }).check({ timeout: 60_000 });
    await dialog.getByRole("button", { name: "Draw 1 actor" }).click();
    await expect.poll(async () => (await canvasNodeIds(page)).length, { timeout: 60_000 }).toBe(1);
    const [gamma] = await canvasNodeIds(page);
    await waitForGraph(page);

    await expand(page, gamma!, "1");
    // Northland funds and trains Gamma; Delta, its ally, is behind the predicate skipped.
    await expect.poll(async () => (await canvasNodeIds(page)).length, { timeout: 60_000 }).toBe(2);
    await expect.poll(async () => (await canvasEdgeIds(page)).length).toBe(2);
    await waitForGraph(page);
    await expect
      .poll(() => panel(page).innerText(), { timeout: 60_000 })
      .toContain("2 new statements loaded around this actor");
    const north = (await canvasNodeIds(page)).find((id) => id !== gamma)!;
    await clickNode(page, north);
    await expect.poll(() => panel(page).innerText()).toContain("Northland");
    const text = await panel(page).innerText();
    expect(text).toMatch(/Statements at 127\.0\.0\.1:\d+ without a reference/);
    expect(text).not.toContain("Error");

    const link = page.url();
    const params = new URL(link).searchParams;
    expect(params.get("profile")).toBe("rdf");
    expect(params.get("seeds")).toBe("http://example.org/generic/gamma");
    expect(JSON.parse(params.get("vocab")!).predicates).toEqual([
      "http://example.org/ontology#funds",
      "http://example.org/ontology#trains",
    ]);
    const shown = sorted(await canvasNodeIds(page));
    const edges = sorted(await canvasEdgeIds(page));
    errors.push(...app.errors);
    await page.close();

    // The link opens the same view without asking again: its vocabulary came along.
    const again = await openApp(browser, new URL(link).search, { width: 1366, height: 768 });
    await nodesBecome(again.page, shown);
    expect(sorted(await canvasEdgeIds(again.page))).toEqual(edges);
    errors.push(...again.errors);
    await again.page.close();
    expect(errors).toEqual([]);
  }, 300_000);
});
