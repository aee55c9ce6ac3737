// Loading datasets through the store: the latest request wins, and failures before validation become
// problems in the problems panel, never a stuck "Opening …".
import { beforeEach, describe, expect, it } from "vitest";
import { createExplorerStore, type ExplorerStore } from "../../../src/store";
import { smallDataset } from "../../fixtures/smallDataset";

let store: ExplorerStore;
beforeEach(() => {
  store = createExplorerStore();
});

/** A file whose contents arrive when the test says so, to order two loads deliberately. */
function slowFile(name: string, text: string) {
  let release: () => void = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  const real = new File([text], name);
  const later = <T>(read: () => Promise<T>) => arrived.then(read);
  const file = {
    name,
    size: real.size,
    text: () => later(() => real.text()),
    arrayBuffer: () => later(() => real.arrayBuffer()),
    slice: (start?: number, end?: number) => ({
      arrayBuffer: () => later(() => real.slice(start, end).arrayBuffer()),
    }),
  } as unknown as File;
  return { file, release };
}

const datasetText = (id: string, title: string) => JSON.stringify({ ...smallDataset(), id, title });

describe("the latest load wins", () => {
  it("a slow file opened first does not replace a fast one opened after it", async () => {
    const slow = slowFile("slow.json", datasetText("slow", "Slow"));
    const slowOpened = store.getState().openFile(slow.file);
    expect(store.getState().loading).toBe("slow.json");
    const fast = new File([datasetText("fast", "Fast")], "fast.json");
    expect(await store.getState().openFile(fast)).toBe(true);
    expect(store.getState().current?.index.dataset.title).toBe("Fast");
    slow.release();
    expect(await slowOpened).toBe(false);
    expect(store.getState().current?.index.dataset.title).toBe("Fast");
    expect(store.getState().loading).toBeNull();
    expect(store.getState().loadsInFlight()).toBe(0);
  });

  it("a slow file that fails late does not open the problems panel over the newer dataset", async () => {
    const slow = slowFile("broken.json", "{ not json");
    const slowOpened = store.getState().openFile(slow.file);
    await store.getState().openFile(new File([datasetText("fast", "Fast")], "fast.json"));
    slow.release();
    await slowOpened;
    expect(store.getState().rejected).toBeNull();
  });

  it("while a load runs, 'loading' names the newest one", async () => {
    const first = slowFile("first.json", datasetText("a", "A"));
    const second = slowFile("second.json", datasetText("b", "B"));
    const opened = [store.getState().openFile(first.file), store.getState().openFile(second.file)];
    expect(store.getState().loading).toBe("second.json");
    expect(store.getState().loadsInFlight()).toBe(2);
    first.release();
    second.release();
    expect(await Promise.all(opened)).toEqual([false, true]);
    expect(store.getState().current?.index.dataset.title).toBe("B");
  });
});

describe("failures before validation", () => {
  it("a file that cannot be read is a problem, and loading ends", async () => {
    const unreadable = {
      name: "gone.json",
      size: 10,
      text: () => Promise.reject(new Error("NotReadableError")),
    };
    expect(await store.getState().openFile(unreadable as unknown as File)).toBe(false);
    expect(store.getState().loading).toBeNull();
    expect(store.getState().rejected?.problems[0]?.message).toContain("could not be read");
  });

  it("a file over 200 MB is refused with its size", async () => {
    const huge = { name: "huge.json", size: 300 * 1048576, text: () => Promise.resolve("") };
    expect(await store.getState().openFile(huge as unknown as File)).toBe(false);
    expect(store.getState().rejected?.problems[0]?.message).toBe(
      "The file is 300 MB; the explorer opens files up to 200 MB. Split it into smaller datasets, or remove what you do not need to see.",
    );
  });

  it("an unknown bundled dataset is a problem, not a crash", async () => {
    expect(await store.getState().openBundled("nope.json")).toBe(false);
    expect(store.getState().rejected?.problems[0]?.message).toContain('No bundled dataset named "nope.json"');
  });
});
