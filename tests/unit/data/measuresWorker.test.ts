// The measures worker's client never leaves "computing…" for good: a worker that cannot start, or
// breaks before it ever answered, is replaced by the page; one that breaks later, sends an answer
// that cannot be read or used, or takes too long is stopped with a reason; a stale job is cancelled
// by stopping its worker, and the next job gets a fresh one.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { measureShownGraph, setMeasuresTimeout, type MeasuresOutcome } from "../../../src/data/measures";
import type { MeasuresJob } from "../../../src/data/measuresWorker";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { MEASURES_TIMEOUT_MS } from "../../../src/domain/limits";
import { computeMeasures } from "../../../src/domain/measures/measures";
import { shownGraphOf } from "../../../src/domain/measures/shownGraph";
import { applyView, DEFAULT_VIEW_SPEC } from "../../../src/domain/view/filters";
import { graphDataset } from "../../fixtures/viewDataset";

type Behaviour = "throws on start" | "errors" | "messageerror" | "never answers" | "short answer" | "works";

let behaviour: Behaviour = "works";
let answered = false;
let started = 0;
let terminated = 0;

class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  private stopped = false;
  constructor() {
    if (behaviour === "throws on start") throw new Error("SecurityError: blocked");
    started++;
  }
  postMessage(job: MeasuresJob) {
    const mode = behaviour;
    setTimeout(() => {
      if (this.stopped) return;
      const { actorIds: _ids, ...columns } = computeMeasures(job.graph);
      if (mode === "errors")
        this.onerror?.({ message: "Uncaught RangeError: out of memory", preventDefault() {} } as ErrorEvent);
      else if (mode === "messageerror") this.onmessageerror?.();
      else if (mode === "short answer")
        this.onmessage?.({ data: { id: job.id, ...columns, degree: new Int32Array(1) } } as MessageEvent);
      else if (mode === "works") {
        answered = true;
        this.onmessage?.({ data: { id: job.id, ...columns } } as MessageEvent);
      }
    }, 0);
  }
  terminate() {
    this.stopped = true;
    terminated++;
  }
}

const index = indexDataset(
  graphDataset(
    ["a", "b", "c"],
    [
      ["ab", "a", "b", "links"],
      ["bc", "b", "c", "allied"],
    ],
  ),
);
const graph = () => shownGraphOf(index, applyView(index, DEFAULT_VIEW_SPEC));
/** Cancels a job, which stops the worker the client holds: the next job starts a new one. */
async function discardWorker(): Promise<void> {
  const controller = new AbortController();
  const pending = measureShownGraph(graph(), controller.signal);
  controller.abort();
  await pending;
}

const degrees = (outcome: MeasuresOutcome) => (outcome.ok ? [...outcome.measures.degree] : outcome);

beforeEach(() => {
  behaviour = "works";
  answered = false;
  started = 0;
  terminated = 0;
  vi.stubGlobal("Worker", FakeWorker);
  setMeasuresTimeout(200);
});
afterEach(() => {
  vi.unstubAllGlobals();
  setMeasuresTimeout(MEASURES_TIMEOUT_MS);
});

describe("the measures worker client", () => {
  it("answers with the worker's measures, one value per shown actor", async () => {
    expect(degrees(await measureShownGraph(graph()))).toEqual([1, 2, 1]);
    expect(answered).toBe(true);
  });

  it.each<[Behaviour]>([["throws on start"], ["errors"]])(
    "a worker that %s before it ever answered: the page computes them instead",
    async (failing) => {
      await discardWorker();
      behaviour = failing;
      expect(degrees(await measureShownGraph(graph()))).toEqual([1, 2, 1]);
    },
  );

  it.each<[Behaviour, RegExp]>([
    ["errors", /the worker stopped \(Uncaught RangeError: out of memory\)/],
    ["messageerror", /answer could not be read/],
    ["never answers", /did not finish within 0.2 s/],
    ["short answer", /not one value per actor/],
  ])(
    "a worker that %s after it had worked: a reason, and a fresh worker next time",
    async (failing, reason) => {
      expect((await measureShownGraph(graph())).ok).toBe(true);
      behaviour = failing;
      const outcome = await measureShownGraph(graph());
      expect(outcome.ok).toBe(false);
      expect(outcome.ok === false && !outcome.cancelled && outcome.message).toMatch(reason);
      behaviour = "works";
      const before = started;
      expect((await measureShownGraph(graph())).ok).toBe(true);
      expect(started).toBe(before + 1);
    },
  );

  it("a stale job is cancelled by stopping its worker", async () => {
    expect((await measureShownGraph(graph())).ok).toBe(true);
    const before = started;
    const controller = new AbortController();
    const pending = measureShownGraph(graph(), controller.signal);
    controller.abort();
    expect(await pending).toEqual({ ok: false, cancelled: true });
    expect(terminated).toBe(1);
    expect((await measureShownGraph(graph())).ok).toBe(true);
    expect(started).toBe(before + 1);
  });
});
