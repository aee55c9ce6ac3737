/**
 * The table view's rows: the app's actors table against a plain @tanstack/react-virtual list of the
 * same actors (bench/tablePeer.ts), each in a fresh page on the positioned file. Every figure is
 * timed from its input event to the painted frame whose DOM shows the effect (MutationObserver, then
 * one animation frame: `armDom` in browser.ts); the round trip with the canvas also waits for the
 * canvas frame that shows the actor selected. The peer has no canvas: those rows have no peer.
 */
import os from "node:os";
import type { Locator } from "playwright-core";
import { Timeout, type Chromium, type DomCondition, type MeasuredPage } from "./browser";
import { log } from "./cli";
import type { DatasetFacts } from "./data";
import { loadFile, pickTargets, waitUntilReady } from "./operations";
import type { PairedRow, PairedSample } from "./pairedRows";
import type { PageKind } from "./samples";
import { median } from "./stats";

export const TABLE_ROWS: PairedRow[] = [
  { figure: "tableOpen", label: "Table: click _Table_ → first rows painted" },
  { figure: "tableSort", label: "Sort: click the _Actor_ header → sorted rows painted" },
  { figure: "tableScroll", label: "Scroll: one wheel step (100 px) → the new rows painted" },
  { figure: "tableRowSelect", label: "Click a row → the row painted selected" },
  {
    figure: "tableRowToCanvas",
    label: "Row clicked, then _Graph_ → the canvas painted with that actor selected",
    noPeer: "it has no canvas",
  },
  {
    figure: "tableCanvasToRow",
    label: "Actor selected on the canvas, click _Table_ → its row painted selected, in view",
    noPeer: "it has no canvas",
  },
];

const GRID = '[role="grid"][aria-label="Actors"]';
const row = (attributes: string) => `${GRID} [role="row"]${attributes}`;

export interface TablePlan {
  appUrl: string;
  peerUrl: string;
  file: string;
  facts: DatasetFacts;
  index: number;
  scrollSteps: number;
}

/** Runs `body` on a fresh page of the given kind; a failure is kept on the sample, never thrown. */
export async function pairedRun(
  browser: Chromium,
  url: string,
  kind: PageKind,
  what: string,
  body: (page: MeasuredPage, sample: PairedSample, at: (stage: string) => void) => Promise<void>,
): Promise<PairedSample> {
  const sample: PairedSample = { figures: {}, longest: {}, loadAverage: os.loadavg()[0] ?? 0 };
  let stage = "open";
  try {
    await browser.withPage(url, kind, async (page) => {
      sample.errors = page.errors;
      await body(page, sample, (next) => void (stage = next));
    });
  } catch (error) {
    const failure = error instanceof Timeout ? "timeout" : "error";
    const message = String(error instanceof Error ? error.message : error).split("\n")[0];
    log(`${what}: ${failure.toUpperCase()} during ${stage}: ${message}`);
    sample.failure = `${stage}: ${message}`;
    sample.figures[stage] ??= failure;
  }
  sample.errors = (sample.errors ?? []).slice(0, 5);
  return sample;
}

/** Clicks `target` and times the painted frame that meets `until`. */
async function clickToDom(
  page: MeasuredPage,
  sample: PairedSample,
  figure: string,
  target: Locator,
  until: DomCondition,
): Promise<void> {
  await target.hover({ timeout: page.timeoutMs });
  await page.settle();
  await page.armDom(until);
  await target.click({ timeout: page.timeoutMs });
  const timing = await page.frameAfter("mouseup", figure, { wait: "dom" });
  sample.figures[figure] = timing.ms;
  sample.longest[figure] = timing.longest ?? 0;
  await page.settle(300);
}

/** The first label in the order the app's table sorts the Actor column (its collator). */
function firstLabel(facts: DatasetFacts): string {
  const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
  return [...facts.labels.values()].sort(collator.compare)[0] ?? "";
}

/** Open, sort, scroll, select a row: the same on both pages. */
async function openSortScrollSelect(
  page: MeasuredPage,
  sample: PairedSample,
  at: (stage: string) => void,
  plan: TablePlan,
  showTable: Locator,
): Promise<string> {
  at("tableOpen");
  await clickToDom(page, sample, "tableOpen", showTable, [{ selector: row('[data-index="0"]') }]);
  if (page.kind === "app") {
    // The actors table asks for the network measures (in a worker): let them arrive, so the rows
    // below time the table, not a table sharing two cores with a betweenness computation.
    await page.page.waitForFunction(() => window.__explorer!.measuresStatus() !== "computing", undefined, {
      timeout: page.timeoutMs,
      polling: 500,
    });
    await page.settle(500);
  }
  at("tableSort");
  const header = page.page
    .getByRole("grid", { name: "Actors" })
    .getByRole("columnheader", { name: "Actor", exact: true })
    .getByRole("button");
  await clickToDom(page, sample, "tableSort", header, [
    { selector: `${GRID} [role="columnheader"][aria-sort="ascending"]` },
    { selector: `${row('[data-index="0"]')} [role="gridcell"]`, text: firstLabel(plan.facts) },
  ]);

  at("tableScroll");
  const box = await page.page.locator(GRID).boundingBox();
  if (!box) throw new Error("the table is not on the page");
  await page.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const steps: number[] = [];
  const windows: [number, number][] = [];
  for (let step = 0; step < plan.scrollSteps; step++) {
    await page.settle(0);
    const last = await page.evaluate(
      (selector) =>
        Math.max(
          ...[...document.querySelectorAll(selector)].map((r) => Number(r.getAttribute("data-index"))),
        ),
      row("[data-index]"),
    );
    await page.armDom([{ selector: row(`[data-index="${last + 1}"]`) }]);
    await page.page.mouse.wheel(0, 100);
    const timing = await page.frameAfter("wheel", "scroll step", { wait: "dom", longest: false });
    steps.push(timing.ms);
    windows.push([timing.start, timing.end]);
  }
  sample.steps = { tableScroll: steps };
  sample.figures.tableScroll = median(steps);
  sample.longest.tableScroll = await page.longestTask(windows);
  await page.settle(300);

  at("tableRowSelect");
  // A row well inside the visible window, so the click lands on it.
  const picked = await page.evaluate(
    (selector) => {
      const grid = document.querySelector(selector.grid)!.getBoundingClientRect();
      const inView = [...document.querySelectorAll<HTMLElement>(selector.rows)]
        .filter((r) => {
          const b = r.getBoundingClientRect();
          return b.top >= grid.top + 40 && b.bottom <= grid.bottom;
        })
        .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
      const target = inView[Math.min(4, inView.length - 1)];
      return target ? (target.dataset.id ?? null) : null;
    },
    { grid: GRID, rows: row("[data-index]") },
  );
  if (!picked) throw new Error("no row in view to click");
  const target = page.page.locator(row(`[data-id="${picked}"]`));
  await target.hover({ timeout: page.timeoutMs });
  await page.settle();
  if (page.kind === "app") await page.armFrame({ selected: picked });
  await page.armDom([{ selector: row(`[data-id="${picked}"][aria-selected="true"]`) }]);
  await target.click({ timeout: page.timeoutMs });
  const marked = await page.frameAfter("mouseup", "row selected", { wait: "dom" });
  sample.figures.tableRowSelect = marked.ms;
  sample.longest.tableRowSelect = marked.longest ?? 0;
  await page.settle(300);
  return picked;
}

export function appTableRun(browser: Chromium, plan: TablePlan): Promise<PairedSample> {
  return pairedRun(
    browser,
    plan.appUrl,
    "app",
    `table app run ${plan.index + 1}`,
    async (page, sample, at) => {
      await waitUntilReady(page);
      at("load");
      await loadFile(page, plan.file, plan.facts);
      await page.settle(700);
      const view = page.page.getByRole("group", { name: "View" });
      const table = view.getByRole("button", { name: "Table" });
      const picked = await openSortScrollSelect(page, sample, at, plan, table);

      // The canvas hidden under the table draws the selection when it is shown again.
      at("tableRowToCanvas");
      const graph = view.getByRole("button", { name: "Graph" });
      await graph.hover({ timeout: page.timeoutMs });
      await page.settle();
      await page.armFrame({ selected: picked });
      await graph.click({ timeout: page.timeoutMs });
      const drawn = await page.frameAfter("mouseup", "row to canvas");
      sample.figures.tableRowToCanvas = drawn.ms;
      sample.longest.tableRowToCanvas = drawn.longest ?? 0;
      await page.settle(500);

      at("tableCanvasToRow");
      const { node } = await pickTargets(page, plan.index);
      if (!node) throw new Error("no actor on the canvas to click");
      await page.page.mouse.move(node.x, node.y);
      await page.settle(300);
      await page.armFrame({ selected: node.id });
      await page.page.mouse.down();
      await page.page.mouse.up();
      await page.frameAfter("mouseup", "canvas select", { longest: false });
      await clickToDom(page, sample, "tableCanvasToRow", view.getByRole("button", { name: "Table" }), [
        { selector: row(`[data-id="${node.id}"][aria-selected="true"]`), inView: true },
      ]);
    },
  );
}

export function peerTableRun(browser: Chromium, plan: TablePlan): Promise<PairedSample> {
  return pairedRun(
    browser,
    plan.peerUrl,
    "baseline",
    `table peer run ${plan.index + 1}`,
    async (page, sample, at) => {
      at("load");
      await page.page.getByTestId("dataset-file-input").setInputFiles(plan.file);
      await page.page.waitForFunction(() => window.__tablePeer.loaded, undefined, {
        timeout: page.timeoutMs,
      });
      await page.settle(300);
      await openSortScrollSelect(page, sample, at, plan, page.page.locator("#show"));
    },
  );
}
