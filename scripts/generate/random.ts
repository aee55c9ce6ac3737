/**
 * The generator's dice: every choice it makes goes through a seeded `Random`, so the same seed gives the
 * same dataset. The stream itself is the app's `seededRandom` (src/domain/view/layouts.ts).
 */
export { seededRandom } from "../../src/domain/view/layouts";

/** A number in [0, 1), from a seeded stream. */
export type Random = () => number;

/** 0 .. n-1. */
export const randomInt = (random: Random, n: number): number => Math.floor(random() * n);

/** 1 .. max, for the numbers in names ("Brigade 12") and dates. */
export const number = (random: Random, max: number): number => 1 + randomInt(random, max);

export const pick = <T>(random: Random, list: readonly T[]): T => list[randomInt(random, list.length)]!;

/** Picks keys with the given relative weights. */
export function weightedPicker<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  const keys = entries.map(([key]) => key);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) cumulative.push((total += weight));
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return keys[low]!;
  };
}
