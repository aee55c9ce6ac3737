// Filters, focus, paths and the URL in a real browser on the production build.
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { indexDataset } from "../../src/domain/dataset/datasetIndex";
import { shortestPaths } from "../../src/domain/view/paths";

import {
  canvasEdgeIds,
  canvasNodeIds,
  clickNode,
  appPagePerTest,
  openRelationshipGroups,
  waitForGraph,
  waitPatiently,
} from "./browser";
import { readBundledDataset } from "./datasetFacts";
import { relationshipClause } from "../../src/domain/dataset/relationships";
import { dateSpanYears } from "../../src/domain/dataset/dates";

const dataset = readBundledDataset();
const index = indexDataset(dataset);
const sorted = (ids: Iterable<string>) => [...ids].sort();
const group = (page: Page, name: string) => page.getByRole("group", { name: new RegExp(`^${name}`) });
const selectedOnCanvas = (page: Page) => page.evaluate(() => window.__explorer?.selectedIds() ?? []);
const edgeCount = (type: string) => dataset.edges.filter((e) => e.type === type).length;
// A relationship type to hide, read from the data: the least used one (ties by id), so most stays.
const hiddenType = dataset.relationshipTypes
  .filter((t) => edgeCount(t.id) > 0)
  .sort((a, b) => edgeCount(a.id) - edgeCount(b.id) || a.id.localeCompare(b.id))[0]!;
const typeCheckbox = (page: Page) =>
  group(page, "Relationships").getByRole("checkbox", { name: hiddenType.label, exact: true });

describe("filters, focus, paths and links", () => {
  let browser: Browser;
  let page: Page;
  appPagePerTest((current) => ({ browser, page } = current));

  it("unchecking a relationship type removes exactly its relationships, and nothing moves", async () => {
    const before = await page.evaluate(() => window.__explorer!.positions());
    await openRelationshipGroups(page);
    await typeCheckbox(page).uncheck();
    const expected = dataset.edges.filter((e) => e.type !== hiddenType.id).map((e) => e.id);
    await expect.poll(async () => sorted(await canvasEdgeIds(page))).toEqual(sorted(expected));
    const after = await page.evaluate(() => window.__explorer!.positions());
    for (const [id, position] of Object.entries(after)) expect(position).toEqual(before[id]);
    await typeCheckbox(page).check();
    await expect.poll(async () => (await canvasEdgeIds(page)).length).toBe(dataset.edges.length);
  });

  it("a year range keeps overlapping and undated relationships; undated ones can be hidden", async () => {
    const [from, to] = [2015, 2019];
    await page.getByRole("spinbutton", { name: "From year" }).fill(String(from));
    await page.getByRole("spinbutton", { name: "To year" }).fill(String(to));
    await page.getByRole("spinbutton", { name: "To year" }).press("Enter");
    const overlaps = (start?: string, end?: string) => {
      const span = dateSpanYears(start, end);
      return !span || (span[0] <= to && span[1] >= from);
    };
    const nodeOk = new Set(dataset.nodes.filter((n) => overlaps(n.start, n.end)).map((n) => n.id));
    const expectEdges = (includeUndated: boolean) =>
      dataset.edges
        .filter((e) => nodeOk.has(e.source) && nodeOk.has(e.target))
        .filter((e) => (e.start || e.end ? overlaps(e.start, e.end) : includeUndated))
        .map((e) => e.id);
    await expect.poll(async () => sorted(await canvasEdgeIds(page))).toEqual(sorted(expectEdges(true)));
    // e.g. the 1983 Beirut bombings are gone, the undated ties stay
    expect(await canvasNodeIds(page)).not.toContain("beirut-marine-barracks-bombing");
    await page.getByRole("checkbox", { name: "Keep undated relationships" }).uncheck();
    await expect.poll(async () => sorted(await canvasEdgeIds(page))).toEqual(sorted(expectEdges(false)));
    const shown = await canvasEdgeIds(page);
    for (const id of shown) {
      const edge = index.edgesById.get(id)!;
      expect(edge.start || edge.end).toBeTruthy();
    }
  });

  it("focus with 1 hop shows exactly the actor and its neighbours; double-click adds to it", async () => {
    const focus = "qasem-soleimani";
    await clickNode(page, focus);
    await page.getByRole("button", { name: "Focus", exact: true }).click();
    const neighbours = new Set([focus]);
    for (const e of index.edgesByNode.get(focus)!) neighbours.add(e.source).add(e.target);
    await expect.poll(async () => sorted(await canvasNodeIds(page))).toEqual(sorted(neighbours));
    const expectedEdges = dataset.edges.filter((e) => neighbours.has(e.source) && neighbours.has(e.target));
    expect(sorted(await canvasEdgeIds(page))).toEqual(sorted(expectedEdges.map((e) => e.id)));
    await expect
      .poll(() => page.getByRole("region", { name: "Focus" }).innerText())
      .toContain("Qasem Soleimani");

    // Double-click a neighbour: its neighbours join the focus.
    const other = [...neighbours].find((id) => id !== focus && (index.edgesByNode.get(id)?.length ?? 0) > 1)!;
    const point = await page.evaluate((id) => window.__explorer!.nodePagePosition(id), other);
    await page.mouse.dblclick(point!.x, point!.y);
    for (const e of index.edgesByNode.get(other)!) neighbours.add(e.source).add(e.target);
    await expect.poll(async () => sorted(await canvasNodeIds(page))).toEqual(sorted(neighbours));
    await page.getByRole("button", { name: "Clear focus" }).first().click();
    await expect.poll(async () => (await canvasNodeIds(page)).length).toBe(dataset.nodes.length);
  });

  it("the path finder shows a known path, step by step with citations", async () => {
    const from = "donald-trump";
    const to = "hezbollah";
    const expected = shortestPaths(index, new Set(index.edgesById.keys()), { from, to, directed: false });
    expect(expected.length).toBeGreaterThan(1);
    const finder = group(page, "Path finder");
    await finder.getByRole("combobox", { name: "From actor" }).fill("Trump");
    await finder.getByRole("option", { name: /^Donald Trump/ }).click();
    await finder.getByRole("combobox", { name: "To actor" }).fill("Hizballah");
    await finder.getByRole("option", { name: /^Hezbollah/ }).click();
    await finder.getByRole("button", { name: "Find path" }).click();
    const result = page.getByRole("region", { name: "Path" });
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toContain(`${expected.paths.length} shortest`);
    expect(text).toContain(`of ${expected.length} steps`);
    const firstPath = result.locator(".paths > li").first();
    const actorsInOrder = await firstPath.locator(".relationship-line > .link-button").allInnerTexts();
    const first = expected.paths[0]!;
    // Each step reads as a sentence in the relationship's own direction ("X designates Y").
    const labels = first
      .map((step) => relationshipClause(index, index.edgesById.get(step.edgeId)!, step.from))
      .flatMap((clause) => [clause.subject, clause.object])
      .map((id) => index.nodesById.get(id)!.label);
    expect(actorsInOrder).toEqual(labels);
    const quote = index.edgesById.get(first[0]!.edgeId)!.citations[0]!.quote!;
    expect((await firstPath.innerText()).replace(/\s+/g, " ")).toContain(quote.replace(/\s+/g, " "));
    await page.screenshot({ path: "screenshots/path.png" });

    // Filtering out every relationship type makes "no path" plain.
    await group(page, "Relationships")
      .getByRole("button", { name: "Show none of the relationships" })
      .click();
    await expect.poll(() => result.innerText()).toContain("No path");
  });

  it("a copied link reproduces the view, and back/forward step through it", async () => {
    await openRelationshipGroups(page);
    await group(page, "Relationships")
      .getByRole("checkbox", { name: /Designates/ })
      .uncheck();
    await clickNode(page, "quds-force");
    await page.getByRole("button", { name: "Focus", exact: true }).click();
    await page.getByRole("combobox", { name: "Hops" }).selectOption("2");
    await page.getByRole("button", { name: "Zoom in" }).click();
    // The viewport is written to the URL once the zoom has settled: wait until the URL has the zoom shown.
    const zoomInUrl = () => Number(new URL(page.url()).searchParams.get("z"));
    const shownZoom = () => page.evaluate(() => Math.round(window.__explorer!.zoom() * 1000) / 1000);
    await expect
      .poll(async () => zoomInUrl() === (await shownZoom()) && zoomInUrl() > 0, { timeout: 30_000 })
      .toBe(true);
    const url = page.url();
    expect(url).toContain("focus=quds-force");
    const state = async (p: Page) => ({
      nodes: sorted(await canvasNodeIds(p)),
      edges: sorted(await canvasEdgeIds(p)),
      selected: await selectedOnCanvas(p),
      zoom: Math.round((await p.evaluate(() => window.__explorer!.zoom())) * 100),
      heading: await p.locator(".details-panel h2").first().innerText(),
    });
    const original = await state(page);

    const second = waitPatiently(await browser.newPage({ viewport: { width: 1440, height: 900 } }));
    await second.goto(url);
    await waitForGraph(second);
    await expect.poll(() => state(second)).toEqual(original);
    await second.close();

    // Back: the hops change is undone, then the focus, then the selection.
    await page.goBack();
    await expect.poll(() => page.getByRole("combobox", { name: "Hops" }).inputValue()).toBe("1");
    await page.goBack();
    await expect.poll(() => page.getByRole("region", { name: "Focus" }).count()).toBe(0);
    await page.goBack();
    await expect.poll(() => selectedOnCanvas(page)).toEqual([]);
    await page.goForward();
    await expect.poll(() => selectedOnCanvas(page)).toEqual(["quds-force"]);
  });

  it("unknown values in a link are ignored with a notice, never a crash", async () => {
    const other = waitPatiently(await browser.newPage({ viewport: { width: 1440, height: 900 } }));
    await other.goto(`${page.url().split("?")[0]}?hops=9&sel=n:nobody&layout=cola&hide=${hiddenType.id}`);
    await waitForGraph(other);
    const notices = await other.getByRole("status").filter({ hasText: "Ignored" }).innerText();
    expect(notices).toContain("hops");
    expect(notices).toContain("nobody");
    expect(notices).toContain("cola");
    const expected = dataset.edges.filter((e) => e.type !== hiddenType.id).map((e) => e.id);
    await expect.poll(async () => sorted(await canvasEdgeIds(other))).toEqual(sorted(expected));
    await other.close();
  });
});
