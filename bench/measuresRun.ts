/**
 * The network measures' rows: the app computing degree, betweenness, PageRank and Louvain
 * communities in its worker, against Gephi Lite's approach, the same graphology calls on the main
 * thread of a plain page (bench/measuresPeer.ts). Each from the input that asks for them to the
 * measures computed (the app's worker answer in its store; the peer's computation done) and to the
 * painted frame that shows them (the app's canvas frame with the actors resized by PageRank, the
 * peer's frame with its answer written); and the longest main-thread task in each (the target: the
 * app's page never blocked over 200 ms).
 */
import { Timeout, type Chromium } from "./browser";
import type { DatasetFacts } from "./data";
import { loadFile, waitUntilReady } from "./operations";
import type { PairedRow, PairedSample } from "./pairedRows";
import { positiveDuration } from "./stats";
import { pairedRun } from "./tableRun";

export const MEASURES_ROWS: PairedRow[] = [
  {
    figure: "measuresComputed",
    label:
      "Measures asked for → computed (app: _Size: PageRank_ → the worker's answer in the store; peer: button → computation done)",
  },
  {
    figure: "measuresShown",
    label: "Measures asked for → shown (app: actors resized on the canvas; peer: its answer painted)",
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
      at("measuresComputed");
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
      // When the computation ends (ready, or stopped by the app's own time limit), looked at every frame.
      await page.evaluate((ms) => {
        window.__bench.measures = new Promise((resolve) => {
          const limit = performance.now() + ms;
          const look = () => {
            const status = window.__explorer!.measuresStatus();
            if (status !== null && status !== "computing") resolve({ at: performance.now(), status });
            else if (performance.now() > limit) resolve(null);
            else requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        });
      }, page.timeoutMs);
      await select.selectOption("pagerank");
      const computed = await page.evaluate(
        async () => ({ end: await window.__bench.measures!, start: window.__bench.events.select ?? null }),
        undefined,
      );
      if (computed.start === null) throw new Error("the select's change was not seen");
      if (computed.end === null) throw new Timeout("measures: still computing after the time limit");
      // While the worker computes the page should stay free: the longest task until its answer.
      sample.longest.measuresComputed = await page.longestTask([[computed.start, computed.end.at]]);
      if (computed.end.status !== "ready")
        throw new Timeout(`the measures ${computed.end.status} (the app's own limit: 120 s)`);
      sample.figures.measuresComputed = positiveDuration(
        "measures computed",
        computed.end.at - computed.start,
      );
      at("measuresShown");
      const timing = await page.frameAfter("select", "measures shown");
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
      // The computation is one synchronous task in the click: its answer is in the page when it ends.
      const done = await page.evaluate(() => window.__bench.domMet ?? null, undefined);
      if (done === null) throw new Error("the peer's answer was not seen");
      sample.figures.measuresComputed = positiveDuration("measures computed", done - timing.start);
      sample.longest.measuresComputed = await page.longestTask([[timing.start, done]]);
      sample.figures.measuresShown = timing.ms;
      sample.longest.measuresShown = timing.longest ?? 0;
    },
  );
}
