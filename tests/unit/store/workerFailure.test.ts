// The validation worker can fail: to start (a blocked or missing script), while checking a file (a
// stack overflow, out of memory), or by never answering. Every request it held gets an answer: checked
// on the page instead, or a problem that says what happened. Never a promise that never settles.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { smallDataset } from "../../fixtures/smallDataset";

type Behaviour = "fails to start" | "answers, then breaks" | "never answers" | "works";

/** Stands in for the browser's Worker: answers with the real validator, or fails as told. */
function fakeWorkerClass(behaviour: () => Behaviour) {
  return class FakeWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    terminated = false;
    private answered = 0;
    postMessage(request: { id: number; text: string; file: string }) {
      const mode = behaviour();
      if (mode === "never answers") return;
      setTimeout(async () => {
        if (mode === "fails to start" || (mode === "answers, then breaks" && this.answered > 0)) {
          const message =
            mode === "fails to start" ? "" : "Uncaught RangeError: Maximum call stack size exceeded";
          this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
          return;
        }
        this.answered++;
        const { validateDatasetText } = await import("../../../src/domain/validation/validate");
        const result = validateDatasetText(request.text, request.file);
        const verdict = result.ok ? { ok: true, warnings: result.warnings } : result;
        this.onmessage?.({ data: { id: request.id, verdict } } as MessageEvent);
      }, 0);
    }
    terminate() {
      this.terminated = true;
    }
  };
}

let behaviour: Behaviour = "works";
beforeEach(() => {
  vi.resetModules();
  vi.stubGlobal(
    "Worker",
    fakeWorkerClass(() => behaviour),
  );
});
afterEach(() => vi.unstubAllGlobals());

const text = JSON.stringify(smallDataset());

describe("a validation worker that fails", () => {
  it("that never started: the file is checked on the page instead and opens", async () => {
    behaviour = "fails to start";
    const { validateDatasetFile } = await import("../../../src/data/validation");
    const result = await validateDatasetFile(text, "small.json");
    expect(result.ok).toBe(true);
  });

  it("that breaks while checking: the file gets a problem saying so", async () => {
    behaviour = "answers, then breaks";
    const { validateDatasetFile } = await import("../../../src/data/validation");
    expect((await validateDatasetFile(text, "first.json")).ok).toBe(true);
    const result = await validateDatasetFile(text, "deep.json");
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          severity: "error",
          file: "deep.json",
          path: "",
          message:
            "The file could not be checked: the validation stopped (Uncaught RangeError: Maximum call stack size exceeded). Nothing was opened.",
        },
      ],
    });
  });

  it("is replaced: the next file gets a fresh worker", async () => {
    behaviour = "answers, then breaks";
    const { validateDatasetFile } = await import("../../../src/data/validation");
    await validateDatasetFile(text, "first.json");
    await validateDatasetFile(text, "breaks.json");
    behaviour = "works";
    expect((await validateDatasetFile(text, "after.json")).ok).toBe(true);
  });

  it("through the store: loading ends and the open dataset stays", async () => {
    behaviour = "answers, then breaks";
    const { createExplorerStore } = await import("../../../src/store");
    const store = createExplorerStore();
    await store.getState().openFile(new File([text], "first.json"));
    const opened = store.getState().current;
    expect(await store.getState().openFile(new File([text], "second.json"))).toBe(false);
    expect(store.getState().loading).toBeNull();
    expect(store.getState().current).toBe(opened);
    expect(store.getState().rejected?.problems[0]?.message).toContain("the validation stopped");
  });
});

describe("a validation worker that never answers", () => {
  it("the file gets a problem once the time is up, the worker is stopped, and a new one takes the next file", async () => {
    behaviour = "never answers";
    const { setValidationTimeout, validateDatasetFile } = await import("../../../src/data/validation");
    setValidationTimeout(50);
    const result = await validateDatasetFile(text, "stuck.json");
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          severity: "error",
          file: "stuck.json",
          path: "",
          message:
            "The file could not be checked: the check did not finish within 0.05 s, so it was stopped. Nothing was opened. Try again when the computer is less busy, or split the file.",
        },
      ],
    });
    behaviour = "works";
    expect((await validateDatasetFile(text, "next.json")).ok).toBe(true);
  });

  it("files queued behind the stuck one are checked by a fresh worker", async () => {
    behaviour = "never answers";
    const { setValidationTimeout, validateDatasetFile } = await import("../../../src/data/validation");
    setValidationTimeout(50);
    const stuck = validateDatasetFile(text, "stuck.json");
    const queued = validateDatasetFile(text, "queued.json");
    behaviour = "works";
    expect((await stuck).ok).toBe(false);
    expect((await queued).ok).toBe(true);
  });

  it("through the store: loading ends with the problem, and the open dataset stays", async () => {
    const { createExplorerStore } = await import("../../../src/store");
    const { setValidationTimeout } = await import("../../../src/data/validation");
    const store = createExplorerStore();
    await store.getState().openFile(new File([text], "first.json"));
    const opened = store.getState().current;
    behaviour = "never answers";
    setValidationTimeout(50);
    expect(await store.getState().openFile(new File([text], "stuck.json"))).toBe(false);
    expect(store.getState().loading).toBeNull();
    expect(store.getState().current).toBe(opened);
    expect(store.getState().rejected?.problems[0]?.message).toContain("did not finish within");
  });
});
