// The picture can be read: on both bundled datasets, at a laptop's and a desktop's window size, no two
// drawn labels overlap once the layout has settled, and the view shows the whole graph.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp } from "./browser";

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function overlapping(boxes: Record<string, Box>): string[] {
  const entries = Object.entries(boxes);
  const pairs: string[] = [];
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++)
      if (overlap(entries[i]![1], entries[j]![1])) pairs.push(`${entries[i]![0]} × ${entries[j]![0]}`);
  return pairs;
}

describe("labels keep apart", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ["quds-force.json", 1366, 768],
    ["quds-force.json", 1920, 1080],
    ["iran-backed-groups-designations.json", 1366, 768],
    ["iran-backed-groups-designations.json", 1920, 1080],
  ])("%s at %ix%i", async (file, width, height) => {
    const { page, errors } = await openApp(browser, `?d=${file}`, { width, height });
    const boxes = await page.evaluate(() => window.__explorer!.labelBoxes());
    expect(Object.keys(boxes).length, "labels are drawn at the first view").toBeGreaterThan(10);
    expect(overlapping(boxes)).toEqual([]);
    await page.screenshot({ path: `screenshots/labels-${file.replace(".json", "")}-${width}.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
