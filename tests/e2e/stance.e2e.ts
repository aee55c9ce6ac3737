// How a source states a claim, in a real browser on the production build: the designations dataset
// reports many of its relationships as what an official body claims; the panel says so in words, and
// the facts-only filter takes the claimed-only ones off the canvas.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { indexDataset } from "../../src/domain/dataset/datasetIndex";
import { isClaimedOnly, isStatedAsFact } from "../../src/domain/dataset/citations";
import { appPagePerTest, baseUrl, canvasEdgeIds, clickNode, waitForGraph } from "./browser";
import { readBundledDataset } from "./datasetFacts";

const FILE = "iran-backed-groups-designations.json";
const dataset = readBundledDataset(FILE);
const index = indexDataset(dataset);
const sorted = (ids: Iterable<string>) => [...ids].sort();

// A relationship every source reports as someone's claim, the only one between its two actors (so
// the actor's list names it unambiguously), read from the data rather than copied into the test.
const claimed = dataset.edges.find(
  (edge) =>
    isClaimedOnly(edge.citations) &&
    edge.citations[0]?.claimedBy &&
    (index.edgesByNode.get(edge.source) ?? []).filter(
      (e) => e.source === edge.target || e.target === edge.target,
    ).length === 1,
)!;
const claimant = claimed.citations[0]!.claimedBy!;
const target = index.nodesById.get(claimed.target)!;

describe("how the sources state it", () => {
  let page: Page;
  appPagePerTest((current) => ({ page } = current));

  it("a claimed relationship says whose claim it is; facts only takes the claimed ones off the canvas", async () => {
    expect(dataset.edges.filter((e) => isClaimedOnly(e.citations)).length).toBeGreaterThan(10);
    await page.goto(`${baseUrl()}?d=${FILE}`);
    await waitForGraph(page);
    await expect.poll(() => page.evaluate(() => window.__explorer?.datasetTitle())).toBe(dataset.title);
    await clickNode(page, claimed.source);
    const list = page.locator(".details-panel li.relationship", {
      has: page.getByRole("button", { name: target.label, exact: true }),
    });
    await expect.poll(() => list.locator(".stated-as").innerText()).toBe("claimed");
    await page.getByRole("button", { name: `Details of the relationship with ${target.label}` }).click();

    const panel = page.getByRole("complementary", { name: "Details" });
    await expect.poll(() => panel.locator("h2").innerText()).toContain("claimed");
    expect(await panel.getByText(`Reported as a claim by ${claimant}`).count()).toBeGreaterThan(0);

    await page.screenshot({ path: "screenshots/stance-claimed.png" });

    await page.getByRole("checkbox", { name: "Only relationships stated as fact" }).check();
    const stated = dataset.edges.filter((e) => e.citations.some(isStatedAsFact)).map((e) => e.id);
    await expect.poll(async () => sorted(await canvasEdgeIds(page))).toEqual(sorted(stated));
    expect(await canvasEdgeIds(page)).not.toContain(claimed.id);
    expect(page.url()).toContain("facts=1");
    await page.screenshot({ path: "screenshots/stance-facts-only.png" });
  });
});
