import { describe, expect, it } from "vitest";
import { hashSeed, isLayoutName, seededRandom, withSeededRandom } from "../../../src/domain/view/layouts";

describe("seeded randomness", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it("replaces Math.random only inside the wrapper, even when it throws", () => {
    const original = Math.random;
    const inside = withSeededRandom(7, () => [Math.random(), Math.random()]);
    expect(inside).toEqual(withSeededRandom(7, () => [Math.random(), Math.random()]));
    expect(() =>
      withSeededRandom(7, () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(Math.random).toBe(original);
  });

  it.each([
    ["quds-force", hashSeed("quds-force")],
    ["", 0x811c9dc5],
  ])("hashes %j stably", (text, seed) => expect(hashSeed(text)).toBe(seed));

  it.each([
    ["fcose", true],
    ["grid", true],
    ["cola", false],
    [3, false],
  ])("%s is a layout name: %s", (value, expected) => expect(isLayoutName(value)).toBe(expected));
});
