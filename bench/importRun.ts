/**
 * The import rows: the app opening the same generated dataset as GEXF, GraphML and a CSV pair written
 * by its own writers (no mapping dialog), as a plain GEXF from elsewhere (through the mapping dialog)
 * and as its own JSON (for the heap), each in a fresh page from the file chosen to the first painted
 * frame with the last actor; and, in the same run, a peer library parsing the same files in a page of
 * its own (bench/importPeers.ts). Figures are named "<file kind>.<figure>" (see importSamples.ts).
 */
import os from "node:os";
import { Timeout, type Chromium, type MeasuredPage } from "./browser";
import { log } from "./cli";
import type { DatasetFacts } from "./data";
import { ensureImportFiles, IMPORT_FILE_KINDS, type ImportFileKind, type ImportFiles } from "./importData";
import type { ImportRow, ImportSample, PeerParse } from "./importSamples";
import { heapMB, loadFile, waitUntilReady } from "./operations";
import { positiveDuration } from "./stats";

/** The limits the issue sets: parse + map + validate within 1.5× the peer, no task over 200 ms, heap within 2×. */
const PEER_RATIO = 1.5;
const LONGEST_TASK_MS = 200;
const HEAP_RATIO = 2;

const APP_EXPORTS = ["gexf", "graphml", "csv"] as const satisfies readonly ImportFileKind[];

const KIND_LABEL: Record<ImportFileKind, string> = {
  gexf: "GEXF (app export)",
  graphml: "GraphML (app export)",
  csv: "CSV pair (app export)",
  plainGexf: "Plain GEXF (mapping dialog)",
};

const PEER_LABEL: Record<ImportFileKind, string> = {
  gexf: "graphology-gexf",
  graphml: "graphology-graphml",
  csv: "PapaParse",
  plainGexf: "graphology-gexf",
};

/** What an import run needs: the pages' addresses, the files, the dataset's JSON and its last actor. */
export interface ImportPlan {
  appUrl: string;
  peerUrl: string;
  datasetFile: string;
  files: ImportFiles;
  facts: Pick<DatasetFacts, "lastNodeId" | "nodes" | "edges">;
}

export function importPlan(serverUrl: string, datasetFile: string, facts: ImportPlan["facts"]): ImportPlan {
  return {
    appUrl: serverUrl,
    peerUrl: `${serverUrl}baseline/importPeers.html`,
    datasetFile,
    files: ensureImportFiles(datasetFile),
    facts,
  };
}

/** Runs `body`, recording a failure on `name` (a timeout or an error) instead of throwing. */
async function softly(sample: ImportSample, name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const kind = error instanceof Timeout ? "timeout" : "error";
    log(`import ${name}: ${kind.toUpperCase()}: ${String(error instanceof Error ? error.message : error)}`);
    sample[name] ??= kind;
  }
}

/** One import run: every file in the app (a fresh page each) and in the peer page. */
export async function importRun(browser: Chromium, plan: ImportPlan, index: number): Promise<ImportSample> {
  const sample: ImportSample = { loadAverage: os.loadavg()[0] ?? 0 };
  const kinds: (ImportFileKind | "json")[] = [...APP_EXPORTS, "plainGexf", "json"];
  for (const kind of kinds) {
    log(`import run ${index + 1}: app, ${kind}`);
    await softly(sample, `${kind}.opened`, () =>
      browser.withPage(plan.appUrl, "app", async (page) => {
        await waitUntilReady(page);
        if (kind === "plainGexf") await appThroughDialog(page, plan, sample);
        else await appOpen(page, kind === "json" ? [plan.datasetFile] : plan.files[kind], plan, kind, sample);
      }),
    );
  }
  for (const kind of IMPORT_FILE_KINDS) {
    log(`import run ${index + 1}: peer, ${kind}`);
    await softly(sample, `${kind}.peerReadParse`, () =>
      browser.withPage(plan.peerUrl, "baseline", (page) => peerParse(page, plan.files[kind], kind, sample)),
    );
  }
  return sample;
}

/** A file that opens at once: chosen → in the store → first frame, the longest tasks, the heap. */
async function appOpen(
  page: MeasuredPage,
  files: string[],
  plan: ImportPlan,
  kind: string,
  sample: ImportSample,
): Promise<void> {
  const load = await loadFile(page, files, plan.facts);
  const { change, datasetOpened } = load.raw;
  sample[`${kind}.opened`] = load.load;
  sample[`${kind}.firstFrame`] = load.firstFrame;
  sample[`${kind}.longestAll`] = load.longest;
  if (datasetOpened !== undefined)
    sample[`${kind}.longestImport`] = await longestTaskWithin(page, change, datasetOpened);
  await page.settle(700);
  sample[`${kind}.heapMB`] = await heapMB(page);
}

/**
 * A file from elsewhere: chosen → the mapping dialog shown (read: detected and parsed in the worker);
 * then Open → in the store (mapped and validated) → first frame.
 */
async function appThroughDialog(page: MeasuredPage, plan: ImportPlan, sample: ImportSample): Promise<void> {
  const ms = page.timeoutMs;
  await page.evaluate(
    ({ ms }) => {
      window.__bench.events = {};
      window.__explorer!.armLoadTimes();
      window.__bench.panel = new Promise((resolve) => {
        const shown = () => {
          if (!document.querySelector('[role="dialog"] [data-testid="mapping-summary"]')) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now()));
        };
        const observer = new MutationObserver(shown);
        const timer = setTimeout(() => (observer.disconnect(), resolve(null)), ms);
        observer.observe(document.body, { subtree: true, childList: true });
      });
    },
    { ms },
  );
  await page.page.getByTestId("dataset-file-input").setInputFiles(plan.files.plainGexf);
  const dialog = await page.evaluate(
    async () => ({ shown: await window.__bench.panel!, change: window.__bench.events.change ?? null }),
    undefined,
    ms + 5_000,
    "mapping dialog",
  );
  if (dialog.shown === null) throw new Timeout(`the mapping dialog did not show within ${ms / 1000} s`);
  if (dialog.change === null) throw new Error("the file input's change was not seen");
  sample["plainGexf.read"] = positiveDuration("read", dialog.shown - dialog.change);
  // The dialog computes its summary (a trial mapping) once shown: let it finish, as a user would.
  await page.settle(500);
  const idle = await page.evaluate(() => performance.now(), undefined);
  sample["plainGexf.longestRead"] = await page.longestTask([[dialog.change, idle]]);

  await page.evaluate(
    ({ id, ms }) => {
      window.__bench.events = {};
      window.__bench.frame = window.__explorer!.nextFrame({ present: id }, ms);
    },
    { id: plan.facts.lastNodeId, ms },
  );
  await page.page.getByRole("dialog").getByRole("button", { name: "Open", exact: true }).click();
  const times = await page.evaluate(
    async () => ({
      frame: await window.__bench.frame!,
      clicked: window.__bench.events.mouseup ?? null,
      opened: window.__explorer!.loadTimes().datasetOpened ?? null,
    }),
    undefined,
    ms + 5_000,
    "import after the dialog",
  );
  if (times.frame === null) throw new Timeout(`no frame with the dataset within ${ms / 1000} s of Open`);
  if (times.clicked === null || times.opened === null)
    throw new Error("Open's click or the opening not seen");
  const mapped = positiveDuration("map + validate", times.opened - times.clicked);
  sample["plainGexf.mapValidate"] = mapped;
  sample["plainGexf.opened"] = (sample["plainGexf.read"] ?? 0) + mapped;
  sample["plainGexf.firstFrame"] = positiveDuration("first frame", times.frame - times.clicked);
  sample["plainGexf.longestImport"] = Math.max(
    sample["plainGexf.longestRead"],
    await longestTaskWithin(page, times.clicked, times.opened),
  );
  sample["plainGexf.longestAll"] = Math.max(
    sample["plainGexf.longestRead"],
    await page.longestTask([[times.clicked, times.frame]]),
  );
  await page.settle(700);
  sample["plainGexf.heapMB"] = await heapMB(page);
}

/**
 * The longest task that began and ended between `from` and `to`: while the file is read, parsed and
 * mapped. The task in which the dataset reaches the store goes on to index and draw it (the store's
 * update renders synchronously), so it belongs to the first frame, not to the import.
 */
async function longestTaskWithin(page: MeasuredPage, from: number, to: number): Promise<number> {
  await page.settle(60);
  return page.evaluate(
    ({ from, to }) =>
      window.__bench.longTasks
        .filter(([start, duration]) => start >= from && start + duration <= to)
        .reduce((max, [, duration]) => Math.max(max, duration), 0),
    { from, to },
  );
}

/** The peer page: chosen → read → parsed by the peer library, and the longest task. */
async function peerParse(
  page: MeasuredPage,
  files: string[],
  kind: ImportFileKind,
  sample: ImportSample,
): Promise<void> {
  await page.page.waitForFunction(() => !!window.__importPeers, undefined, { timeout: 60_000 });
  await page.settle(300);
  await page.evaluate(() => {
    window.__bench.events = {};
    window.__importPeers!.reset();
  }, undefined);
  await page.page.getByTestId("dataset-file-input").setInputFiles(files);
  const handle = await page.page.waitForFunction(
    () => {
      const last = window.__importPeers!.last();
      return last && { ...last, change: window.__bench.events.change ?? null };
    },
    undefined,
    { timeout: page.timeoutMs, polling: 50 },
  );
  const result = (await handle.jsonValue()) as PeerParse & { change: number | null };
  if (result.error !== null) throw new Error(result.error);
  if (result.change === null) throw new Error("the file input's change was not seen");
  sample[`${kind}.peerRead`] = positiveDuration("peer read", result.read - result.change);
  sample[`${kind}.peerParse`] = positiveDuration("peer parse", result.parsed - result.read);
  sample[`${kind}.peerReadParse`] = positiveDuration("peer read + parse", result.parsed - result.change);
  sample[`${kind}.peerLongest`] = await page.longestTask([[result.change, result.parsed]]);
  sample[`${kind}.peerCounts`] = result.nodes + result.edges + result.rows;
}

/** The import table's rows, in order. */
export function importRows(): ImportRow[] {
  const rows: ImportRow[] = [];
  for (const kind of IMPORT_FILE_KINDS) {
    const label = KIND_LABEL[kind];
    const peer = PEER_LABEL[kind];
    if (kind === "plainGexf") {
      rows.push(
        {
          label: `${label}: chosen → dialog shown (detect + parse in the worker)`,
          app: "plainGexf.read",
          unit: "ms",
        },
        { label: `${label}: Open → in the store (map + validate)`, app: "plainGexf.mapValidate", unit: "ms" },
        { label: `${label}: Open → first painted frame`, app: "plainGexf.firstFrame", unit: "ms" },
      );
    }
    rows.push(
      {
        label: `${label}: ${kind === "plainGexf" ? "read + map + validate" : "chosen → in the store (read, parse, map, validate)"} vs ${peer} read + parse`,
        app: `${kind}.opened`,
        peer: `${kind}.peerReadParse`,
        unit: "ms",
        target: { ratio: PEER_RATIO },
      },
      {
        label: `${label}: same, vs ${peer} bare parse (text already read)`,
        app: `${kind}.opened`,
        peer: `${kind}.peerParse`,
        unit: "ms",
        target: { ratio: PEER_RATIO },
      },
    );
    if (kind !== "plainGexf")
      rows.push({ label: `${label}: chosen → first painted frame`, app: `${kind}.firstFrame`, unit: "ms" });
    rows.push(
      {
        label: `${label}: longest main-thread task while reading, parsing, mapping (before the store)`,
        app: `${kind}.longestImport`,
        peer: `${kind}.peerLongest`,
        unit: "ms",
        target: { atMost: LONGEST_TASK_MS },
      },
      {
        label: `${label}: longest main-thread task, chosen → first frame (indexing and drawing too)`,
        app: `${kind}.longestAll`,
        unit: "ms",
        target: { atMost: LONGEST_TASK_MS },
      },
      {
        label: `${label}: JS heap after load (after gc) vs the same dataset as the app's JSON`,
        app: `${kind}.heapMB`,
        against: "json.heapMB",
        unit: "MB",
        target: { ratio: HEAP_RATIO },
      },
    );
  }
  rows.push(
    { label: "App JSON (reference): chosen → in the store", app: "json.opened", unit: "ms" },
    { label: "App JSON (reference): chosen → first painted frame", app: "json.firstFrame", unit: "ms" },
  );
  return rows;
}
