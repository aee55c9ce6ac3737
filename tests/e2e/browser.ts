// Launching the system Chromium and opening the app in it, with the console watched for errors.
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from "vitest";
// @ts-expect-error -- a plain .mjs helper shared with the benchmark
import { CHROMIUM_ARGS, findChromium } from "../../scripts/findChromium.mjs";

export async function launchBrowser(): Promise<Browser> {
  const executablePath = (findChromium as () => string | null)();
  if (!executablePath)
    throw new Error("No Chromium: run `apt-get install -y chromium` or set CHROMIUM_PATH.");
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS as string[] });
}

export interface AppPage {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

export const baseUrl = (): string => inject("baseUrl");

/**
 * Playwright waits 30 s by default for an action or event (a click, a download); on a starved machine
 * (`scripts/test-under-load.sh`) a 2x export of 2,000 actors takes longer than that. Waits stay on
 * conditions; only their limit grows, below the test's own time-out (vite.config.ts).
 */
export const PATIENT_WAIT_MS = 90_000;

export function waitPatiently(page: Page): Page {
  page.setDefaultTimeout(PATIENT_WAIT_MS);
  return page;
}

/**
 * Opens the app (optionally at a query string or hash) and waits until the canvas has drawn nodes.
 * In a browser context (one that routes requests, say) the context's own viewport applies.
 */
export async function openApp(
  source: Browser | BrowserContext,
  suffix = "",
  viewport = { width: 1440, height: 900 },
): Promise<AppPage> {
  const page =
    "newContext" in source
      ? await source.newPage({ viewport, acceptDownloads: true })
      : await source.newPage();
  waitPatiently(page);
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(baseUrl() + suffix);
  await waitForGraph(page);
  return { page, errors };
}

/**
 * The usual suite: one browser per test file, a fresh app page for each test, and every test ends
 * by checking that the page logged no errors. `use` receives the browser and the page before each test.
 */
export function appPagePerTest(use: (current: { browser: Browser; page: Page }) => void): void {
  let browser: Browser | undefined;
  let current: AppPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync("screenshots", { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    current = await openApp(browser!);
    use({ browser: browser!, page: current.page });
  });
  afterEach(async () => {
    expect(current?.errors).toEqual([]);
    await current?.page.close();
  });
}

export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window.__explorer?.nodeIds().length ?? 0) > 0 && window.__explorer?.isSettled(),
    undefined,
    { timeout: 60_000 },
  );
}

export async function canvasNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__explorer?.nodeIds() ?? []);
}

export async function canvasEdgeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__explorer?.edgeIds() ?? []);
}

/** Clicks a node where it is drawn on the real canvas. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => window.__explorer?.nodePagePosition(nodeId) ?? null, id);
  if (!point) throw new Error(`node ${id} is not on the canvas`);
  await page.mouse.click(point.x, point.y);
}

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** "a × b" for each two drawn labels whose boxes (window.__explorer.labelBoxes()) intersect. */
export function overlappingLabels(boxes: Record<string, Box>): string[] {
  const entries = Object.entries(boxes);
  const pairs: string[] = [];
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++)
      if (overlap(entries[i]![1], entries[j]![1])) pairs.push(`${entries[i]![0]} × ${entries[j]![0]}`);
  return pairs;
}

/** Opens every folded group of the relationship legend, so that each type's own row can be used. */
export async function openRelationshipGroups(page: Page): Promise<void> {
  const closed = page.getByRole("group", { name: /^Relationships/ }).locator("button[aria-expanded='false']");
  while ((await closed.count()) > 0) await closed.first().click();
}

/** Waits (on the default, patient poll limit) until the view has stopped moving: the same zoom and pan across two drawn frames. */
export async function waitForStillView(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const handle = window.__explorer!;
        const before = JSON.stringify([handle.zoom(), handle.pan()]);
        await handle.nextFrame(undefined, 500);
        await handle.nextFrame(undefined, 500);
        return handle.isSettled() && before === JSON.stringify([handle.zoom(), handle.pan()]);
      }),
    )
    .toBe(true);
}
