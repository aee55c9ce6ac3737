// Visual regression: the canvas and an exported PNG (the whole graph, at 1x) of the bundled dataset
// at a laptop's and a desktop's window size, compared pixel by pixel (pixelmatch) with the references in
// tests/e2e/visual/. The layout is seeded, the view is read once the app is settled and the view has
// stopped moving, and the page draws with the system's sans-serif (DejaVu Sans, which .ci/run
// installs), so a fresh machine gives the same picture; a label that moves or a colour that changes
// does not pass. On a failure the actual image and the difference are written to screenshots/.
//
// After an intended change of the picture, update the references (and look at them before
// committing): UPDATE_VISUAL=1 npm run test:e2e -- tests/e2e/visual.e2e.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import pixelmatch from "pixelmatch";
import type { Browser, Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp, waitForStillView } from "./browser";
import { readBundledDataset } from "./datasetFacts";

const REFERENCES = "tests/e2e/visual";
const UPDATE = process.env.UPDATE_VISUAL === "1";
/**
 * A pixel differs beyond pixelmatch's default colour distance (0.1), anti-aliased pixels ignored; at
 * most MAX_DIFFERING_SHARE of the image may differ. Measured on the 1366x768 canvas (60 pixels
 * allowed): the same build gives 0; labels moved 3 px down (the style's text-margin-y 4 -> 7) give
 * about 9,800. A stricter match (0.02, anti-aliasing counted) also caught a subtly lighter edge colour
 * (Supports #2563eb -> #3b82f6: 114) but failed on an unchanged build whose view ended a fraction of a
 * pixel elsewhere (24,762 at 1920x1080), so it is not used: a subtle colour change of thin edges is
 * caught by the colour census below instead.
 */
const MATCH_OPTIONS = { threshold: 0.1 };
const MAX_DIFFERING_SHARE = 0.0005;

/**
 * The image at half its size, each pixel the mean of four: the references stay small (they are
 * committed), and a label moved by two pixels or a changed colour still shows.
 */
function halved(image: PNG): PNG {
  const width = Math.floor(image.width / 2);
  const height = Math.floor(image.height / 2);
  const out = new PNG({ width, height });
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      for (let c = 0; c < 4; c++) {
        const at = (dx: number, dy: number) => image.data[((2 * y + dy) * image.width + 2 * x + dx) * 4 + c]!;
        out.data[(y * width + x) * 4 + c] = Math.round((at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1)) / 4);
      }
  return out;
}

/** Compares an image with its reference; with UPDATE_VISUAL=1 (or no reference yet) writes it instead. */
function compareWithReference(name: string, screenshot: Buffer): void {
  const path = `${REFERENCES}/${name}.png`;
  const actual = halved(PNG.sync.read(screenshot));
  const actualBytes = PNG.sync.write(actual, { deflateLevel: 9 });
  if (UPDATE || !existsSync(path)) {
    mkdirSync(REFERENCES, { recursive: true });
    writeFileSync(path, actualBytes);
    if (!UPDATE) throw new Error(`${path} did not exist: written now; look at it and commit it`);
    return;
  }
  const expected = PNG.sync.read(readFileSync(path));
  expect([actual.width, actual.height], `${name}: size`).toEqual([expected.width, expected.height]);
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(
    expected.data,
    actual.data,
    diff.data,
    actual.width,
    actual.height,
    MATCH_OPTIONS,
  );
  const allowed = Math.round(MAX_DIFFERING_SHARE * actual.width * actual.height);
  if (differing > allowed) {
    mkdirSync("screenshots", { recursive: true });
    writeFileSync(`screenshots/visual-${name}-actual.png`, actualBytes);
    writeFileSync(`screenshots/visual-${name}-diff.png`, PNG.sync.write(diff));
  }
  expect(
    differing,
    `${name}: pixels that differ from ${path} (see screenshots/visual-${name}-diff.png)`,
  ).toBeLessThanOrEqual(allowed);
}

/** Each vocabulary type as it is drawn: its id and colour. */
type Look = { id: string; kind: "node" | "relationship"; color: string };

function vocabularyLooks(): Look[] {
  const dataset = readBundledDataset();
  return [
    ...dataset.nodeTypes.map((t) => ({ id: `node ${t.id}`, kind: "node" as const, color: t.color })),
    ...dataset.relationshipTypes.map((t) => ({
      id: `relationship ${t.id}`,
      kind: "relationship" as const,
      color: t.color,
    })),
  ];
}

/**
 * How many pixels of the full-size image are each type's colour (within 2 per channel): its own colour
 * (shapes, legend swatches), or a relationship's colour as a line draws it (opacity 0.85 over the white
 * export or the canvas's #f8fafc). Thin edges hardly move pixelmatch's count when their colour
 * changes subtly, but every pixel of the old colour vanishes: Supports drawn #3b82f6 instead of
 * #2563eb takes its count from hundreds to none. The colours and counts are committed beside the
 * references (`<name>.colours.json`); the counts must stay within a quarter (or 5 pixels).
 */
function colourCensus(image: PNG, looks: readonly Look[]): Record<string, number> {
  const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const over = (colour: number[], paper: number[]) => colour.map((c, i) => 0.85 * c + 0.15 * paper[i]!);
  const shades = looks.map((look) => {
    const colour = rgb(look.color);
    const lines = [over(colour, [255, 255, 255]), over(colour, rgb("#f8fafc"))];
    return { id: look.id, colours: look.kind === "node" ? [colour] : [colour, ...lines] };
  });
  const counts = Object.fromEntries(looks.map((l) => [l.id, 0]));
  const near = (i: number, colour: number[]) => colour.every((c, k) => Math.abs(image.data[i + k]! - c) <= 2);
  for (let i = 0; i < image.data.length; i += 4) {
    if (image.data[i + 3] !== 255) continue;
    const shade = shades.find((l) => l.colours.some((colour) => near(i, colour)));
    if (shade) counts[shade.id]!++;
  }
  return counts;
}

function compareColourCensus(name: string, screenshot: Buffer): void {
  const path = `${REFERENCES}/${name}.colours.json`;
  const image = PNG.sync.read(screenshot);
  if (UPDATE || !existsSync(path)) {
    const looks = vocabularyLooks();
    const counts = colourCensus(image, looks);
    const stored = Object.fromEntries(looks.map((l) => [l.id, { ...l, pixels: counts[l.id] }]));
    writeFileSync(path, `${JSON.stringify(stored, null, 2)}\n`);
    if (!UPDATE) throw new Error(`${path} did not exist: written now; commit it`);
    return;
  }
  // The reference's own colours: a type whose colour changed finds none of its old pixels.
  const expected = Object.values(
    JSON.parse(readFileSync(path, "utf8")) as Record<string, Look & { pixels: number }>,
  );
  const actual = colourCensus(image, expected);
  const off = expected
    .filter(({ id, pixels }) => Math.abs(actual[id]! - pixels) > Math.max(5, pixels / 4))
    .map(({ id, color, pixels }) => `${id} (${color}): ${actual[id]} pixels, was ${pixels}`);
  expect(off, `${name}: vocabulary colours drawn unlike ${path}`).toEqual([]);
}

async function exportedPng(page: Page): Promise<Buffer> {
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await dialog.getByRole("combobox", { name: "Scale" }).selectOption("1");
  // The footer carries the export date: left out, so the image is the same on any day.
  await dialog.getByRole("checkbox", { name: /export date/ }).setChecked(false);
  await dialog.locator('[data-testid="export-size"][data-current="true"]').waitFor({ timeout: 30_000 });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Download" }).click(),
  ]);
  return readFileSync((await download.path())!);
}

describe("the picture stays as it was", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    [1366, 768],
    [1920, 1080],
  ])("canvas and exported PNG at %ix%i", async (width, height) => {
    const { page, errors } = await openApp(browser, "", { width, height });
    await page.mouse.move(0, height - 1);
    await waitForStillView(page);
    const canvas = await page.getByTestId("graph-canvas").screenshot();
    compareWithReference(`canvas-${width}x${height}`, canvas);
    compareColourCensus(`canvas-${width}x${height}`, canvas);
    // The whole graph's export does not depend on the window: one reference for both sizes.
    const exported = await exportedPng(page);
    compareWithReference("export-graph", exported);
    compareColourCensus("export-graph", exported);
    expect(errors).toEqual([]);
    await page.close();
  });
});
