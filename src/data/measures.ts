/**
 * The page's side of the measures worker, on the layout worker's pattern: one job at a time, a stale
 * job cancelled by terminating the worker (graphology cannot be interrupted from inside; a fresh
 * worker starts next time), and every way a worker can fail answered: it cannot start (the measures
 * are computed on the page instead, as they are where there are no workers: tests), it breaks or
 * sends an answer that cannot be read or used, or it takes longer than MEASURES_TIMEOUT_MS. Never a
 * promise that never settles, so never "computing…" forever.
 */
import { count, MEASURES_TIMEOUT_MS } from "../domain/limits";
import type { MeasureColumns } from "../domain/measures/measures";
import type { ShownGraph } from "../domain/measures/shownGraph";
import type { MeasuresDone, MeasuresJob } from "./measuresWorker";

export type MeasuresOutcome =
  | { ok: true; measures: MeasureColumns }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled?: false; message: string };

let worker: Worker | null = null;
/** Whether the current worker has answered at all: one that failed before it ever did may not run here. */
let workerAnswered = false;
let nextId = 0;
let timeoutMs = MEASURES_TIMEOUT_MS;

/** How long the worker may take over one view (tests shorten it). */
export function setMeasuresTimeout(milliseconds: number): void {
  timeoutMs = milliseconds;
}

async function measureOnPage(graph: ShownGraph): Promise<MeasuresOutcome> {
  try {
    const { computeMeasures } = await import("../domain/measures/measures");
    return { ok: true, measures: computeMeasures(graph) };
  } catch (error) {
    return { ok: false, message: `the measures could not be computed: ${String(error)}` };
  }
}

/** The answer as measures, or undefined when it is not one value per shown actor in every column. */
function columnsOf(graph: ShownGraph, done: MeasuresDone): MeasureColumns | undefined {
  const n = graph.actorIds.length;
  const columns = [
    done.degree,
    done.inDegree,
    done.outDegree,
    done.betweenness,
    done.pageRank,
    done.community,
  ];
  const whole = columns.every((c) => ArrayBuffer.isView(c) && c.length === n);
  if (!whole || !Number.isInteger(done.communityCount)) return undefined;
  const { id: _id, ...rest } = done;
  return { actorIds: graph.actorIds, ...rest };
}

function startWorker(): Worker {
  workerAnswered = false;
  return new Worker(new URL("./measuresWorker.ts", import.meta.url), { type: "module" });
}

/** The measures of a shown graph; `signal` cancels a job a newer view has made stale. */
export function measureShownGraph(graph: ShownGraph, signal?: AbortSignal): Promise<MeasuresOutcome> {
  if (signal?.aborted) return Promise.resolve({ ok: false, cancelled: true });
  if (typeof Worker === "undefined") return measureOnPage(graph);
  let current: Worker;
  try {
    current = worker ??= startWorker();
  } catch {
    return measureOnPage(graph);
  }
  const job: MeasuresJob = { id: nextId++, graph };
  return new Promise((resolve) => {
    const stop = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      current.onmessage = current.onerror = current.onmessageerror = null;
    };
    /** A worker that failed or was cancelled is not reused: the next job starts a fresh one. */
    const discard = () => {
      current.terminate();
      if (worker === current) worker = null;
    };
    const fail = (message: string) => {
      stop();
      discard();
      resolve({ ok: false, message });
    };
    const onAbort = () => {
      stop();
      discard();
      resolve({ ok: false, cancelled: true });
    };
    const timer = setTimeout(
      () => fail(`they did not finish within ${count(timeoutMs / 1000)} s, so they were stopped`),
      timeoutMs,
    );
    signal?.addEventListener("abort", onAbort, { once: true });
    current.onmessage = (event: MessageEvent<MeasuresDone>) => {
      if (event.data?.id !== job.id) return;
      workerAnswered = true;
      const measures = columnsOf(graph, event.data);
      if (!measures) return fail("the worker's answer was not one value per actor");
      stop();
      resolve({ ok: true, measures });
    };
    current.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      if (workerAnswered) return fail(`the worker stopped (${event.message || "no reason given"})`);
      // A worker that never answered may not be able to run here at all: compute on the page.
      stop();
      discard();
      void measureOnPage(graph).then(resolve);
    };
    current.onmessageerror = () => fail("the worker's answer could not be read");
    current.postMessage(job);
  });
}
