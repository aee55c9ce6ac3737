/**
 * The page's side of the layout worker: sends the graph, resolves with the positions, and cancels by
 * terminating the worker (fCoSE cannot be interrupted from inside; a fresh worker is started next time).
 */
import type { NodeCollection, Position } from "cytoscape";
import type { ForceQuality } from "./forceLayout";
import type { LayoutDone, LayoutJob } from "./layoutWorker";

let worker: Worker | null = null;
let nextId = 0;

export class LayoutCancelled extends Error {
  constructor() {
    super("The layout was cancelled.");
  }
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
  worker ??= new Worker(new URL("./layoutWorker.ts", import.meta.url), { type: "module" });
  const current = worker;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      current.terminate();
      if (worker === current) worker = null;
      reject(new LayoutCancelled());
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    current.onmessage = (event: MessageEvent<LayoutDone>) => {
      if (event.data.id !== job.id) return;
      signal?.removeEventListener("abort", onAbort);
      const { positions } = event.data;
      resolve(new Map(job.nodes.map((n, i) => [n.id, { x: positions[2 * i]!, y: positions[2 * i + 1]! }])));
    };
    current.onerror = (event) => {
      signal?.removeEventListener("abort", onAbort);
      reject(new Error(event.message || "The layout worker failed."));
    };
    current.postMessage(job);
  });
}
