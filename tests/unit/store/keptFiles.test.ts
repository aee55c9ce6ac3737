// Files kept in the browser: kept with their mapping, the latest few only, a file too large refused,
// a record that does not read back dropped. IndexedDB is stood in for by a map (idb-keyval mocked).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EMPTY_MAPPING } from "../../../src/domain/formats/mapping";

const stored = new Map<string, unknown>();
/** How the stand-in storage answers: at once, never (a blocked IndexedDB), or by throwing. */
let answers: "at once" | "never" | "by throwing" = "at once";
const answer = <T>(value: () => T): Promise<T> =>
  answers === "never"
    ? new Promise<T>(() => {})
    : answers === "by throwing"
      ? Promise.reject(new Error("UnknownError: internal error opening backing store"))
      : Promise.resolve(value());
vi.mock("idb-keyval", () => ({
  createStore: () => "store",
  get: (key: string) => answer(() => stored.get(key)),
  set: (key: string, value: unknown) => answer(() => void stored.set(key, structuredClone(value))),
  del: (key: string) => answer(() => void stored.delete(key)),
}));

const { keepFile, keptFile, KEEP_ANSWER_MS, KEEP_COUNT, KEEP_MAX_BYTES } =
  await import("../../../src/data/keptFiles");

beforeEach(() => {
  stored.clear();
  answers = "at once";
  vi.stubGlobal("indexedDB", {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("keeping files in the browser", () => {
  it("keeps a file with its mapping, and gives it back", async () => {
    const mapping = { ...EMPTY_MAPPING, nodeType: "party" };
    expect(await keepFile("a.gexf", [{ name: "a.gexf", text: "<gexf/>" }], mapping)).toBe("kept");
    expect(await keptFile("a.gexf")).toMatchObject({ name: "a.gexf", parts: [{ text: "<gexf/>" }], mapping });
  });

  it("keeps bytes (spreadsheets) as bytes", async () => {
    const bytes = new Uint8Array([80, 75, 3, 4]).buffer;
    await keepFile("a.xlsx", [{ name: "a.xlsx", bytes }], null);
    const kept = await keptFile("a.xlsx");
    expect(typeof kept !== "string" && "bytes" in kept.parts[0]!).toBe(true);
  });

  it("refuses a file too large to keep", async () => {
    const text = "x".repeat(KEEP_MAX_BYTES / 2 + 1);
    expect(await keepFile("big.csv", [{ name: "big.csv", text }], null)).toBe("too-large");
    expect(await keptFile("big.csv")).toBe("missing");
  });

  it("keeps only the latest few", async () => {
    for (let i = 0; i <= KEEP_COUNT; i++)
      await keepFile(`f${i}.json`, [{ name: `f${i}.json`, text: "{}" }], null);
    expect(await keptFile("f0.json")).toBe("missing");
    expect(await keptFile(`f${KEEP_COUNT}.json`)).not.toBe("missing");
  });

  it("drops a record that does not read back", async () => {
    stored.set("file:bad.json", { version: 1, name: "bad.json", parts: "not a list" });
    expect(await keptFile("bad.json")).toBe("corrupt");
    expect(stored.has("file:bad.json")).toBe(false);
  });

  it("says missing where the browser has no IndexedDB", async () => {
    vi.unstubAllGlobals();
    expect(await keepFile("a.json", [{ name: "a.json", text: "{}" }], null)).toBe("unavailable");
    expect(await keptFile("a.json")).toBe("missing");
  });

  it.each([
    ["never answers", "never"],
    ["throws", "by throwing"],
  ] as const)("answers, without dropping anything, when the storage %s", async (_, how) => {
    stored.set("file:a.json", {
      version: 1,
      name: "a.json",
      parts: [{ name: "a.json", text: "{}" }],
      mapping: null,
    });
    answers = how;
    vi.useFakeTimers();
    const reading = keptFile("a.json");
    const keeping = keepFile("b.json", [{ name: "b.json", text: "{}" }], null);
    await vi.advanceTimersByTimeAsync(KEEP_ANSWER_MS);
    expect(await reading).toBe("unreadable");
    expect(await keeping).toBe("failed");
    expect(stored.has("file:a.json")).toBe(true);
  });
});
