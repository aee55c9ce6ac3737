// A very large dataset in a real browser: a generated 50,000-actor file opens in the overview (its
// communities as groups), a group expands in place and collapses again, search reaches an actor in
// a collapsed group and expands it, a filter changes what the groups count, and a link reopens the
// file with its groups expanded. What must be drawn is worked out here with the same domain code
// (grouping is deterministic), so every check compares the canvas with the exact expected ids.
import type { Browser, Page } from "playwright-core";
import { rmSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate/generateDataset";
import { readBundledVocabulary } from "../../scripts/generate/vocabulary";
import { indexDataset } from "../../src/domain/dataset/datasetIndex";
import { groupActors, groupingInputOf } from "../../src/domain/overview/grouping";
import { groupNodeId, overviewOf } from "../../src/domain/overview/overviewView";
import { applyView, DEFAULT_FILTERS, DEFAULT_VIEW_SPEC } from "../../src/domain/view/filters";
import {
  baseUrl,
  canvasEdgeIds,
  canvasNodeIds,
  clickNode,
  launchBrowser,
  openApp,
  openRelationshipGroups,
} from "./browser";

const ACTORS = 50_000;
const dataset = generateDataset(
  { actors: ACTORS, relationships: 3 * ACTORS, seed: 103 },
  readBundledVocabulary(),
);
const index = indexDataset(dataset);
const grouping = groupActors(groupingInputOf(dataset));
const FILE = "overview-50k.json";

/** What the overview must draw: node and edge ids, sorted. */
function expected(expandedKeys: string[], hiddenRelationshipTypes: string[] = []) {
  const spec = { ...DEFAULT_VIEW_SPEC, filters: { ...DEFAULT_FILTERS, hiddenRelationshipTypes } };
  const view = overviewOf(index, applyView(index, spec), grouping, new Set(expandedKeys));
  return { nodes: [...view.nodeIds].sort(), edges: [...view.edgeIds].sort() };
}

const drawn = async (page: Page) => ({
  nodes: (await canvasNodeIds(page)).sort(),
  edges: (await canvasEdgeIds(page)).sort(),
});
const settled = (page: Page) => page.evaluate(() => window.__explorer!.isSettled());
/** Waits (patiently) until the canvas, settled, draws exactly this. */
async function expectDrawn(page: Page, want: ReturnType<typeof expected>): Promise<void> {
  await expect
    .poll(async () => ((await settled(page)) ? drawn(page) : null), { timeout: 240_000, interval: 500 })
    .toEqual(want);
}
const expandedInUrl = (page: Page) => new URL(page.url()).searchParams.get("groups");

// The largest group, and an actor far from it (in the last community group) to search for.
const first = grouping.groups[0]!;
const otherGroup = grouping.groups.filter((g) => g.kind === "community").at(-1)!;
const sought = dataset.nodes.find(
  (n, i) => grouping.groupOf[i] === grouping.groups.indexOf(otherGroup) && n.id !== otherGroup.key,
)!;

describe("the overview of a 50,000-actor dataset", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    // Served from the app's own origin, for the link test (globalSetup copies fixtures there).
    writeFileSync(`dist-e2e/fixtures/${FILE}`, JSON.stringify(dataset));
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(`dist-e2e/fixtures/${FILE}`, { force: true });
  });

  it("opens as groups; expands a group, collapses it; search expands an actor's group; a filter recounts", async () => {
    const { page, errors } = await openApp(browser);
    await page.getByTestId("dataset-file-input").setInputFiles(`dist-e2e/fixtures/${FILE}`);

    // Opened as its groups: a few hundred discs and the strongest links between them, nothing more.
    const collapsed = expected([]);
    await expectDrawn(page, collapsed);
    expect(collapsed.nodes.length).toBe(grouping.groups.length);
    expect(collapsed.nodes.length + collapsed.edges.length).toBeLessThan(3_000);
    const bar = page.getByRole("region", { name: "Overview" });
    await expect.poll(() => bar.textContent()).toContain(`50,000 actors in ${grouping.groups.length} groups`);

    // A click on the largest group draws its actors in place, and the link records it.
    await clickNode(page, groupNodeId(first.key));
    const opened = expected([first.key]);
    await expectDrawn(page, opened);
    expect(opened.nodes.length).toBe(grouping.groups.length + first.size);
    expect(expandedInUrl(page)).toBe(first.key);

    // Collapsed again from the bar.
    await bar.getByRole("button", { name: /^Collapse / }).click();
    await expectDrawn(page, collapsed);
    await expect.poll(() => expandedInUrl(page)).toBeNull();

    // Search reaches an actor in a collapsed group: the group expands, the actor is selected.
    await page.locator("#actor-search").fill(sought.label);
    await page
      .getByRole("option", { name: new RegExp(`^${sought.label}`) })
      .first()
      .click();
    await expectDrawn(page, expected([otherGroup.key]));
    await expect.poll(() => page.evaluate(() => window.__explorer!.selectedIds())).toEqual([sought.id]);
    await expect.poll(() => page.locator("#details-heading").textContent()).toBe(sought.label);

    // A relationship type hidden: fewer relationships drawn and counted, the group still expanded.
    await openRelationshipGroups(page);
    await page.getByRole("checkbox", { name: "Funds", exact: true }).uncheck();
    const filtered = expected([otherGroup.key], ["funds"]);
    await expectDrawn(page, filtered);
    expect(filtered.edges.some((id) => id.endsWith("::funds"))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  }, 600_000);

  it("a link reopens the file with the groups it lists expanded", async () => {
    const url = `${baseUrl()}fixtures/${FILE}`;
    const keys = [first.key, otherGroup.key];
    const { page, errors } = await openApp(
      browser,
      `?url=${encodeURIComponent(url)}&groups=${keys.join(",")}`,
    );
    await expectDrawn(page, expected(keys));
    const bar = page.getByRole("region", { name: "Overview" });
    // Each listed with its own Collapse, and one for all.
    await expect.poll(() => bar.locator("[data-group]").count()).toBe(2);
    await expect.poll(() => bar.getByRole("button", { name: "Collapse all" }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 600_000);
});
