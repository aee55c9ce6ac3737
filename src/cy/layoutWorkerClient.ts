/**
 * The page's side of the layout worker: sends the graph, resolves with the positions, and cancels by
 * terminating the worker (fCoSE cannot be interrupted from inside; a fresh worker is started next time).
 * A worker that fails (cannot start, breaks, sends an answer that cannot be read or used, or takes
 * longer than LAYOUT_TIMEOUT_MS) is stopped and the promise rejects with LayoutFailed saying why:
 * never a promise that never settles, so never a progress note forever.
 */
import type { NodeCollection, Position } from "cytoscape";
import { count, LAYOUT_TIMEOUT_MS } from "../domain/limits";
import type { ForceQuality } from "./forceLayout";
import type { LayoutDone, LayoutJob } from "./layoutWorker";

let worker: Worker | null = null;
let nextId = 0;
let timeoutMs = LAYOUT_TIMEOUT_MS;

export class LayoutCancelled extends Error {
  constructor() {
    super("The layout was cancelled.");
  }
}

/** The worker could not lay the graph out; `message` says why, for the user. */
export class LayoutFailed extends Error {}

/** How long a layout may take in the worker (tests shorten it). */
export function setLayoutTimeout(milliseconds: number): void {
  timeoutMs = milliseconds;
}

export function canUseLayoutWorker(): boolean {
  return typeof Worker !== "undefined";
}

/** An actor as the layout sees it: its size and where it starts. */
export type LayoutNode = LayoutJob["nodes"][number];
export type LayoutLink = LayoutJob["edges"][number];

/** Lays out nodes drawn on a canvas, and the relationships among them. */
export function layoutInWorker(
  nodes: NodeCollection,
  quality: ForceQuality,
  seed: number,
  signal?: AbortSignal,
): Promise<Map<string, Position>> {
  // Each actor's drawn box with its label, so the layout keeps labels apart as it does on the page.
  const laidOut = nodes.map((n) => {
    const box = n.boundingBox({ includeLabels: true, includeOverlays: false });
    return { id: n.id(), size: Number(n.data("size")) || 30, ...n.position(), width: box.w, height: box.h };
  });
  const links = nodes
    .connectedEdges()
    .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
  return layoutGraphInWorker(laidOut, links, quality, seed, signal);
}

function startWorker(): Worker {
  return new Worker(new URL("./layoutWorker.ts", import.meta.url), { type: "module" });
}

/** The positions of an answer, or undefined when it is not one position per node, all finite. */
function positionsOf(job: LayoutJob, done: LayoutDone): Map<string, Position> | undefined {
  const { positions } = done;
  if (!(positions instanceof Float64Array) || positions.length !== job.nodes.length * 2) return undefined;
  if (!positions.every(Number.isFinite)) return undefined;
  return new Map(job.nodes.map((n, i) => [n.id, { x: positions[2 * i]!, y: positions[2 * i + 1]! }]));
}

/** Lays out a graph given as plain data (it need not be drawn yet). */
export function layoutGraphInWorker(
  nodes: LayoutNode[],
  links: LayoutLink[],
  quality: ForceQuality,
  seed: number,
  signal?: AbortSignal,
): Promise<Map<string, Position>> {
  // Only edges between the nodes laid out: connectedEdges() also reaches nodes outside the set.
  const ids = new Set(nodes.map((n) => n.id));
  const job: LayoutJob = {
    id: nextId++,
    nodes,
    edges: links.filter((e) => ids.has(e.source) && ids.has(e.target)),
    quality,
    seed,
  };
  let current: Worker;
  try {
    current = worker ??= startWorker();
  } catch (error) {
    return Promise.reject(new LayoutFailed(`the layout worker could not start: ${String(error)}`));
  }
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      current.onmessage = current.onerror = current.onmessageerror = null;
    };
    /** A worker that failed once is not trusted again: the next layout starts a fresh one. */
    const discard = () => {
      current.terminate();
      if (worker === current) worker = null;
    };
    const fail = (reason: string) => {
      stop();
      discard();
      reject(new LayoutFailed(reason));
    };
    const onAbort = () => {
      stop();
      discard();
      reject(new LayoutCancelled());
    };
    const timer = setTimeout(() => fail(`it did not finish within ${count(timeoutMs / 1000)} s`), timeoutMs);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    current.onmessage = (event: MessageEvent<LayoutDone>) => {
      if (event.data?.id !== job.id) return;
      const positions = positionsOf(job, event.data);
      if (!positions) return fail("its answer was not one position per actor");
      stop();
      resolve(positions);
    };
    current.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      fail(event.message || "the layout worker stopped");
    };
    current.onmessageerror = () => fail("its answer could not be read");
    current.postMessage(job);
  });
}
