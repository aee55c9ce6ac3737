// The app by keyboard alone (no mouse anywhere in this file): skip links, `/` and `?` from anywhere
// but a text field, focus on the details heading after search, dialogs that keep focus and give it
// back, the canvas's arrows and `[` `]`, one page that never scrolls, and one whole task walked through.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appPagePerTest, canvasEdgeIds } from "./browser";
import { readBundledDataset } from "./datasetFacts";

const dataset = readBundledDataset();
const hezbollahEdges = dataset.edges.filter((e) => e.source === "hezbollah" || e.target === "hezbollah");

/** What has focus, in words a test can compare. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      id: active?.id ?? "",
      tag: active?.tagName ?? "",
      text: (active?.getAttribute("aria-label") ?? active?.textContent ?? "").trim(),
      inDialog: !!active?.closest("[role=dialog],[role=alertdialog]"),
    };
  });

/** Presses Tab until `wanted` holds for the focused element; fails after `max` presses. */
async function tabTo(
  page: Page,
  wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  max = 60,
  key = "Tab",
): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    if (wanted(await focused(page))) return presses;
  }
  throw new Error(`not reached in ${max} presses of ${key}; focus on ${JSON.stringify(await focused(page))}`);
}

/** Uses a skip link: `/` to the search, Shift+Tab back to the link, Enter. */
async function skipTo(page: Page, link: string): Promise<void> {
  await page.keyboard.press("/");
  await tabTo(page, (f) => f.text === link, 8, "Shift+Tab");
  await page.keyboard.press("Enter");
}

/** The canvas's toolbar (Export…, the layout) sits just before the canvas: Shift+Tab from it. */
async function toToolbarButton(page: Page, button: string): Promise<void> {
  await skipTo(page, "Skip to the canvas");
  await tabTo(page, (f) => f.text === button, 15, "Shift+Tab");
}

const nodeIds = new Set(dataset.nodes.map((n) => n.id));
/** What the canvas shows selected (one actor or one relationship here), or null. */
async function selection(page: Page): Promise<{ kind: "node" | "edge"; id: string } | null> {
  const ids = await page.evaluate(() => window.__explorer?.selectedIds() ?? []);
  const id = ids[0];
  return id === undefined ? null : { kind: nodeIds.has(id) ? "node" : "edge", id };
}
const announced = (page: Page) => page.getByTestId("announcer").innerText();

describe("the keyboard", () => {
  let page: Page;
  appPagePerTest((current) => ({ page } = current));

  it("skip links come first; the page is exactly the viewport, whatever has focus", async () => {
    await page.keyboard.press("Tab");
    expect((await focused(page)).text).toBe("Skip to the canvas");
    await page.keyboard.press("Enter");
    expect((await focused(page)).id).toBe("graph-canvas");
    for (let i = 0; i < 40; i++) await page.keyboard.press("Tab");
    const { scrollHeight, innerHeight, scrollY } = await page.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      innerHeight: window.innerHeight,
      scrollY: window.scrollY,
    }));
    expect(scrollHeight).toBeLessThanOrEqual(innerHeight);
    expect(scrollY).toBe(0);
  });

  it("/ focuses search from a checkbox and a select; Enter puts focus on the actor's name", async () => {
    await page.getByRole("checkbox").first().focus();
    await page.keyboard.press("/");
    expect((await focused(page)).id).toBe("actor-search");
    await page.getByRole("combobox", { name: "Dataset" }).focus();
    await page.keyboard.press("/");
    expect((await focused(page)).id).toBe("actor-search");
    await page.keyboard.type("Hizballah");
    await page.getByRole("option", { name: /^Hezbollah/ }).waitFor();
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toMatchObject({ id: "details-heading", text: "Hezbollah" });
    await expect
      .poll(() => announced(page))
      .toBe(`Hezbollah selected: ${hezbollahEdges.length} relationships`);
    // The panel is not a live region any more: the one sentence above is what is read.
    expect(await page.locator(".details-panel").getAttribute("aria-live")).toBeNull();
  });

  it.each([
    ["export dialog", "Export…", "Export"],
    ["shortcut sheet", "Shortcuts", "Keyboard shortcuts"],
  ])("the %s keeps focus inside and gives it back to its button", async (_name, button, title) => {
    if (button === "Shortcuts") await tabTo(page, (f) => f.text === button, 10);
    else await toToolbarButton(page, button);
    await page.keyboard.press("Enter");
    await page.getByRole("dialog", { name: title }).waitFor();
    await expect.poll(async () => (await focused(page)).inDialog).toBe(true);
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press(i % 3 === 2 ? "Shift+Tab" : "Tab");
      expect((await focused(page)).inDialog).toBe(true);
    }
    await page.keyboard.press("Escape");
    await page.getByRole("dialog", { name: title }).waitFor({ state: "detached" });
    expect((await focused(page)).text).toBe(button);
  });

  it("? opens the shortcut sheet from a checkbox but not from the search field", async () => {
    await page.getByRole("checkbox").first().focus();
    await page.keyboard.press("?");
    await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor();
    await page.keyboard.press("Escape");
    await page.keyboard.press("/");
    await page.keyboard.press("?");
    expect(await page.getByRole("dialog").count()).toBe(0);
    expect(await page.getByRole("combobox", { name: "Search actors" }).inputValue()).toBe("?");
  });

  it("on the canvas: arrows select actors, ] and [ walk relationships, Esc steps back", async () => {
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter"); // Skip to the canvas
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => selection(page)).toMatchObject({ kind: "node" });
    const first = (await selection(page))!.id;
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await selection(page))?.id).not.toBe(first);
    const actor = (await selection(page))!.id;
    const own = dataset.edges.filter((e) => e.source === actor || e.target === actor).map((e) => e.id);
    await page.keyboard.press("]");
    await expect.poll(() => selection(page)).toMatchObject({ kind: "edge" });
    expect(own).toContain((await selection(page))!.id);
    if (own.length > 1) {
      const edge = (await selection(page))!.id;
      await page.keyboard.press("]");
      await expect.poll(async () => (await selection(page))?.id).not.toBe(edge);
      await page.keyboard.press("[");
      await expect.poll(async () => (await selection(page))?.id).toBe(edge);
    }
    await page.keyboard.press("Escape");
    await expect.poll(() => selection(page)).toMatchObject({ kind: "node", id: actor });
    await page.keyboard.press("Escape");
    await expect.poll(() => selection(page)).toBeNull();
    expect((await focused(page)).id).toBe("graph-canvas");
  });

  it("a whole task: search, read the relationships, follow one, filter to its type, export the selection", async () => {
    // Search an actor.
    await page.keyboard.press("/");
    await page.keyboard.type("Hizballah");
    await page.getByRole("option", { name: /^Hezbollah/ }).waitFor();
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toMatchObject({ id: "details-heading", text: "Hezbollah" });

    // Read its relationships: the first is a few Tabs away, and following it opens the other actor.
    const presses = await tabTo(page, (f) => f.text.startsWith("Details of the relationship with "), 15);
    expect(presses).toBeLessThan(15);
    await page.keyboard.press("Shift+Tab"); // the other actor's name, just before
    const other = (await focused(page)).text;
    expect(other).not.toBe("Hezbollah");
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toMatchObject({ id: "details-heading", text: other });
    const followed = dataset.nodes.find((n) => n.label === other)!;
    const via = hezbollahEdges.find((e) => e.source === followed.id || e.target === followed.id)!;
    const type = dataset.relationshipTypes.find((t) => t.id === via.type)!;

    // Filter to that relationship type only, from the skip link to the filters.
    await skipTo(page, "Skip to the filters");
    expect((await focused(page)).id).toBe("filters");
    // Relationship types are filed under folded groups: open the type's group, then its "only".
    await tabTo(page, (f) => f.tag === "BUTTON" && f.text.startsWith(type.group ?? "Other"));
    await page.keyboard.press("Enter");
    await tabTo(page, (f) => f.text === `Only ${type.label}`);
    await page.keyboard.press("Enter");
    await expect
      .poll(async () =>
        (await canvasEdgeIds(page)).every((id) => dataset.edges.find((e) => e.id === id)?.type === type.id),
      )
      .toBe(true);
    expect(await canvasEdgeIds(page)).toContain(via.id);

    // Export the selected actor: the dialog, the scope by arrow keys, Download.
    await toToolbarButton(page, "Export…");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Export" });
    await dialog.waitFor();
    await tabTo(page, (f) => f.inDialog && f.tag === "INPUT", 5);
    while (!(await dialog.getByRole("radio", { name: /^Selected actors/ }).isChecked()))
      await page.keyboard.press("ArrowDown");
    await tabTo(page, (f) => f.text === "Download", 20);
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toMatch(/selection/);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect((await focused(page)).text).toBe("Export…");
  });
});
