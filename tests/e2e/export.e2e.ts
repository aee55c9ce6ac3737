// Exports in a real browser, checked on the downloaded files: PNG decoded and measured, SVG parsed.
import { readFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Download, Page } from "playwright-core";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/generate/generateDataset";
import { readBundledVocabulary } from "../../scripts/generate/vocabulary";
import type { Dataset } from "../../src/domain/dataset/schema";
import { canvasNodeIds, clickNode, appPagePerTest } from "./browser";
import { readBundledDataset } from "./datasetFacts";
import { contrastRatio } from "../../src/domain/dataset/contrast";
import { visibleOn } from "../../src/domain/export/colours";

const dataset = readBundledDataset();
const dialog = (page: Page) => page.getByRole("dialog", { name: "Export" });

async function openExport(page: Page) {
  await page.getByRole("button", { name: "Export…" }).click();
  await dialog(page).waitFor();
}

async function download(page: Page): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    dialog(page).getByRole("button", { name: "Download" }).click(),
  ]);
  const path = await file.path();
  return { file, bytes: readFileSync(path!) };
}

/** The size the dialog says the export will have, once it belongs to the settings shown now. */
async function announcedSize(page: Page): Promise<[number, number]> {
  const size = dialog(page).locator('[data-testid="export-size"][data-current="true"]');
  await size.waitFor();
  const text = await size.innerText();
  const match = /(\d+) × (\d+) px/.exec(text);
  if (!match) throw new Error(`no size in "${text}"`);
  return [Number(match[1]), Number(match[2])];
}

interface Pixels {
  png: PNG;
  at(x: number, y: number): [number, number, number, number];
}

function decode(bytes: Buffer): Pixels {
  const png = PNG.sync.read(bytes);
  return {
    png,
    at(x, y) {
      const i = (png.width * y + x) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
    },
  };
}

/** How many pixels in a region differ clearly from the background colour. */
function inkIn(
  pixels: Pixels,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  background = [255, 255, 255],
): number {
  let ink = 0;
  for (let y = Math.max(0, y0); y < Math.min(pixels.png.height, y1); y += 2) {
    for (let x = Math.max(0, x0); x < Math.min(pixels.png.width, x1); x += 2) {
      const [r, g, b, a] = pixels.at(x, y);
      if (
        a > 0 &&
        Math.abs(r - background[0]!) + Math.abs(g - background[1]!) + Math.abs(b - background[2]!) > 60
      )
        ink++;
    }
  }
  return ink;
}

function variance(pixels: Pixels): number {
  const { data } = pixels.png;
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let i = 0; i < data.length; i += 4 * 13) {
    const v = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
    sum += v;
    sumSq += v * v;
    n++;
  }
  return sumSq / n - (sum / n) ** 2;
}

const setCheckbox = async (page: Page, name: string | RegExp, checked: boolean) =>
  dialog(page).getByRole("checkbox", { name }).setChecked(checked);

describe("exports", () => {
  let page: Page;
  appPagePerTest((current) => ({ page } = current));

  it("PNG at 2x: a real PNG of the implied size, not blank, with title, legend and footer", async () => {
    await openExport(page);
    await expect.poll(() => announcedSize(page).catch(() => [0, 0])).not.toEqual([0, 0]);
    const atDefaultScale = await announcedSize(page);
    await dialog(page).getByRole("combobox", { name: "Scale" }).selectOption("1");
    await expect.poll(() => announcedSize(page)).not.toEqual(atDefaultScale);
    const [w1, h1] = await announcedSize(page);
    await dialog(page).getByRole("combobox", { name: "Scale" }).selectOption("2");
    await expect.poll(() => announcedSize(page)).toEqual([w1 * 2, h1 * 2]);
    await page.screenshot({ path: "screenshots/export-dialog.png" });
    const { file, bytes } = await download(page);
    expect(file.suggestedFilename()).toMatch(/^quds-force-graph-\d{4}-\d{2}-\d{2}\.png$/);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    const pixels = decode(bytes);
    expect([pixels.png.width, pixels.png.height]).toEqual([w1 * 2, h1 * 2]);
    expect(variance(pixels)).toBeGreaterThan(100);
    // The title band (top 60 px at 2x) and the legend/footer band at the bottom have ink.
    expect(inkIn(pixels, 0, 0, pixels.png.width, 100)).toBeGreaterThan(50);
    expect(inkIn(pixels, 0, pixels.png.height - 200, pixels.png.width, pixels.png.height)).toBeGreaterThan(
      50,
    );
  });

  it("PNG without title, legend and footer has none of their regions; transparent has alpha", async () => {
    await openExport(page);
    await expect.poll(() => announcedSize(page).catch(() => [0, 0])).not.toEqual([0, 0]);
    const before = await announcedSize(page);
    await dialog(page).getByRole("combobox", { name: "Scale" }).selectOption("1");
    await setCheckbox(page, "Title", false);
    await setCheckbox(page, /Legend/, false);
    await setCheckbox(page, /Sources and export date/, false);
    await dialog(page).getByRole("radio", { name: "transparent" }).check();
    // The announced size follows the settings once the preview has been redrawn.
    await expect.poll(() => announcedSize(page).catch(() => before)).not.toEqual(before);
    const [w, h] = await announcedSize(page);
    const { bytes } = await download(page);
    const pixels = decode(bytes);
    expect([pixels.png.width, pixels.png.height]).toEqual([w, h]);
    let transparent = 0;
    let opaque = 0;
    for (let i = 3; i < pixels.png.data.length; i += 4 * 7) {
      if (pixels.png.data[i]! < 10) transparent++;
      else opaque++;
    }
    expect(transparent).toBeGreaterThan(0);
    expect(opaque).toBeGreaterThan(0);
    // Without the frame parts the image is only the graph: much shorter than with them.
    await setCheckbox(page, "Title", true);
    await setCheckbox(page, /Legend/, true);
    await expect.poll(async () => (await announcedSize(page))[1]).toBeGreaterThan(h + 60);
  });

  // A transparent image is taken to land on a light page: its colours must hold 3:1 on white.
  it.each([
    ["dark", "#0f172a"],
    ["transparent", "#ffffff"],
  ])(
    "on the %s background every relationship type's swatch is drawn in a colour with 3:1 contrast",
    async (background, paper) => {
      await openExport(page);
      await dialog(page).getByRole("combobox", { name: "Scale" }).selectOption("1");
      await dialog(page).getByRole("radio", { name: background }).check();
      await expect.poll(() => announcedSize(page).catch(() => [0, 0])).not.toEqual([0, 0]);
      const { bytes } = await download(page);
      const pixels = decode(bytes);
      const hex = ([r, g, b]: number[]) =>
        `#${[r, g, b].map((v) => v!.toString(16).padStart(2, "0")).join("")}`;
      const corner = pixels.at(1, 1);
      if (background === "transparent") expect(corner[3]).toBe(0);
      else expect(hex(corner)).toBe(paper);
      // Every opaque pixel of each type's (adapted) colour in the image, and its contrast on the paper.
      const counts = new Map<string, number>();
      const wanted = new Map(
        dataset.relationshipTypes.map((t) => [visibleOn(t.color, paper), t.id] as const),
      );
      for (let y = 0; y < pixels.png.height; y++)
        for (let x = 0; x < pixels.png.width; x++) {
          const rgba = pixels.at(x, y);
          const id = rgba[3] === 255 ? wanted.get(hex(rgba)) : undefined;
          if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
        }
      for (const type of dataset.relationshipTypes) {
        const colour = visibleOn(type.color, paper);
        expect(counts.get(type.id) ?? 0, `${type.id} drawn in ${colour}`).toBeGreaterThan(10);
        expect(contrastRatio(colour, paper), type.id).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it("SVG parses as XML, has one shape per exported actor and the legend's labels as text", async () => {
    await openExport(page);
    await dialog(page).getByRole("combobox", { name: "Format" }).selectOption("svg");
    const { file, bytes } = await download(page);
    expect(file.suggestedFilename()).toMatch(/\.svg$/);
    const text = bytes.toString("utf8");
    expect(XMLValidator.validate(text)).toBe(true);
    const ids = [...text.matchAll(/<g class="node" data-id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids)).toEqual(new Set(dataset.nodes.map((n) => n.id)));
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(text) as object;
    expect(parsed).toHaveProperty("svg");
    for (const type of dataset.nodeTypes) expect(text).toContain(`>${type.label} (`);
    expect(text).toContain(dataset.title.replace(/’/g, "’"));
  });

  it("a dark SVG keeps labels and legend swatches readable (3:1) and files the legend under its groups", async () => {
    await openExport(page);
    await dialog(page).getByRole("combobox", { name: "Format" }).selectOption("svg");
    await dialog(page).getByRole("radio", { name: "dark" }).check();
    const text = (await download(page)).bytes.toString("utf8");
    const paper = "#0f172a";
    const rgb = (colour: string) => {
      const m = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour);
      return m
        ? `#${m
            .slice(1)
            .map((v) => Number(v).toString(16).padStart(2, "0"))
            .join("")}`
        : colour;
    };
    const labelFills = [...text.matchAll(/<g class="node"[^>]*>.*?<text [^>]*fill="([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(labelFills.length).toBe(dataset.nodes.length);
    for (const fill of new Set(labelFills))
      expect(contrastRatio(rgb(fill), paper), fill).toBeGreaterThanOrEqual(4.5);
    for (const type of dataset.relationshipTypes) {
      const item = new RegExp(`<g class="legend-item" data-type="${type.id}">(.*?)</g>`).exec(text)?.[1];
      expect(item, type.id).toBeDefined();
      const stroke = /stroke="([^"]+)"/.exec(item!)![1]!;
      expect(contrastRatio(rgb(stroke), paper), `${type.id} swatch ${stroke}`).toBeGreaterThanOrEqual(3);
    }
    // The bundled vocabulary is long: its legend is filed under the groups the app's own legend shows.
    for (const group of new Set(dataset.relationshipTypes.map((t) => t.group).filter(Boolean)))
      expect(text).toContain(`>${group}</text>`);
  });

  it("the selection scope exports only the selected actors", async () => {
    await clickNode(page, "hezbollah");
    await page.keyboard.down("Shift");
    await clickNode(page, "quds-force");
    await clickNode(page, "irgc");
    await page.keyboard.up("Shift");
    await expect
      .poll(() => page.evaluate(() => window.__explorer!.selectedIds().sort()))
      .toEqual(["hezbollah", "irgc", "quds-force"]);
    await openExport(page);
    await dialog(page)
      .getByRole("radio", { name: /Selected actors/ })
      .check();
    await dialog(page).getByRole("combobox", { name: "Format" }).selectOption("json");
    const { bytes } = await download(page);
    const exported = JSON.parse(bytes.toString("utf8")) as Dataset;
    expect(exported.nodes.map((n) => n.id).sort()).toEqual(["hezbollah", "irgc", "quds-force"]);
    for (const edge of exported.edges) {
      expect(["hezbollah", "irgc", "quds-force"]).toContain(edge.source);
      expect(["hezbollah", "irgc", "quds-force"]).toContain(edge.target);
    }
    expect(exported.nodes.every((n) => n.position)).toBe(true);

    // The exported JSON re-opens in the app with the same picture.
    await dialog(page).getByRole("button", { name: "Close export" }).click();
    await page
      .getByTestId("dataset-file-input")
      .setInputFiles({ name: "selection.json", mimeType: "application/json", buffer: bytes });
    await expect
      .poll(async () => (await canvasNodeIds(page)).sort())
      .toEqual(["hezbollah", "irgc", "quds-force"]);
    const positions = await page.evaluate(() => window.__explorer!.positions());
    for (const node of exported.nodes) {
      expect(positions[node.id]!.x).toBeCloseTo(node.position!.x, 0);
      expect(positions[node.id]!.y).toBeCloseTo(node.position!.y, 0);
    }
  });

  // Just above the size where fast drawing takes over; larger graphs' exports are measured by the
  // benchmark (npm run bench), not here, so this stays quick on a busy machine.
  it("a graph drawn fast (2,100 actors) exports at 2x without a blank image or a crash", async () => {
    const big = generateDataset(
      { actors: 2100, relationships: 4500, seed: 7, positions: true },
      readBundledVocabulary(),
    );
    await page.getByTestId("dataset-file-input").setInputFiles({
      name: "big.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(big)),
    });
    await expect.poll(async () => (await canvasNodeIds(page)).length, { timeout: 60_000 }).toBe(2100);
    await openExport(page);
    await dialog(page).getByRole("combobox", { name: "Scale" }).selectOption("2");
    await expect.poll(() => announcedSize(page).catch(() => [0, 0]), { timeout: 60_000 }).not.toEqual([0, 0]);
    const [w, h] = await announcedSize(page);
    const { bytes } = await download(page);
    const pixels = decode(bytes);
    expect([pixels.png.width, pixels.png.height]).toEqual([w, h]);
    expect(w * h).toBeLessThanOrEqual(16384 * 16384);
    expect(variance(pixels)).toBeGreaterThan(50);
  }, 180_000);
});
