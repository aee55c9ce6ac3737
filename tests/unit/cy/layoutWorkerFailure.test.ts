// A layout worker that fails (cannot start, throws, sends an answer that cannot be read or used, or
// never answers) never leaves a progress note on screen for good: the layout ends with a reason, the
// graph is drawn where its actors start with a notice saying so, and the next layout gets a new worker.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GraphController } from "../../../src/cy/controller";
import { drawDataset } from "../../../src/cy/drawDataset";
import {
  layoutGraphInWorker,
  LayoutFailed,
  setLayoutTimeout,
  type LayoutNode,
} from "../../../src/cy/layoutWorkerClient";
import type { LayoutJob } from "../../../src/cy/layoutWorker";
import { setPositionStore } from "../../../src/cy/positionCache";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { LAYOUT_TIMEOUT_MS, PAGE_LAYOUT_MAX_NODES } from "../../../src/domain/limits";
import type { LayoutStatus } from "../../../src/domain/view/types";
import { graphDataset } from "../../fixtures/viewDataset";

type Behaviour =
  "throws on start" | "errors" | "messageerror" | "never answers" | "short answer" | "NaN" | "works";

let behaviour: Behaviour = "works";
let started = 0;

/** Stands in for the browser's Worker, answering a layout job as told. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor() {
    if (behaviour === "throws on start") throw new Error("SecurityError: blocked");
    started++;
  }
  postMessage(job: LayoutJob) {
    const mode = behaviour;
    setTimeout(() => {
      if (this.terminated) return;
      const answer = (positions: Float64Array) =>
        this.onmessage?.({ data: { id: job.id, positions, milliseconds: 1 } } as MessageEvent);
      if (mode === "errors")
        this.onerror?.({ message: "Uncaught RangeError: out of memory", preventDefault() {} } as ErrorEvent);
      else if (mode === "messageerror") this.onmessageerror?.();
      else if (mode === "short answer") answer(new Float64Array(1));
      else if (mode === "NaN") answer(new Float64Array(job.nodes.length * 2).fill(Number.NaN));
      else if (mode === "works") answer(new Float64Array(job.nodes.flatMap((_, i) => [i * 10, i * 5])));
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

beforeEach(() => {
  behaviour = "works";
  started = 0;
  vi.stubGlobal("Worker", FakeWorker);
  setLayoutTimeout(200);
  setPositionStore({ get: async () => undefined, set: async () => {}, del: async () => {} });
});
afterEach(() => {
  vi.unstubAllGlobals();
  setLayoutTimeout(LAYOUT_TIMEOUT_MS);
  setPositionStore();
});

const nodes: LayoutNode[] = ["a", "b", "c"].map((id) => ({ id, size: 30, x: 0, y: 0 }));
const layOut = () => layoutGraphInWorker(nodes, [{ id: "e", source: "a", target: "b" }], "default", 1);

describe("the layout worker client", () => {
  it.each<[Behaviour, RegExp]>([
    ["throws on start", /could not start: Error: SecurityError: blocked/],
    ["errors", /Uncaught RangeError: out of memory/],
    ["messageerror", /its answer could not be read/],
    ["never answers", /did not finish within 0.2 s/],
    ["short answer", /not one position per actor/],
    ["NaN", /not one position per actor/],
  ])("a worker that %s: the layout fails with the reason", async (failing, reason) => {
    behaviour = failing;
    const failure = await layOut().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LayoutFailed);
    expect((failure as Error).message).toMatch(reason);
  });

  it("the next layout gets a fresh worker, which works", async () => {
    behaviour = "errors";
    await expect(layOut()).rejects.toBeInstanceOf(LayoutFailed);
    behaviour = "works";
    const positions = await layOut();
    expect(positions.get("c")).toEqual({ x: 20, y: 10 });
    expect(started).toBe(2);
  });
});

describe("drawing a graph whose layout worker fails", () => {
  const controllers: GraphController[] = [];
  afterEach(() => {
    while (controllers.length) controllers.pop()?.destroy();
  });
  const count = PAGE_LAYOUT_MAX_NODES + 1;
  const ids = Array.from({ length: count }, (_, i) => `n-${i}`);
  const index = indexDataset(graphDataset(ids, [["e-0", "n-0", "n-1", "links"]]));

  it.each<Behaviour>(["errors", "never answers"])(
    "a worker that %s: drawn where the actors start, with a notice, and no progress left",
    async (failing) => {
      behaviour = failing;
      const statuses: (LayoutStatus | null)[] = [];
      const controller = new GraphController(undefined, {
        onSelect: () => {},
        onClearSelection: () => {},
        onLayoutStatus: (status) => statuses.push(status),
      });
      controllers.push(controller);
      const outcome = await drawDataset(controller, index, {
        layout: { name: "fcose", seed: 1 },
        rendering: { fast: false, webgl: false },
        viewport: null,
        isCurrent: () => true,
      });
      expect(outcome.drawn).toBe(true);
      expect(outcome.note).toMatch(
        /^The layout could not run in the background \(.+\); the actors are drawn where they start\. Re-layout tries again\.$/,
      );
      expect(controller.cy.nodes()).toHaveLength(count);
      expect(statuses.at(0)).toMatchObject({ where: "worker" });
      expect(statuses.at(-1)).toBeNull();
    },
  );

  it("Re-layout with a failing worker: the actors stay where they were, and the user is told", async () => {
    const controller = new GraphController(undefined, { onSelect: () => {}, onClearSelection: () => {} });
    controllers.push(controller);
    await drawDataset(controller, index, {
      layout: { name: "fcose", seed: 1 },
      rendering: { fast: false, webgl: false },
      viewport: null,
      isCurrent: () => true,
    });
    const before = controller.nodePositions();
    behaviour = "messageerror";
    const outcome = await controller.layouts.run({ name: "fcose", seed: 1, animate: true });
    expect(outcome?.note).toMatch(/its answer could not be read\); the actors stay where they were/);
    expect(controller.nodePositions()).toEqual(before);
  });
});
