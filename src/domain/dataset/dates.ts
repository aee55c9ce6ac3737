/**
 * Partial ISO dates ("1983", "2019-04", "2019-04-15"): calendar validity, ordering, the years they
 * span, and how they read ("15 April 2019", "2003 – 2011").
 *
 * The schema's regex checks the shape only, so "2019-02-30" gets through it; the calendar rules
 * (month lengths, leap years) live here. Ordering respects precision: a year says nothing about
 * which month, so "2019-05" is not after "2019".
 */

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

import type { Dataset } from "./schema";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Splits a partial date into numbers; undefined when the text is not shaped like one. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return {
    year: Number(year),
    ...(month === undefined ? {} : { month: Number(month) }),
    ...(day === undefined ? {} : { day: Number(day) }),
  };
}

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why a partial date is not on the calendar ("February 2019 has 28 days"), or undefined when it is
 * fine or not shaped like a date at all (the schema reports the shape).
 */
export function calendarProblem(text: string): string | undefined {
  const date = parsePartialDate(text);
  if (!date || date.month === undefined) return undefined;
  if (date.month < 1 || date.month > 12) return `there is no month ${date.month}`;
  if (date.day === undefined) return undefined;
  const days = daysInMonth(date.year, date.month);
  if (date.day >= 1 && date.day <= days) return undefined;
  return `${MONTH_NAMES[date.month - 1] ?? "that month"} ${date.year} has ${days} days`;
}

/**
 * True when `a` is certainly later than `b`: compared at the precision both share, so "2019-05" vs
 * "2019" is not later (May 2019 is within 2019) but "2020" vs "2019-04" is.
 */
export function isClearlyAfter(a: string, b: string): boolean {
  const first = parsePartialDate(a);
  const second = parsePartialDate(b);
  if (!first || !second) return false;
  if (first.year !== second.year) return first.year > second.year;
  if (first.month === undefined || second.month === undefined) return false;
  if (first.month !== second.month) return first.month > second.month;
  if (first.day === undefined || second.day === undefined) return false;
  return first.day > second.day;
}

/** The year of a partial date, or undefined when absent or unreadable. */
export function yearOf(date: string | undefined): number | undefined {
  return date === undefined ? undefined : parsePartialDate(date)?.year;
}

/**
 * The years a dated element spans: null when undated; a start only is ongoing ([start, +Infinity]);
 * an end only is open towards the past ([-Infinity, end]).
 */
export function dateSpanYears(start?: string, end?: string): [number, number] | null {
  const startYear = yearOf(start);
  const endYear = yearOf(end);
  if (startYear === undefined && endYear === undefined) return null;
  return [startYear ?? -Infinity, endYear ?? Infinity];
}

/** The earliest and latest year any actor or relationship mentions; null when nothing is dated. */
export function datasetYearSpan(
  dataset: Pick<Dataset, "nodes" | "edges">,
): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const item of [...dataset.nodes, ...dataset.edges]) {
    for (const year of [yearOf(item.start), yearOf(item.end)]) {
      if (year === undefined) continue;
      min = Math.min(min, year);
      max = Math.max(max, year);
    }
  }
  return min === Infinity ? null : { min, max };
}

/** "2019" -> "2019", "2019-04" -> "April 2019", "2019-04-15" -> "15 April 2019". */
export function formatPartialDate(date: string): string {
  const parsed = parsePartialDate(date);
  const monthName = parsed?.month === undefined ? undefined : MONTH_NAMES[parsed.month - 1];
  if (!parsed || !monthName) return parsed ? String(parsed.year).padStart(4, "0") : date;
  const year = String(parsed.year).padStart(4, "0");
  return parsed.day ? `${parsed.day} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A date span as a phrase: "1983", "2003 – 2011", "from 2019", "until 2018"; "" when undated. */
export function formatDateRange(start?: string, end?: string): string {
  if (start && end)
    return start === end
      ? formatPartialDate(start)
      : `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  if (start) return `from ${formatPartialDate(start)}`;
  if (end) return `until ${formatPartialDate(end)}`;
  return "";
}
