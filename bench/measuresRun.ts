/**
 * The network measures' rows: the app computing degree, betweenness, PageRank and Louvain
 * communities in its worker, against Gephi Lite's approach, the same graphology calls on the main
 * thread of a plain page (bench/measuresPeer.ts). Each from the input that asks for them to the
 * painted frame that shows them: the app's canvas frame with the actors resized by PageRank (the
 * toolbar's _Size_ select), the peer's frame with its answer written; and the longest main-thread
 * task in between (the target: the app's page never blocked over 200 ms).
 */
import type { Chromium } from "./browser";
import type { DatasetFacts } from "./data";
import { loadFile, waitUntilReady } from "./operations";
import type { PairedRow, PairedSample } from "./pairedRows";
import { pairedRun } from "./tableRun";

export const MEASURES_ROWS: PairedRow[] = [
  {
    figure: "measuresShown",
    label:
      "Measures asked for → shown (app: _Size: PageRank_ → actors resized; peer: button → answer painted)",
  },
];

export interface MeasuresPlan {
  appUrl: string;
  peerUrl: string;
  file: string;
  facts: DatasetFacts;
  index: number;
}

export function appMeasuresRun(browser: Chromium, plan: MeasuresPlan): Promise<PairedSample> {
  return pairedRun(
    browser,
    plan.appUrl,
    "app",
    `measures app run ${plan.index + 1}`,
    async (page, sample, at) => {
      await waitUntilReady(page);
      at("load");
      await loadFile(page, plan.file, plan.facts);
      await page.settle(700);
      at("measuresShown");
      if ((await page.evaluate(() => window.__explorer!.measuresStatus(), undefined)) !== null)
        throw new Error("the measures were asked for before the size select was used");
      const before = await page.evaluate((ids) => {
        const sizes = window.__explorer!.nodeSizes();
        return Object.fromEntries(ids.map((id) => [id, sizes[id] ?? 0]));
      }, plan.facts.probeIds);
      const select = page.page.getByRole("combobox", { name: "Size actors by" });
      await select.hover({ timeout: page.timeoutMs });
      await page.settle();
      await page.armFrame({ sizeDiffers: before });
      await select.selectOption("pagerank");
      const timing = await page.frameAfter("select", "measures shown");
      const status = await page.evaluate(() => window.__explorer!.measuresStatus(), undefined);
      if (status !== "ready") throw new Error(`the measures are ${status}, not ready`);
      sample.figures.measuresShown = timing.ms;
      sample.longest.measuresShown = timing.longest ?? 0;
    },
  );
}

export function peerMeasuresRun(browser: Chromium, plan: MeasuresPlan): Promise<PairedSample> {
  return pairedRun(
    browser,
    plan.peerUrl,
    "baseline",
    `measures peer run ${plan.index + 1}`,
    async (page, sample, at) => {
      at("load");
      await page.page.getByTestId("dataset-file-input").setInputFiles(plan.file);
      await page.page.waitForFunction(() => window.__measuresPeer.loaded, undefined, {
        timeout: page.timeoutMs,
      });
      await page.settle(300);
      at("measuresShown");
      const button = page.page.locator("#compute");
      await button.hover();
      await page.settle();
      await page.armDom([{ selector: "#result", text: "communities" }]);
      await button.click({ timeout: page.timeoutMs });
      const timing = await page.frameAfter("mouseup", "measures shown", { wait: "dom" });
      // The computation is one synchronous task: it blocks the page at least as long as it runs.
      sample.figures.measuresShown = timing.ms;
      sample.longest.measuresShown = timing.longest ?? 0;
    },
  );
}
