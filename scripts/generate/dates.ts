/** Made-up partial dates (a year, a month or a day) and date ranges that never end before they start. */
import { number, randomInt, type Random } from "./random";

const FIRST_YEAR = 1979;
const LAST_YEAR = 2025;

const pad = (n: number) => String(n).padStart(2, "0");

/** A year between `from` and `from + span - 1`. */
export const yearFrom = (random: Random, from: number, span: number): number =>
  from + randomInt(random, span);

/** A partial date in `year`, as a year, a month or a day. Days stop at 28, so every month has them. */
export function partialDate(random: Random, year: number): string {
  const precision = random();
  if (precision < 0.5) return String(year);
  const month = `${year}-${pad(number(random, 12))}`;
  return precision < 0.8 ? month : `${month}-${pad(number(random, 28))}`;
}

/** A start, an end or both; the end's year is always later than the start's, so start <= end. */
export function dateRange(random: Random): { start?: string; end?: string } {
  const startYear = yearFrom(random, FIRST_YEAR, LAST_YEAR - FIRST_YEAR - 2);
  const endYear = startYear + 1 + randomInt(random, Math.min(12, LAST_YEAR - startYear));
  const kind = random();
  if (kind < 0.6) return { start: partialDate(random, startYear) };
  if (kind < 0.9) return { start: partialDate(random, startYear), end: partialDate(random, endYear) };
  return { end: partialDate(random, endYear) };
}
