// npm run bench [-- --sizes 1k,10k,50k] [--runs 5] [--timeout 120] [--drag-steps 20] [--skip-build] [--regenerate]
//
// The performance benchmark: the app (a build with the read-only test handle) against a baseline page
// of plain Cytoscape.js drawing the same elements at the same positions with the same styles, both
// driven like a user in headless Chromium. See bench/README.md for what is measured and how.
// Progress goes to stderr; the tables to stdout; every raw sample to bench/results/latest.json.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_INSTALL_HINT, findChromium } from "../scripts/findChromium.mjs";
import { serveStatic } from "../scripts/serveStatic.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(ROOT);

const SIZES = {
  "1k": { actors: 1_000, relationships: 3_000, seed: 101 },
  "10k": { actors: 10_000, relationships: 30_000, seed: 102 },
  "50k": { actors: 50_000, relationships: 150_000, seed: 103 },
};
const VIEWPORT = { width: 1440, height: 900 };
const EXPORT_MAX_SIDE = 4096;

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "1k,10k,50k" },
    runs: { type: "string", default: "5" },
    "layout-runs": { type: "string" },
    timeout: { type: "string", default: "120" },
    "drag-steps": { type: "string", default: "20" },
    "skip-build": { type: "boolean", default: false },
    regenerate: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(
    "npm run bench -- [--sizes 1k,10k,50k] [--runs 5] [--layout-runs N] [--timeout 120] [--drag-steps 20] [--skip-build] [--regenerate]",
  );
  process.exit(0);
}
const sizeNames = args.sizes.split(",").map((s) => s.trim());
for (const name of sizeNames) {
  if (!SIZES[name]) {
    console.error(`unknown size "${name}" (known: ${Object.keys(SIZES).join(", ")})`);
    process.exit(2);
  }
}
const RUNS = Math.max(1, Number(args.runs) || 5);
const OP_TIMEOUT = Math.max(5, Number(args.timeout) || 120) * 1000;
const DRAG_STEPS = Math.max(2, Number(args["drag-steps"]) || 20);
/** Layout runs: as many as the other runs at 1k, one at the sizes where a layout takes minutes. */
const layoutRunsFor = (name) =>
  args["layout-runs"] ? Number(args["layout-runs"]) : name === "1k" ? RUNS : 1;

const log = (...parts) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const started = Date.now();

// --- Building and data -------------------------------------------------------------------------------

function run(command, commandArgs, env = process.env) {
  const result = spawnSync(command, commandArgs, { stdio: ["ignore", "inherit", "inherit"], env });
  if (result.status !== 0)
    throw new Error(`${command} ${commandArgs.join(" ")} exited with ${result.status}`);
}

function build() {
  const withoutHandle = { ...process.env };
  delete withoutHandle.EXPLORER_TEST_HANDLE;
  log("building the app with the test handle (dist-bench/), the baseline and the production build");
  const vite = ["vite", "build", "--logLevel", "warn"];
  run("npx", [...vite, "--outDir", "dist-bench", "--emptyOutDir"], {
    ...process.env,
    EXPLORER_TEST_HANDLE: "1",
  });
  run("npx", [...vite, "--config", "bench/vite.config.ts"]);
  run("npx", [...vite, "--outDir", "dist-bench/prod", "--emptyOutDir"], withoutHandle);
}

/** The JavaScript index.html loads before anything else (its module script and modulepreloads). */
function initialJavaScript(dir) {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const files = new Set();
  for (const tag of tags) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (tag.startsWith("<script") && src) files.add(src);
    if (/rel="modulepreload"/.test(tag) && href) files.add(href);
  }
  const sizes = [...files].map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file: file.replace(/^\.\//, ""), bytes: bytes.length, gzip: gzipSync(bytes).length };
  });
  const all = readdirSync(join(dir, "assets")).filter((f) => f.endsWith(".js"));
  const allGzip = all.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, "assets", f))).length, 0);
  return {
    files: sizes,
    bytes: sizes.reduce((s, f) => s + f.bytes, 0),
    gzip: sizes.reduce((s, f) => s + f.gzip, 0),
    allChunksGzip: allGzip,
    chunkCount: all.length,
  };
}

function dataFile(name, positioned) {
  return join(ROOT, "bench", "data", `${name}${positioned ? "-positioned" : ""}.json`);
}

/** The generator's code and the vocabulary it reads (the bundled dataset): a change to either means new data. */
const GENERATOR_INPUTS = [
  "scripts/generate.ts",
  ...readdirSync(join(ROOT, "scripts", "generate")).map((file) => `scripts/generate/${file}`),
  "graph-data/quds-force.json",
];

/** Generates the datasets that are missing or older than the generator. */
function ensureData(name) {
  const spec = SIZES[name];
  const generator = Math.max(...GENERATOR_INPUTS.map((file) => statSync(join(ROOT, file)).mtimeMs));
  for (const positioned of [false, true]) {
    const file = dataFile(name, positioned);
    if (!args.regenerate && existsSync(file) && statSync(file).mtimeMs > generator) continue;
    const options = ["--actors", spec.actors, "--relationships", spec.relationships, "--seed", spec.seed];
    run("npx", [
      "tsx",
      "scripts/generate.ts",
      ...options.map(String),
      "--out",
      file,
      ...(positioned ? ["--positions"] : []),
    ]);
  }
}

/** What the driver needs to know about a dataset: ids to wait for, the type to toggle, labels. */
function datasetFacts(file) {
  const dataset = JSON.parse(readFileSync(file, "utf8"));
  const counts = new Map();
  for (const edge of dataset.edges) counts.set(edge.type, (counts.get(edge.type) ?? 0) + 1);
  const [type, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
  const step = Math.max(1, Math.floor(dataset.nodes.length / 24));
  return {
    nodes: dataset.nodes.length,
    edges: dataset.edges.length,
    bytes: statSync(file).size,
    lastNodeId: dataset.nodes.at(-1).id,
    /** A spread of actors whose on-screen positions tell when a layout has settled. */
    probeIds: dataset.nodes.filter((_, i) => i % step === 0).map((n) => n.id),
    toggle: {
      type,
      count,
      label: dataset.relationshipTypes.find((t) => t.id === type).label,
      edgeId: dataset.edges.find((e) => e.type === type).id,
    },
    labels: new Map(dataset.nodes.map((n) => [n.id, n.label])),
    positions: dataset.nodes.every((n) => n.position)
      ? Object.fromEntries(dataset.nodes.map((n) => [n.id, n.position]))
      : null,
  };
}

// --- The browser -------------------------------------------------------------------------------------

class Timeout extends Error {}

function withTimeout(promise, ms, what) {
  let timer;
  promise.catch(() => {});
  const expiry = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`${what}: no answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}

const executablePath = findChromium();
if (!executablePath) {
  console.error(CHROMIUM_INSTALL_HINT);
  process.exit(1);
}
const BROWSER_ARGS = [...CHROMIUM_ARGS, "--enable-precise-memory-info", "--js-flags=--expose-gc"];
let browserServer = null;
let browser = null;

async function getBrowser() {
  if (browser?.isConnected()) return browser;
  // A server (not a plain launch) so a browser stuck in a page can be killed by its own process id.
  browserServer = await chromium.launchServer({ executablePath, headless: true, args: BROWSER_ARGS });
  browser = await chromium.connect(browserServer.wsEndpoint());
  return browser;
}

async function killBrowser() {
  log("restarting the browser");
  try {
    await withTimeout(browser.close(), 10_000, "closing the browser");
  } catch {
    // killed below
  }
  await browserServer?.kill().catch(() => {});
  browser = null;
  browserServer = null;
}

// Installed in every page before its scripts: long tasks, and when the inputs of each operation happened.
const INIT_SCRIPT = `(() => {
  const bench = { longTasks: [], events: {} };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  addEventListener("change", (e) => {
    if (e.target && e.target.type === "file") bench.events.change = performance.now();
  }, true);
  for (const type of ["mousedown", "mouseup", "mousemove"])
    addEventListener(type, (e) => { bench.events[type] = e.timeStamp; }, true);
})();`;

/** Opens a fresh page in its own context, runs `body`, closes it (killing the browser if it hangs). */
async function withPage(url, body) {
  const context = await (await getBrowser()).newContext({ viewport: VIEWPORT });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  try {
    await withTimeout(page.goto(url), 60_000, "opening the page");
    return await body(page, errors);
  } finally {
    try {
      await withTimeout(context.close(), 15_000, "closing the page");
    } catch {
      await killBrowser();
    }
  }
}

/** page.evaluate, bounded in time (a page stuck in a long task never answers). */
function evaluate(page, fn, arg, ms = OP_TIMEOUT + 5_000, what = "evaluate") {
  return withTimeout(page.evaluate(fn, arg), ms, what);
}

/** Waits until the page has been idle for a moment: two frames, then `ms`. */
function settle(page, ms = 150) {
  return evaluate(
    page,
    (wait) =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, wait)))),
    ms,
    OP_TIMEOUT,
    "settling",
  );
}

/** The longest task that overlapped [from, to], read a moment later (entries arrive after the task). */
async function longestTask(page, from, to) {
  await settle(page, 60);
  return evaluate(
    page,
    ([start, end]) =>
      window.__bench.longTasks
        .filter(([s, d]) => s < end && s + d > start)
        .reduce((max, [, d]) => Math.max(max, d), 0),
    [from, to],
  );
}

const HANDLES = { app: "__explorer", baseline: "__baseline" };

/** Arms a frame wait in the page: the next drawn frame that meets `until`. */
function armFrame(page, kind, until) {
  return evaluate(
    page,
    ([handle, condition, ms]) => {
      window.__bench.events = {};
      window.__bench.frame = window[handle].nextFrame(condition ?? undefined, ms);
    },
    [HANDLES[kind], until ?? null, OP_TIMEOUT],
  );
}

/** Waits for the armed frame; returns { ms: from the `event` input to the frame, longest task, start, end }. */
async function frameAfter(page, event, what, { longest = true } = {}) {
  const result = await evaluate(
    page,
    async (name) => ({ end: await window.__bench.frame, start: window.__bench.events[name] ?? null }),
    event,
    OP_TIMEOUT + 5_000,
    what,
  );
  if (result.end === null) throw new Timeout(`${what}: no matching frame within ${OP_TIMEOUT / 1000} s`);
  if (result.start === null) throw new Error(`${what}: the ${event} input was not seen`);
  return {
    ms: result.end - result.start,
    start: result.start,
    end: result.end,
    longest: longest ? await longestTask(page, result.start, result.end) : null,
  };
}

async function openApp(page) {
  await page.waitForFunction(() => (window.__explorer?.nodeIds().length ?? 0) > 0, undefined, {
    timeout: 60_000,
  });
  await settle(page, 300);
}

async function openBaseline(page) {
  await page.waitForFunction(() => !!window.__baseline, undefined, { timeout: 60_000 });
}

/** Opens the file through the page's file input; resolves to the load phases (ms after the change event). */
async function loadFile(page, kind, file, facts) {
  await evaluate(
    page,
    ([handle, id, ms]) => {
      window.__bench.events = {};
      window[handle].armLoadTimes();
      window.__bench.frame = window[handle].nextFrame({ present: id }, ms);
    },
    [HANDLES[kind], facts.lastNodeId, OP_TIMEOUT],
  );
  await page.getByTestId("dataset-file-input").setInputFiles(file);
  const times = await evaluate(
    page,
    async (handle) => {
      const frame = await window.__bench.frame;
      return { frame, change: window.__bench.events.change ?? null, ...window[handle].loadTimes() };
    },
    HANDLES[kind],
    OP_TIMEOUT + 5_000,
    "load",
  );
  if (times.frame === null)
    throw new Timeout(`load: no frame with the dataset within ${OP_TIMEOUT / 1000} s`);
  const since = (t) => (t === undefined || t === null ? null : t - times.change);
  return {
    raw: times,
    load: since(times.datasetOpened),
    added: since(times.elementsAdded),
    firstFrame: since(times.frame),
    layoutStopped: since(times.layoutStopped),
    longest: await longestTask(page, times.change, times.frame),
  };
}

/**
 * Where to hover and click, and where to start a drag: the actor near the middle of the canvas with
 * the most room around it (so the click lands on it), and the emptiest background point.
 */
function pickTargets(page, kind, pick) {
  return evaluate(
    page,
    ([handle, pickIndex]) => {
      const h = window[handle];
      const canvas = document.querySelector('[data-testid="graph-canvas"]') ?? document.getElementById("cy");
      const box = canvas.getBoundingClientRect();
      const zoom = h.zoom();
      const pan = h.pan();
      const points = Object.entries(h.positions()).map(([id, p]) => [
        id,
        box.left + p.x * zoom + pan.x,
        box.top + p.y * zoom + pan.y,
      ]);
      const cell = 40;
      const grid = new Map();
      const key = (x, y) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
      points.forEach(([, x, y], i) => {
        const k = key(x, y);
        if (!grid.has(k)) grid.set(k, []);
        grid.get(k).push(i);
      });
      const room = (x, y, skip) => {
        let best = 2 * cell;
        const [cx, cy] = [Math.floor(x / cell), Math.floor(y / cell)];
        for (let dx = -2; dx <= 2; dx++)
          for (let dy = -2; dy <= 2; dy++)
            for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? [])
              if (j !== skip) best = Math.min(best, Math.hypot(points[j][1] - x, points[j][2] - y));
        return best;
      };
      const inner = {
        x1: box.left + box.width * 0.2,
        x2: box.right - box.width * 0.2,
        y1: box.top + box.height * 0.2,
        y2: box.bottom - box.height * 0.2,
      };
      const inside = (x, y) => x > inner.x1 && x < inner.x2 && y > inner.y1 && y < inner.y2;
      const onCanvas = (x, y) => canvas.contains(document.elementFromPoint(x, y));
      const candidates = points.map((p, i) => [p, i]).filter(([[, x, y]]) => inside(x, y) && onCanvas(x, y));
      const stride = Math.max(1, Math.floor(candidates.length / 3000));
      const scored = candidates
        .filter((_, i) => i % stride === 0)
        .map(([[id, x, y], i]) => ({ id, x, y, room: room(x, y, i) }))
        .sort((a, b) => b.room - a.room || (a.id < b.id ? -1 : 1));
      const node = scored[pickIndex % Math.min(10, scored.length)] ?? null;
      let background = null;
      for (let x = inner.x1; x < inner.x2; x += 12)
        for (let y = inner.y1; y < inner.y2 - 60; y += 12) {
          const r = room(x, y, -1);
          if ((!background || r > background.room) && onCanvas(x, y)) background = { x, y, room: r };
        }
      return { node, background, zoom };
    },
    [HANDLES[kind], pick],
  );
}

// --- One run ----------------------------------------------------------------------------------------

/**
 * One run on the positioned dataset: load, heap, filter, unfilter, hover, select, drag, export.
 * Each operation is timed from its input event to the next painted frame that shows its effect.
 */
async function interactionRun(kind, url, file, facts, index, positionOverride) {
  // Other work on the machine (a build, another test run) slows both pages: the load average says so.
  const sample = { longest: {}, loadAverage: os.loadavg()[0] };
  const progress = { at: "open" };
  const record = (name, result) => {
    sample[name] = result.ms;
    sample.longest[name] = result.longest;
  };
  await failSoftly(`${kind} run ${index + 1}`, sample, progress, () =>
    withPage(url, async (page, errors) => {
      sample.errors = errors;
      const at = (name) => void (progress.at = name);
      if (kind === "app") await openApp(page);
      else {
        await openBaseline(page);
        if (positionOverride)
          await evaluate(page, (p) => window.__baseline.setPositions(p), positionOverride);
      }
      at("load");
      const load = await loadFile(page, kind, file, facts);
      Object.assign(sample, { load: load.load, added: load.added, firstFrame: load.firstFrame });
      sample.longest.firstFrame = load.longest;
      await settle(page, 700);

      at("heapMB");
      sample.heapMB = await evaluate(page, async () => {
        if (window.gc) {
          window.gc();
          await new Promise((done) => setTimeout(done, 50));
          window.gc();
        }
        return performance.memory ? performance.memory.usedJSHeapSize / 1048576 : null;
      });
      if (kind === "app" && index === 0)
        sample.positions = await evaluate(page, () => window.__explorer.positions());

      // Filter and unfilter: the checkbox of the most frequent relationship type.
      at("filter");
      const checkbox = page
        .getByRole("group", { name: /^Relationships/ })
        .getByRole("checkbox", { name: facts.toggle.label, exact: true });
      await checkbox.hover({ timeout: OP_TIMEOUT });
      await settle(page);
      await armFrame(page, kind, { absent: facts.toggle.edgeId });
      await checkbox.click({ timeout: OP_TIMEOUT });
      record("filter", await frameAfter(page, "mouseup", "filter"));
      await settle(page, 300);
      at("unfilter");
      await armFrame(page, kind, { present: facts.toggle.edgeId });
      await checkbox.click({ timeout: OP_TIMEOUT });
      record("unfilter", await frameAfter(page, "mouseup", "unfilter"));
      await settle(page, 300);

      // Hover, then select, an actor with room around it; the app also shows it in the details panel.
      at("hover");
      const targets = await pickTargets(page, kind, index);
      if (!targets.node || !targets.background)
        throw new Error("no actor or background point to use on the canvas");
      sample.targets = { node: targets.node.id, room: Math.round(targets.node.room), zoom: targets.zoom };
      await page.mouse.move(targets.background.x, targets.background.y);
      await settle(page, 300);
      await armFrame(page, kind, { hasClass: [targets.node.id, "hovered"] });
      await page.mouse.move(targets.node.x, targets.node.y);
      record("hover", await frameAfter(page, "mousemove", "hover"));
      await settle(page, 300);

      at("select");
      const label = facts.labels.get(targets.node.id);
      if (kind === "app") {
        await evaluate(
          page,
          ([text, ms]) => {
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
          [label, OP_TIMEOUT],
        );
      }
      await armFrame(page, kind, { selected: targets.node.id });
      await page.mouse.down();
      await page.mouse.up();
      record("select", await frameAfter(page, "mouseup", "select"));
      if (kind === "app") {
        at("selectPanel");
        const shown = await evaluate(
          page,
          () => window.__bench.panel,
          undefined,
          OP_TIMEOUT + 5_000,
          "details panel",
        );
        const up = await evaluate(page, () => window.__bench.events.mouseup);
        if (shown === null) throw new Timeout("details panel: not shown");
        sample.selectPanel = shown - up;
        sample.longest.selectPanel = await longestTask(page, up, shown);
      }
      await settle(page, 300);

      // Drag the background in steps; each step is timed from the mouse move to the painted frame.
      at("drag");
      await page.mouse.move(targets.background.x, targets.background.y);
      await settle(page, 300);
      const panBefore = await evaluate(page, (handle) => window[handle].pan(), HANDLES[kind]);
      await page.mouse.down();
      sample.dragSteps = [];
      const windows = [];
      for (let step = 1; step <= DRAG_STEPS; step++) {
        // Let the previous step's frames drain, so the frame awaited is this step's.
        await settle(page, 0);
        await armFrame(page, kind, null);
        await page.mouse.move(targets.background.x + step * 6, targets.background.y + step * 4);
        const result = await frameAfter(page, "mousemove", "drag step", { longest: false });
        sample.dragSteps.push(result.ms);
        windows.push([result.start, result.end]);
      }
      await page.mouse.up();
      sample.drag = median(sample.dragSteps);
      await settle(page, 60);
      sample.longest.drag = await evaluate(
        page,
        (spans) =>
          window.__bench.longTasks
            .filter(([s, d]) => spans.some(([start, end]) => s < end && s + d > start))
            .reduce((max, [, d]) => Math.max(max, d), 0),
        windows,
      );
      const panAfter = await evaluate(page, (handle) => window[handle].pan(), HANDLES[kind]);
      sample.dragPanned = Math.round(Math.hypot(panAfter.x - panBefore.x, panAfter.y - panBefore.y));
      await settle(page, 500);

      // PNG export at 1x of the whole graph, capped.
      at("export");
      const exported = await evaluate(
        page,
        async ([handle, side]) => {
          const start = performance.now();
          const result = await window[handle].exportPng(side);
          return { ...result, start, end: performance.now() };
        },
        [HANDLES[kind], EXPORT_MAX_SIDE],
        OP_TIMEOUT,
        "export",
      );
      sample.export = exported.ms;
      sample.exportBytes = exported.bytes;
      sample.longest.export = await longestTask(page, exported.start, exported.end);
    }),
  );
  sample.errors = (sample.errors ?? []).slice(0, 5);
  return sample;
}

/**
 * Runs one measured session; a failure (a timeout, or anything else) is recorded on the operation it
 * happened in, the operations before it keep their figures, and the ones after it have none.
 */
async function failSoftly(what, sample, progress, body) {
  try {
    await body();
  } catch (error) {
    const kind = error instanceof Timeout ? "timeout" : "error";
    const message = String(error?.message ?? error).split("\n")[0];
    log(`${what}: ${kind.toUpperCase()} during ${progress.at}: ${message}`);
    sample.failure = `${progress.at}: ${message}`;
    for (const key of FAILS_WITH[progress.at] ?? [progress.at]) sample[key] ??= kind;
  }
}

/** Which figures an operation's failure takes with it. */
const FAILS_WITH = {
  load: ["load", "firstFrame"],
  layout: ["load", "layoutFirstFrame", "layout", "layoutSettled"],
  settle: ["layout", "layoutSettled"],
};

/** One load of the dataset without positions: the layout, timed to the frame where the picture settles. */
async function layoutRun(kind, url, file, facts, index) {
  const sample = { longest: {}, loadAverage: os.loadavg()[0] };
  const progress = { at: "open" };
  await failSoftly(`${kind} layout run ${index + 1}`, sample, progress, () =>
    withPage(url, async (page, errors) => {
      sample.errors = errors;
      if (kind === "app") await openApp(page);
      else await openBaseline(page);
      progress.at = "layout";
      const load = await loadFile(page, kind, file, facts);
      Object.assign(sample, { load: load.load, layoutFirstFrame: load.firstFrame });
      sample.longest.layoutFirstFrame = load.longest;
      progress.at = "settle";
      // The app's picture stands still while its worker computes: wait for the app to say it is done.
      if (kind === "app")
        await withTimeout(
          page.waitForFunction(() => window.__explorer.isSettled(), undefined, {
            timeout: OP_TIMEOUT,
            polling: 200,
          }),
          OP_TIMEOUT + 5_000,
          "layout",
        );
      // A layout that runs off the page (a worker) moves the actors after the first frame: wait until
      // the probe actors have stayed put for 2 s; the time is that of the first look that saw them there.
      const deadline = Date.now() + OP_TIMEOUT;
      let last = null;
      let since = null;
      while (Date.now() < deadline) {
        const look = await evaluate(
          page,
          ([handle, ids]) => ({
            at: performance.now(),
            where: JSON.stringify(ids.map((id) => window[handle].nodePagePosition(id))),
          }),
          [HANDLES[kind], facts.probeIds],
          OP_TIMEOUT,
          "layout settling",
        );
        if (last && look.where === last.where) {
          if (look.at - since.at > 2_000) break;
        } else since = look;
        last = look;
        await new Promise((done) => setTimeout(done, 200));
      }
      if (Date.now() >= deadline) throw new Timeout("layout: still moving after the time limit");
      const settledAt = since.at - load.raw.change;
      if (facts.nodes <= 2_000)
        sample.positions = await evaluate(page, (h) => window[h].positions(), HANDLES[kind]);
      // The phases as the page recorded them: the app's layout status (started, positions computed,
      // actors placed), the baseline's layoutstop event.
      const times = await evaluate(page, (h) => window[h].loadTimes(), HANDLES[kind]);
      if (process.env.BENCH_DEBUG) log(kind, JSON.stringify(times), JSON.stringify(load.raw));
      const added = times.elementsAdded ?? load.raw.change;
      const finished = times.layoutFinished ?? times.layoutStopped;
      // From the elements being drawn to the layout's end (else the settled picture), and from
      // opening the file to the settled picture.
      // The app may lay out before it draws (large graphs): then the layout starts before anything is added.
      const layoutStart = Math.min(times.layoutStarted ?? added, added);
      sample.layout = finished !== undefined ? finished - layoutStart : settledAt - load.added;
      sample.layoutSource = finished !== undefined ? "the page's record" : "settled picture";
      sample.layoutSettled = Math.max(settledAt, load.firstFrame);
      const end = load.raw.change + sample.layoutSettled;
      sample.longest.layout = await longestTask(page, layoutStart, end);
      sample.longest.layoutSettled = sample.longest.layout;
      // While the positions are computed: in the app's worker (the page should stay responsive), in
      // the baseline's page (one long task).
      const computeStart = times.layoutStarted ?? added;
      const computeEnd = times.layoutComputed ?? times.layoutStopped;
      if (computeEnd !== undefined) {
        sample.layoutCompute = computeEnd - computeStart;
        const observed = await longestTask(page, computeStart, computeEnd);
        // The baseline's layout runs synchronously between its two time stamps, so it is one task at
        // least that long, whether or not the long-task observer reports it (in our runs it did not).
        sample.longest.layoutCompute =
          kind === "baseline" ? Math.max(observed, sample.layoutCompute) : observed;
        if (kind === "baseline")
          for (const key of ["layout", "layoutSettled", "layoutFirstFrame"])
            sample.longest[key] = Math.max(sample.longest[key] ?? 0, sample.layoutCompute);
      }
    }),
  );
  sample.errors = (sample.errors ?? []).slice(0, 5);
  return sample;
}

// --- Statistics and the report ----------------------------------------------------------------------

function quantile(sorted, q) {
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

function median(values) {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

function summarise(values) {
  const numbers = values.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  const timeouts = values.filter((v) => v === "timeout").length;
  const errors = values.length - numbers.length - timeouts;
  if (numbers.length === 0) return { n: 0, timeouts, errors };
  return {
    n: numbers.length,
    timeouts,
    errors,
    median: quantile(numbers, 0.5),
    min: numbers[0],
    max: numbers.at(-1),
    q1: quantile(numbers, 0.25),
    q3: quantile(numbers, 0.75),
  };
}

const ROWS = [
  ["load", "Dataset load (file chosen → parsed, validated, in the store)", "ms"],
  ["firstFrame", "Load → first painted frame (positioned file)", "ms"],
  ["layoutFirstFrame", "Load → first painted frame (no positions: layout)", "ms"],
  ["layout", "Layout (started → actors in place)", "ms"],
  ["layoutCompute", "Layout: computing the positions (app: in a worker)", "ms"],
  ["layoutSettled", "Load → settled picture (no positions)", "ms"],
  ["filter", "Filter: uncheck a relationship type → painted", "ms"],
  ["unfilter", "Unfilter: check it again → painted", "ms"],
  ["hover", "Hover an actor → neighbourhood highlighted", "ms"],
  ["select", "Select: click an actor → painted selected", "ms"],
  ["selectPanel", "Select → details panel shows its name", "ms"],
  ["drag", "Drag the background: one step → painted", "ms"],
  ["export", `PNG export 1× of the whole graph (≤${EXPORT_MAX_SIDE} px a side; app framed)`, "ms"],
  ["heapMB", "JS heap after load (after gc)", "MB"],
];

function formatNumber(value, unit) {
  if (value === null || value === undefined) return "–";
  if (unit === "MB") return `${Math.round(value)} MB`;
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  return `${Math.round(value)} ms`;
}

const isEmpty = (s) => !s || (s.n === 0 && !s.timeouts && !s.errors);

function formatSummary(s, unit) {
  if (isEmpty(s)) return "–";
  const failures = [s.timeouts ? `${s.timeouts}× timeout` : "", s.errors ? `${s.errors}× failed` : ""]
    .filter(Boolean)
    .join(", ");
  if (s.n === 0) return `**${failures}**`;
  const value = formatNumber(s.median, unit);
  const spread = s.n > 1 ? ` (${formatNumber(s.min, unit)}–${formatNumber(s.max, unit)})` : " (1 run)";
  return `${value}${spread}${failures ? `, ${failures}` : ""}`;
}

function formatLongest(s) {
  if (!s || s.n === 0) return "–";
  return s.median < 50 ? "<50" : String(Math.round(s.median));
}

function tableFor(name, result) {
  const lines = [
    `### ${name}: ${result.facts.nodes.toLocaleString("en")} actors, ${result.facts.edges.toLocaleString("en")} relationships (${(result.facts.bytes / 1048576).toFixed(1)} MB)`,
    "",
    "| operation | app median (min–max) | baseline median (min–max) | ratio | longest task app / baseline (ms) |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const [key, label, unit] of ROWS) {
    const app = result.summary.app[key];
    const baseline = result.summary.baseline[key];
    if (isEmpty(app) && isEmpty(baseline)) continue;
    const ratio =
      app?.n && baseline?.n && baseline.median > 0 ? `${(app.median / baseline.median).toFixed(2)}×` : "–";
    const longest = `${formatLongest(result.summary.appLongest[key])} / ${formatLongest(result.summary.baselineLongest[key])}`;
    lines.push(
      `| ${label} | ${formatSummary(app, unit)} | ${formatSummary(baseline, unit)} | ${ratio} | ${unit === "MB" ? "" : longest} |`,
    );
  }
  if (result.notes.length > 0) lines.push("", ...result.notes.map((note) => `- ${note}`));
  return lines.join("\n");
}

// --- The run ----------------------------------------------------------------------------------------

const OPERATIONS = [
  "load",
  "firstFrame",
  "filter",
  "unfilter",
  "hover",
  "select",
  "selectPanel",
  "drag",
  "export",
  "heapMB",
];

function maxDifference(a, b) {
  if (!a || !b) return null;
  let max = 0;
  for (const [id, p] of Object.entries(a)) {
    const q = b[id];
    if (!q) return Infinity;
    max = Math.max(max, Math.abs(p.x - q.x), Math.abs(p.y - q.y));
  }
  return max;
}

async function benchSize(name, server) {
  log(`${name}: reading the datasets`);
  const facts = datasetFacts(dataFile(name, true));
  const layoutFacts = datasetFacts(dataFile(name, false));
  const appUrl = server.url;
  const canvasBox = await withPage(appUrl, async (page) => {
    await openApp(page);
    return evaluate(page, () => {
      const r = document.querySelector('[data-testid="graph-canvas"]').getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    });
  });
  const query = new URLSearchParams(Object.entries(canvasBox).map(([k, v]) => [k, String(Math.round(v))]));
  // The baseline picks the app's rendering mode for this size (fast rendering for large graphs).
  query.set("actors", String(facts.nodes));
  query.set("relationships", String(facts.edges));
  const baselineUrl = `${server.url}baseline/baseline.html?${query}`;
  const samples = { app: [], baseline: [] };
  const layoutSamples = { app: [], baseline: [] };
  const notes = [];

  let positionOverride = null;
  for (let i = 0; i < RUNS; i++) {
    log(`${name}: run ${i + 1}/${RUNS} (app)`);
    const app = await interactionRun("app", appUrl, dataFile(name, true), facts, i, null);
    if (app.positions) {
      // Draw the baseline where the app drew: the app's positions, unless they are the file's already.
      const difference = maxDifference(app.positions, facts.positions);
      if (difference === null || difference > 0.5) positionOverride = app.positions;
      notes.push(
        difference !== null && difference <= 0.5
          ? "The app draws the positioned file at the file's positions; the baseline uses the same."
          : `The app moved actors by up to ${Math.round(difference)} px from the file's positions; the baseline was given the app's positions.`,
      );
      delete app.positions;
    }
    samples.app.push(app);
    log(`${name}: run ${i + 1}/${RUNS} (baseline)`);
    samples.baseline.push(
      await interactionRun("baseline", baselineUrl, dataFile(name, true), facts, i, positionOverride),
    );
  }

  const layoutRuns = layoutRunsFor(name);
  for (let i = 0; i < layoutRuns; i++) {
    for (const kind of ["app", "baseline"]) {
      log(`${name}: layout run ${i + 1}/${layoutRuns} (${kind}, no positions in the file)`);
      layoutSamples[kind].push(
        await layoutRun(kind, kind === "app" ? appUrl : baselineUrl, dataFile(name, false), layoutFacts, i),
      );
    }
  }
  const [appLayout, baselineLayout] = [layoutSamples.app[0], layoutSamples.baseline[0]];
  if (appLayout?.positions && baselineLayout?.positions) {
    const difference = maxDifference(appLayout.positions, baselineLayout.positions);
    notes.push(
      difference <= 0.5
        ? "Layout: the app and the baseline computed the same positions."
        : `Layout: the app's and the baseline's positions differ by up to ${Math.round(difference)} px (different layout settings or code path).`,
    );
  }
  for (const kind of ["app", "baseline"]) for (const s of layoutSamples[kind]) delete s.positions;
  if (layoutRuns < RUNS)
    notes.push(`Layout rows: ${layoutRuns} run(s) only at this size (it takes minutes).`);
  const sources = new Set(layoutSamples.app.map((s) => s.layoutSource).filter(Boolean));
  if (sources.has("settled picture"))
    notes.push("App layout end: not recorded by the page, so the settled picture (±200 ms) is used.");
  const missed = samples.app
    .concat(samples.baseline)
    .filter((s) => s.dragPanned !== undefined && s.dragPanned < 40);
  if (missed.length)
    notes.push(`${missed.length} drag run(s) barely moved the view: check the background point.`);
  const errors = [...samples.app, ...layoutSamples.app].flatMap((s) => s.errors ?? []);
  if (errors.length) notes.push(`App page errors: ${[...new Set(errors)].slice(0, 3).join(" | ")}`);
  for (const kind of ["app", "baseline"]) {
    const failures = [...samples[kind], ...layoutSamples[kind]].map((s) => s.failure).filter(Boolean);
    if (failures.length) notes.push(`${kind} failures: ${[...new Set(failures)].slice(0, 4).join(" | ")}`);
  }

  const column = (list, key) => list.map((s) => s[key]).filter((v) => v !== undefined && v !== null);
  const longestColumn = (list, key) => list.map((s) => s.longest?.[key]).filter((v) => typeof v === "number");
  const summary = { app: {}, baseline: {}, appLongest: {}, baselineLongest: {} };
  for (const kind of ["app", "baseline"]) {
    for (const key of OPERATIONS) {
      summary[kind][key] = summarise(column(samples[kind], key));
      summary[`${kind}Longest`][key] = summarise(longestColumn(samples[kind], key));
    }
    // Drag: every step of every run.
    summary[kind].drag = summarise(
      samples[kind].flatMap((s) => (typeof s.drag === "string" ? [s.drag] : (s.dragSteps ?? []))),
    );
    for (const key of ["layout", "layoutCompute", "layoutFirstFrame", "layoutSettled"]) {
      summary[kind][key] = summarise(column(layoutSamples[kind], key));
      summary[`${kind}Longest`][key] = summarise(longestColumn(layoutSamples[kind], key));
    }
  }
  const factsOut = { nodes: facts.nodes, edges: facts.edges, bytes: facts.bytes, toggle: facts.toggle };
  return { facts: factsOut, canvasBox, samples, layoutSamples, summary, notes };
}

async function main() {
  if (!args["skip-build"]) build();
  else if (!existsSync("dist-bench/index.html") || !existsSync("dist-bench/baseline/baseline.html"))
    throw new Error("--skip-build, but dist-bench/ has no build: run without it once");
  const javascript = existsSync("dist-bench/prod/index.html") ? initialJavaScript("dist-bench/prod") : null;
  for (const name of sizeNames) ensureData(name);

  const server = await serveStatic("dist-bench");
  const results = {};
  let chromiumVersion = "?";
  try {
    chromiumVersion = (await getBrowser()).version();
    for (const name of sizeNames) {
      results[name] = await benchSize(name, server);
      log(`${name}: done`);
      process.stdout.write(`\n${tableFor(name, results[name])}\n`);
    }
  } finally {
    await killBrowser().catch(() => {});
    await server.close();
  }

  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model ?? "?",
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    chromium: chromiumVersion,
    node: process.version,
    date: new Date().toISOString(),
  };
  const header =
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; ` +
    `Chromium ${machine.chromium} (headless, no GPU); Node ${machine.node}; ${machine.date}; ` +
    `${RUNS} runs per operation, timeout ${OP_TIMEOUT / 1000} s.`;
  const jsLine = javascript
    ? `Initial JavaScript of the production build: ${(javascript.gzip / 1024).toFixed(1)} kB gzip (${(javascript.bytes / 1024).toFixed(0)} kB raw) in ${javascript.files.length} file(s); all ${javascript.chunkCount} chunks ${(javascript.allChunksGzip / 1024).toFixed(1)} kB gzip.`
    : "Initial JavaScript: not measured (no dist-bench/prod build).";
  const loads = Object.values(results).flatMap((r) =>
    [r.samples, r.layoutSamples].flatMap((k) => [...k.app, ...k.baseline].map((s) => s.loadAverage)),
  );
  const loadLine = loads.length
    ? `Load average (1 min) at the start of the runs: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${os.cpus().length} cores` +
      (Math.max(...loads) > os.cpus().length
        ? " (other work was running: figures are slower and noisier than on a quiet machine)."
        : ".")
    : "";
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  process.stdout.write(`\n${header}\n${jsLine}\n${loadLine}\nTotal time: ${minutes} min.\n`);

  mkdirSync("bench/results", { recursive: true });
  const output = {
    machine,
    options: { sizes: sizeNames, runs: RUNS, timeoutMs: OP_TIMEOUT, dragSteps: DRAG_STEPS },
    javascript,
    results,
  };
  writeFileSync("bench/results/latest.json", JSON.stringify(output, null, 2));
  const markdown = [
    `# Benchmark results`,
    "",
    header,
    "",
    jsLine,
    "",
    loadLine,
    "",
    ...sizeNames.map((n) => tableFor(n, results[n]) + "\n"),
  ];
  writeFileSync("bench/results/latest.md", markdown.join("\n"));
  log(`wrote bench/results/latest.json and latest.md in ${minutes} min`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
