// Network measures in a real browser on the production build: computed in the worker on what is
// shown, read in the details panel, recomputed when a filter changes, and actors sized by them on
// the canvas, kept in the link. Expected values come from the same domain code run on the data file.
import type { Browser, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { communityColor } from "../../src/domain/view/colorBy";
import { indexDataset } from "../../src/domain/dataset/datasetIndex";
import { describeRank, rankOf } from "../../src/domain/measures/explain";
import { computeMeasures } from "../../src/domain/measures/measures";
import { shownGraphOf } from "../../src/domain/measures/shownGraph";
import { applyView, DEFAULT_FILTERS, DEFAULT_VIEW_SPEC } from "../../src/domain/view/filters";
import { appPagePerTest, baseUrl, clickNode, openRelationshipGroups, waitForGraph } from "./browser";
import { readBundledDataset } from "./datasetFacts";

const dataset = readBundledDataset();
const index = indexDataset(dataset);
const ACTOR = "quds-force";

/** The relationship type with most of the actor's relationships: filtering to it changes its measures. */
const onlyType = [...new Set(dataset.edges.map((e) => e.type))]
  .map((type) => ({
    type,
    count: dataset.edges.filter((e) => e.type === type && (e.source === ACTOR || e.target === ACTOR)).length,
  }))
  .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type))[0]!.type;
const onlyLabel = index.relationshipTypesById.get(onlyType)!.label;

function expectedDegree(hidden: string[]): { value: string; rank: string } {
  const spec = { ...DEFAULT_VIEW_SPEC, filters: { ...DEFAULT_FILTERS, hiddenRelationshipTypes: hidden } };
  const measures = computeMeasures(shownGraphOf(index, applyView(index, spec)));
  const at = measures.actorIds.indexOf(ACTOR);
  return { value: String(measures.degree[at]), rank: describeRank(rankOf(measures.degree, at)) };
}

const measureRow = (page: Page, name: string) =>
  page
    .getByTestId("measures")
    .locator("summary")
    .filter({ hasText: new RegExp(`^${name}`) });

const sizes = (page: Page) => page.evaluate(() => window.__explorer!.nodeSizes());
const colours = (page: Page) => page.evaluate(() => window.__explorer!.nodeColours());
/** "#0072B2" as Cytoscape reports a colour: "rgb(0,114,178)". */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(",")})`;

describe("network measures", () => {
  let page: Page;
  let browser: Browser;
  appPagePerTest((current) => ({ page, browser } = current));

  it("shows the selected actor's measures, with the relationships behind them, and recomputes them on a filter", async () => {
    await clickNode(page, ACTOR);
    const all = expectedDegree([]);
    await expect.poll(() => measureRow(page, "Degree").textContent()).toBe(`Degree ${all.value} ${all.rank}`);
    await expect.poll(() => measureRow(page, "Betweenness").count()).toBe(1);
    // Opening the degree names the relationships it counts, each opening its citations.
    await measureRow(page, "Degree").click();
    const note = page.getByTestId("measures").locator(".measure-note").first();
    const counted = note.getByTitle(/^Open this relationship and its citations/);
    await expect.poll(() => counted.count()).toBe(Math.min(6, Number(all.value)));

    // "only" shows on the type's row when it is hovered (or focused), in its opened group.
    await openRelationshipGroups(page);
    // (A type of the selected actor's relationships is named "… (the selection has these)".)
    await page.getByRole("checkbox", { name: new RegExp(`^${onlyLabel}( \\(|$)`) }).hover();
    await page.getByRole("button", { name: `Only ${onlyLabel}`, exact: true }).click();
    const hidden = dataset.relationshipTypes.map((t) => t.id).filter((t) => t !== onlyType);
    const filtered = expectedDegree(hidden);
    expect(filtered.value).not.toBe(all.value);
    await expect
      .poll(() => measureRow(page, "Degree").textContent())
      .toBe(`Degree ${filtered.value} ${filtered.rank}`);
  });

  it("sizes actors by betweenness, and a link keeps it", async () => {
    const before = await sizes(page);
    await page.getByRole("combobox", { name: "Size actors by" }).selectOption("betweenness");
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain("size=betweenness");
    await expect.poll(() => page.evaluate(() => window.__explorer!.measuresStatus())).toBe("ready");
    await expect.poll(async () => JSON.stringify(await sizes(page))).not.toBe(JSON.stringify(before));
    const measures = computeMeasures(shownGraphOf(index, applyView(index, DEFAULT_VIEW_SPEC)));
    const broker = measures.actorIds[measures.betweenness.indexOf(Math.max(...measures.betweenness))]!;
    const zero = measures.actorIds.find((_, i) => measures.betweenness[i] === 0)!;
    const drawn = await sizes(page);
    expect(new Set(Object.values(drawn)).size).toBeGreaterThan(2);
    expect(drawn[broker]).toBe(Math.max(...Object.values(drawn)));
    expect(drawn[zero]!).toBeLessThan(drawn[broker]!);
    await expect.poll(() => page.getByTestId("size-legend").textContent()).toMatch(/Betweenness/);

    const link = page.url();
    const again = await browser.newPage();
    await again.goto(link);
    await waitForGraph(again);
    expect(await again.getByRole("combobox", { name: "Size actors by" }).inputValue()).toBe("betweenness");
    await expect.poll(async () => JSON.stringify(await sizes(again))).toBe(JSON.stringify(drawn));
    await again.close();
    expect(link.startsWith(baseUrl())).toBe(true);
  });

  it("colours actors by community, says so in the legend, keeps it in the link and in an exported SVG", async () => {
    const typeColours = await colours(page);
    await page.getByRole("combobox", { name: "Colour actors by" }).selectOption("community");
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain("color=community");
    await expect.poll(() => page.evaluate(() => window.__explorer!.measuresStatus())).toBe("ready");
    const measures = computeMeasures(shownGraphOf(index, applyView(index, DEFAULT_VIEW_SPEC)));
    const expected = Object.fromEntries(
      measures.actorIds.map((id, i) => [id, rgb(communityColor(measures.community[i]!))]),
    );
    await expect.poll(() => colours(page)).toEqual(expected);
    expect(expected).not.toEqual(typeColours);
    const legend = page.getByTestId("colour-legend");
    await expect
      .poll(() => legend.getByRole("listitem").first().textContent())
      .toMatch(/^Community 1: \d+ actors/);

    // The exported image draws the same colours, and its legend names the communities.
    await page.getByRole("button", { name: "Export…" }).click();
    const exportDialog = page.getByRole("dialog", { name: "Export" });
    await exportDialog.getByRole("combobox", { name: "Format" }).selectOption("svg");
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      exportDialog.getByRole("button", { name: "Download" }).click(),
    ]);
    const svg = readFileSync((await file.path())!, "utf8");
    const fills = Object.fromEntries(
      [...svg.matchAll(/<g class="node" data-id="([^"]+)"[^>]*><[^>]*? fill="([^"]+)"/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    expect(fills).toEqual(expected);
    expect(svg).toContain(">Community 1 (");
    await page.keyboard.press("Escape");

    // Back to types: the types' colours again, without redrawing the graph.
    await page.getByRole("combobox", { name: "Colour actors by" }).selectOption("type");
    await expect.poll(() => colours(page)).toEqual(typeColours);
    expect(await page.evaluate(() => window.location.search)).not.toContain("color=");
  });
});
