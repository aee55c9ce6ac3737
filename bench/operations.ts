/**
 * The measured operations, the same for the app and the baseline: one interaction run on the
 * positioned file (load, heap, filter, unfilter, hover, select, drag, export) and one layout run on
 * the file without positions. Each operation is timed from its input event to the next painted frame
 * that shows its effect; a run that fails keeps the figures taken before the failure.
 */
import os from "node:os";
import {
  Timeout,
  withTimeout,
  type Chromium,
  type FrameTiming,
  type HandleWindow,
  type MeasuredPage,
} from "./browser";
import { log } from "./cli";
import type { DatasetFacts, Point, Positions } from "./data";
import {
  EXPORT_MAX_SIDE,
  type FigureName,
  type InteractionFigure,
  type InteractionSample,
  type LayoutSample,
  type PageKind,
  type Stage,
} from "./samples";
import type { LoadTimes } from "../src/testing/measurement";
import { median, positiveDuration } from "./stats";

/** How far each mouse move of the background drag goes (px). */
const DRAG_STEP: Point = { x: 6, y: 4 };

/** One run: which page, which file, and what the driver knows about it. */
export interface RunPlan {
  kind: PageKind;
  url: string;
  file: string;
  facts: DatasetFacts;
  /** Which run of its kind this is (0-based): it varies the actor picked. */
  index: number;
}

export interface InteractionPlan extends RunPlan {
  /** Positions for the baseline to draw at instead of the file's (the app's, when it moved them). */
  positionOverride: Positions | null;
  dragSteps: number;
  /** Draw with Cytoscape's WebGL renderer (--gpu): the app's WebGL switch is turned on first. */
  webgl?: boolean;
}

/** A run's sample, and the positions the page drew at (when they were read: to compare pages). */
export interface RunResult<S> {
  sample: S;
  positions: Positions | null;
}

/** The run in progress: its page, its sample, and the stage a failure would be recorded on. */
interface Run<S> {
  page: MeasuredPage;
  sample: S;
  at(stage: Stage): void;
}

// --- The interaction run -----------------------------------------------------------------------------

export async function interactionRun(
  browser: Chromium,
  plan: InteractionPlan,
): Promise<RunResult<InteractionSample>> {
  // Other work on the machine (a build, another test run) slows both pages: the load average says so.
  const sample: InteractionSample = { longest: {}, loadAverage: os.loadavg()[0] ?? 0 };
  let positions: Positions | null = null;
  await failSoftly(`${plan.kind} run ${plan.index + 1}`, sample, (at) =>
    browser.withPage(plan.url, plan.kind, async (page) => {
      sample.errors = page.errors;
      const run: Run<InteractionSample> = { page, sample, at };
      await waitUntilReady(page);
      if (plan.kind === "app" && plan.webgl) await page.page.getByRole("checkbox", { name: "WebGL" }).check();
      if (plan.kind === "baseline" && plan.positionOverride)
        await page.evaluate((p) => window.__baseline!.setPositions(p), plan.positionOverride);
      await measureLoad(run, plan);
      await measureHeap(run);
      if (plan.kind === "app" && plan.index === 0)
        positions = await page.evaluate(() => window.__explorer!.positions(), undefined);
      await measureFilter(run, plan.facts);
      at("hover");
      const targets = await pickTargets(page, plan.index);
      if (!targets.node || !targets.background)
        throw new Error("no actor or background point to use on the canvas");
      await measureHover(run, targets.node, targets.background, targets.zoom);
      await measureSelect(run, targets.node.id, plan.facts.labels.get(targets.node.id) ?? "");
      await measureDrag(run, targets.background, plan.dragSteps);
      await measureExport(run);
    }),
  );
  sample.errors = (sample.errors ?? []).slice(0, 5);
  return { sample, positions };
}

function record(sample: InteractionSample, name: InteractionFigure, result: FrameTiming): void {
  sample[name] = result.ms;
  sample.longest[name] = result.longest;
}

async function measureLoad({ page, sample, at }: Run<InteractionSample>, plan: InteractionPlan) {
  at("load");
  const load = await loadFile(page, plan.file, plan.facts);
  Object.assign(sample, { load: load.load, added: load.added, firstFrame: load.firstFrame });
  sample.longest.firstFrame = load.longest;
  await page.settle(700);
}

async function measureHeap({ page, sample, at }: Run<InteractionSample>) {
  at("heapMB");
  sample.heapMB = await heapMB(page);
}

/** The JS heap after two garbage collections (MB), or null when the browser does not say. */
export function heapMB(page: MeasuredPage): Promise<number | null> {
  return page.evaluate(async () => {
    if (window.gc) {
      window.gc();
      await new Promise((done) => setTimeout(done, 50));
      window.gc();
    }
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? memory.usedJSHeapSize / 1048576 : null;
  }, undefined);
}

/** Filter and unfilter: the checkbox of the most frequent relationship type. */
async function measureFilter({ page, sample, at }: Run<InteractionSample>, facts: DatasetFacts) {
  at("filter");
  const checkbox = page.page
    .getByRole("group", { name: /^Relationships/ })
    .getByRole("checkbox", { name: facts.toggle.label, exact: true });
  await checkbox.hover({ timeout: page.timeoutMs });
  await page.settle();
  await page.armFrame({ absent: facts.toggle.edgeId });
  await checkbox.click({ timeout: page.timeoutMs });
  record(sample, "filter", await page.frameAfter("mouseup", "filter"));
  await page.settle(300);
  at("unfilter");
  await page.armFrame({ present: facts.toggle.edgeId });
  await checkbox.click({ timeout: page.timeoutMs });
  record(sample, "unfilter", await page.frameAfter("mouseup", "unfilter"));
  await page.settle(300);
}

/** Hover an actor with room around it, coming from the background. */
async function measureHover(
  { page, sample }: Run<InteractionSample>,
  node: Target,
  background: Point,
  zoom: number,
) {
  sample.targets = { node: node.id, room: Math.round(node.room), zoom };
  await page.page.mouse.move(background.x, background.y);
  await page.settle(300);
  await page.armFrame({ hasClass: [node.id, "hovered"] });
  await page.page.mouse.move(node.x, node.y);
  record(sample, "hover", await page.frameAfter("mousemove", "hover"));
  await page.settle(300);
}

/** Select the hovered actor with a click; the app also shows it in the details panel. */
async function measureSelect({ page, sample, at }: Run<InteractionSample>, id: string, label: string) {
  at("select");
  if (page.kind === "app") await armDetailsPanel(page, label);
  await page.armFrame({ selected: id });
  await page.page.mouse.down();
  await page.page.mouse.up();
  record(sample, "select", await page.frameAfter("mouseup", "select"));
  if (page.kind === "app") {
    at("selectPanel");
    const shown = await page.evaluate(
      () => window.__bench.panel!,
      undefined,
      page.timeoutMs + 5_000,
      "details panel",
    );
    const up = await page.evaluate(() => window.__bench.events.mouseup ?? null, undefined);
    if (shown === null) throw new Timeout("details panel: not shown");
    if (up === null) throw new Error("details panel: the mouseup input was not seen");
    sample.selectPanel = positiveDuration("details panel", shown - up);
    sample.longest.selectPanel = await page.longestTask([[up, shown]]);
  }
  await page.settle(300);
}

/** Arms a wait for the painted frame after the details panel's heading shows `text`. */
function armDetailsPanel(page: MeasuredPage, text: string): Promise<void> {
  return page.evaluate(
    ({ text, ms }) => {
      window.__bench.panel = new Promise((resolve) => {
        const shown = () => {
          const heading = document.querySelector(".details-panel h2");
          if (!heading || heading.textContent !== text) return false;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now()));
          return true;
        };
        const observer = new MutationObserver(shown);
        const timer = setTimeout(() => (observer.disconnect(), resolve(null)), ms);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    },
    { text, ms: page.timeoutMs },
  );
}

/**
 * Drag the background in steps; each step is timed from its mouse move to the painted frame at the
 * pan it moved to. Cytoscape pans by the whole distance from the press, but only from the second
 * move past its tap threshold on: the first move picks the view up and is not timed.
 */
async function measureDrag({ page, sample, at }: Run<InteractionSample>, from: Point, steps: number) {
  at("drag");
  const mouse = page.page.mouse;
  const moved = (n: number): Point => ({ x: n * DRAG_STEP.x, y: n * DRAG_STEP.y });
  await mouse.move(from.x, from.y);
  await page.settle(300);
  const panBefore = await panOf(page);
  await mouse.down();
  await mouse.move(from.x + moved(1).x, from.y + moved(1).y);
  sample.dragSteps = [];
  const windows: [number, number][] = [];
  for (let step = 1; step <= steps; step++) {
    // Let the previous step's frames drain, as a user's moves would.
    await page.settle(0);
    const offset = moved(step + 1);
    await page.armFrame({ pan: { x: panBefore.x + offset.x, y: panBefore.y + offset.y } });
    await mouse.move(from.x + offset.x, from.y + offset.y);
    const result = await page.frameAfter("mousemove", "drag step", { longest: false });
    sample.dragSteps.push(result.ms);
    windows.push([result.start, result.end]);
  }
  await mouse.up();
  sample.drag = median(sample.dragSteps);
  sample.longest.drag = await page.longestTask(windows);
  const panAfter = await panOf(page);
  sample.dragPanned = Math.round(Math.hypot(panAfter.x - panBefore.x, panAfter.y - panBefore.y));
  await page.settle(500);
}

function panOf(page: MeasuredPage): Promise<Point> {
  return page.evaluate((handle) => (window as HandleWindow)[handle].pan(), page.handle);
}

/** PNG export at 1× of the whole graph, capped. */
async function measureExport({ page, sample, at }: Run<InteractionSample>) {
  at("export");
  const exported = await page.evaluate(
    async ({ handle, side }) => {
      const start = performance.now();
      const result = await (window as HandleWindow)[handle].exportPng(side);
      return { ...result, start, end: performance.now() };
    },
    { handle: page.handle, side: EXPORT_MAX_SIDE },
    page.timeoutMs,
    "export",
  );
  sample.export = positiveDuration("export", exported.ms);
  sample.exportBytes = exported.bytes;
  sample.longest.export = await page.longestTask([[exported.start, exported.end]]);
}

// --- Opening a page and a file -----------------------------------------------------------------------

export async function waitUntilReady(page: MeasuredPage): Promise<void> {
  if (page.kind === "app") {
    await page.page.waitForFunction(() => (window.__explorer?.nodeIds().length ?? 0) > 0, undefined, {
      timeout: 60_000,
    });
    await page.settle(300);
  } else {
    await page.page.waitForFunction(() => !!window.__baseline, undefined, { timeout: 60_000 });
  }
}

/** What the page recorded of a load: the load phases (performance.now()), the change, the frame. */
export type LoadRecord = LoadTimes & { frame: number; change: number };

/** The load's phases, in ms after the file input's change event (null: not recorded by the page). */
export interface LoadPhases {
  raw: LoadRecord;
  load: number | null;
  added: number | null;
  firstFrame: number | null;
  layoutStopped: number | null;
  longest: number;
}

/**
 * Opens the file (or files chosen together) through the page's file input, and waits for a frame
 * with its last actor.
 */
export async function loadFile(
  page: MeasuredPage,
  file: string | string[],
  facts: Pick<DatasetFacts, "lastNodeId">,
): Promise<LoadPhases> {
  await page.evaluate(
    ({ handle, id, ms }) => {
      window.__bench.events = {};
      (window as HandleWindow)[handle].armLoadTimes();
      window.__bench.frame = (window as HandleWindow)[handle].nextFrame({ present: id }, ms);
    },
    { handle: page.handle, id: facts.lastNodeId, ms: page.timeoutMs },
  );
  await page.page.getByTestId("dataset-file-input").setInputFiles(file);
  const times = await page.evaluate(
    async (handle) => {
      const frame = await window.__bench.frame!;
      return {
        frame,
        change: window.__bench.events.change ?? null,
        ...(window as HandleWindow)[handle].loadTimes(),
      };
    },
    page.handle,
    page.timeoutMs + 5_000,
    "load",
  );
  if (times.frame === null)
    throw new Timeout(`load: no frame with the dataset within ${page.timeoutMs / 1000} s`);
  const change = times.change;
  if (change === null) throw new Error("load: the file input's change was not seen");
  const since = (what: string, t: number | null | undefined) =>
    t === undefined || t === null ? null : positiveDuration(what, t - change);
  return {
    raw: { ...times, frame: times.frame, change },
    load: since("load", times.datasetOpened),
    added: since("elements added", times.elementsAdded),
    firstFrame: since("first frame", times.frame),
    layoutStopped: since("layout stopped", times.layoutStopped),
    longest: await page.longestTask([[change, times.frame]]),
  };
}

// --- Where to point ----------------------------------------------------------------------------------

export interface Target {
  id: string;
  x: number;
  y: number;
  room: number;
}

export interface Targets {
  node: Target | null;
  background: (Point & { room: number }) | null;
  zoom: number;
}

/**
 * Where to hover and click, and where to start a drag: the actor near the middle of the canvas with
 * the most room around it (so the click lands on it), and the emptiest background point.
 */
export function pickTargets(page: MeasuredPage, pick: number): Promise<Targets> {
  return page.evaluate(
    ({ handle, pickIndex }): Targets => {
      const h = (window as HandleWindow)[handle];
      const canvas = document.querySelector('[data-testid="graph-canvas"]') ?? document.getElementById("cy");
      if (!canvas) throw new Error("no canvas on the page");
      const box = canvas.getBoundingClientRect();
      const zoom = h.zoom();
      const pan = h.pan();
      const points = Object.entries(h.positions()).map(([id, p]) => ({
        id,
        x: box.left + p.x * zoom + pan.x,
        y: box.top + p.y * zoom + pan.y,
      }));
      const cell = 40;
      const grid = new Map<string, number[]>();
      const key = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
      points.forEach(({ x, y }, i) => {
        const k = key(x, y);
        const list = grid.get(k) ?? [];
        list.push(i);
        grid.set(k, list);
      });
      const room = (x: number, y: number, skip: number) => {
        let best = 2 * cell;
        const [cx, cy] = [Math.floor(x / cell), Math.floor(y / cell)];
        for (let dx = -2; dx <= 2; dx++)
          for (let dy = -2; dy <= 2; dy++)
            for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
              const other = points[j];
              if (j !== skip && other) best = Math.min(best, Math.hypot(other.x - x, other.y - y));
            }
        return best;
      };
      const inner = {
        x1: box.left + box.width * 0.2,
        x2: box.right - box.width * 0.2,
        y1: box.top + box.height * 0.2,
        y2: box.bottom - box.height * 0.2,
      };
      const inside = (x: number, y: number) => x > inner.x1 && x < inner.x2 && y > inner.y1 && y < inner.y2;
      const onCanvas = (x: number, y: number) => canvas.contains(document.elementFromPoint(x, y));
      const candidates = points
        .map((p, i) => ({ p, i }))
        .filter(({ p }) => inside(p.x, p.y) && onCanvas(p.x, p.y));
      const stride = Math.max(1, Math.floor(candidates.length / 3000));
      const scored = candidates
        .filter((_, i) => i % stride === 0)
        .map(({ p, i }) => ({ ...p, room: room(p.x, p.y, i) }))
        .sort((a, b) => b.room - a.room || (a.id < b.id ? -1 : 1));
      const node = scored[pickIndex % Math.min(10, scored.length)] ?? null;
      let background: Targets["background"] = null;
      for (let x = inner.x1; x < inner.x2; x += 12)
        for (let y = inner.y1; y < inner.y2 - 60; y += 12) {
          const r = room(x, y, -1);
          if ((!background || r > background.room) && onCanvas(x, y)) background = { x, y, room: r };
        }
      return { node, background, zoom };
    },
    { handle: page.handle, pickIndex: pick },
  );
}

// --- The layout run ----------------------------------------------------------------------------------

/** One load of the dataset without positions: the layout, timed to the frame where the picture settles. */
export async function layoutRun(browser: Chromium, plan: RunPlan): Promise<RunResult<LayoutSample>> {
  const sample: LayoutSample = { longest: {}, loadAverage: os.loadavg()[0] ?? 0 };
  let positions: Positions | null = null;
  await failSoftly(`${plan.kind} layout run ${plan.index + 1}`, sample, (at) =>
    browser.withPage(plan.url, plan.kind, async (page) => {
      sample.errors = page.errors;
      await waitUntilReady(page);
      at("layout");
      const load = await loadFile(page, plan.file, plan.facts);
      Object.assign(sample, { load: load.load, layoutFirstFrame: load.firstFrame });
      sample.longest.layoutFirstFrame = load.longest;
      at("settle");
      const settledAt = (await waitForStillPicture(page, plan.facts)) - load.raw.change;
      if (plan.facts.nodes <= 2_000)
        positions = await page.evaluate((h) => (window as HandleWindow)[h].positions(), page.handle);
      await recordLayoutPhases(page, sample, load, settledAt);
    }),
  );
  sample.errors = (sample.errors ?? []).slice(0, 5);
  return { sample, positions };
}

/**
 * Waits until the picture stands still; returns when it first stood so (performance.now()). The app's
 * picture stands still while its worker computes: first wait for the app to say it is done. A layout
 * that runs off the page (a worker) moves the actors after the first frame: then wait until the probe
 * actors have stayed put for 2 s; the time is that of the first look that saw them there.
 */
async function waitForStillPicture(page: MeasuredPage, facts: DatasetFacts): Promise<number> {
  if (page.kind === "app")
    await withTimeout(
      page.page.waitForFunction(() => window.__explorer!.isSettled(), undefined, {
        timeout: page.timeoutMs,
        polling: 200,
      }),
      page.timeoutMs + 5_000,
      "layout",
    );
  const deadline = Date.now() + page.timeoutMs;
  let last: { at: number; where: string } | null = null;
  let since: { at: number; where: string } | null = null;
  while (Date.now() < deadline) {
    const look = await page.evaluate(
      ({ handle, ids }) => ({
        at: performance.now(),
        where: JSON.stringify(ids.map((id) => (window as HandleWindow)[handle].nodePagePosition(id))),
      }),
      { handle: page.handle, ids: facts.probeIds },
      page.timeoutMs,
      "layout settling",
    );
    if (last && since && look.where === last.where) {
      if (look.at - since.at > 2_000) return since.at;
    } else since = look;
    last = look;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Timeout("layout: still moving after the time limit");
}

/**
 * The layout's phases as the page recorded them: the app's layout status (started, positions
 * computed, actors placed), the baseline's layoutstop event; else the settled picture.
 */
async function recordLayoutPhases(
  page: MeasuredPage,
  sample: LayoutSample,
  load: LoadPhases,
  settledAt: number,
): Promise<void> {
  const times = await page.evaluate((h) => (window as HandleWindow)[h].loadTimes(), page.handle);
  if (process.env.BENCH_DEBUG) log(page.kind, JSON.stringify(times), JSON.stringify(load.raw));
  const added = times.elementsAdded ?? load.raw.change;
  const finished = times.layoutFinished ?? times.layoutStopped;
  // From the elements being drawn to the layout's end (else the settled picture), and from opening
  // the file to the settled picture. The app may lay out before it draws (large graphs): then the
  // layout starts before anything is added.
  const layoutStart = Math.min(times.layoutStarted ?? added, added);
  sample.layout = positiveDuration(
    "layout",
    finished !== undefined ? finished - layoutStart : settledAt - (load.added ?? 0),
  );
  sample.layoutSource = finished !== undefined ? "the page's record" : "settled picture";
  sample.layoutSettled = Math.max(settledAt, load.firstFrame ?? 0);
  const end = load.raw.change + sample.layoutSettled;
  sample.longest.layout = await page.longestTask([[layoutStart, end]]);
  sample.longest.layoutSettled = sample.longest.layout;
  // While the positions are computed: in the app's worker (the page should stay responsive), in the
  // baseline's page (one long task).
  const computeStart = times.layoutStarted ?? added;
  const computeEnd = times.layoutComputed ?? times.layoutStopped;
  if (computeEnd === undefined) return;
  const compute = positiveDuration("layout: computing", computeEnd - computeStart);
  sample.layoutCompute = compute;
  const observed = await page.longestTask([[computeStart, computeEnd]]);
  // The baseline's layout runs synchronously between its two time stamps, so it is one task at least
  // that long, whether or not the long-task observer reports it (in our runs it did not).
  sample.longest.layoutCompute = page.kind === "baseline" ? Math.max(observed, compute) : observed;
  if (page.kind === "baseline")
    for (const key of ["layout", "layoutSettled", "layoutFirstFrame"] as const)
      sample.longest[key] = Math.max(sample.longest[key] ?? 0, compute);
}

// --- Failures ----------------------------------------------------------------------------------------

/** Which figures an operation's failure takes with it (else just the operation's own). */
const FAILS_WITH: Partial<Record<Stage, (FigureName | Stage)[]>> = {
  load: ["load", "firstFrame"],
  layout: ["load", "layoutFirstFrame", "layout", "layoutSettled"],
  settle: ["layout", "layoutSettled"],
};

/**
 * Runs one measured session; a failure (a timeout, or anything else) is recorded on the operation it
 * happened in, the operations before it keep their figures, and the ones after it have none.
 */
async function failSoftly(
  what: string,
  sample: InteractionSample | LayoutSample,
  body: (at: (stage: Stage) => void) => Promise<void>,
): Promise<void> {
  const progress: { at: Stage } = { at: "open" };
  try {
    await body((stage) => void (progress.at = stage));
  } catch (error) {
    const kind = error instanceof Timeout ? "timeout" : "error";
    const message = String(error instanceof Error ? error.message : error).split("\n")[0];
    log(`${what}: ${kind.toUpperCase()} during ${progress.at}: ${message}`);
    sample.failure = `${progress.at}: ${message}`;
    for (const key of FAILS_WITH[progress.at] ?? [progress.at]) sample[key] ??= kind;
  }
}
