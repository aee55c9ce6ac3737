/**
 * Turning a file's values into the dataset's: text as people read it, slug ids that stay unique and
 * stable (the same file gives the same ids on every import), and dates as partial ISO dates.
 */
import { calendarProblem } from "../dataset/dates";
import type { AttributeValue } from "./types";

/** A value as text, trimmed; lists joined with commas. Empty text is no value. */
export function valueText(value: AttributeValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = Array.isArray(value)
    ? value
        .map((item) => item.trim())
        .filter(Boolean)
        .join(", ")
    : typeof value === "number"
      ? Number.isFinite(value)
        ? String(value)
        : ""
      : String(value).trim();
  return text === "" ? undefined : text;
}

/** Lower-case words joined by hyphens; accents dropped ("Ḥizb Allāh" -> "hizb-allah"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/**
 * Hands out unique slugs in the order asked: the first "n3" is "n3", a second one "n3-2". A text
 * with no letters or digits (an Arabic id, say) becomes `<fallback>-<n>`, n counting such texts.
 */
export function uniqueSlugs(taken: Set<string> = new Set()) {
  const fallbacks = new Map<string, number>();
  return (text: string, fallback: string): string => {
    let base = slugify(text);
    if (base === "") {
      const n = (fallbacks.get(fallback) ?? 0) + 1;
      fallbacks.set(fallback, n);
      base = `${fallback}-${n}`;
    }
    let slug = base;
    for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
    taken.add(slug);
    return slug;
  };
}

const pad = (part: string) => part.padStart(2, "0");

/**
 * A partial ISO date ("2019", "2019-04", "2019-04-15") from the forms files use: ISO dates and
 * timestamps, 2019/04/15, and a year as a number or text. `undefined` when there is no value,
 * `null` when there is one that is not a real date (it is dropped, and counted).
 */
export function toPartialDate(value: AttributeValue | undefined): string | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1000 && value <= 2999 ? String(value) : null;
  }
  const text = valueText(value);
  if (text === undefined) return undefined;
  const match =
    /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}.*)?$/.exec(text) ??
    /^(\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?$/.exec(text) ??
    /^(\d{4})\.0+()()$/.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  const date = [year!, ...(month ? [pad(month)] : []), ...(month && day ? [pad(day)] : [])].join("-");
  return /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/.test(date) &&
    calendarProblem(date) === undefined
    ? date
    : null;
}

/** A web link, or undefined: only http(s) URLs are kept (no javascript:, data: or file:). */
export function httpUrl(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? text : undefined;
  } catch {
    return undefined;
  }
}

/** "1,204": counts in summaries read like the rest of the app. */
export function formatCount(n: number): string {
  return n.toLocaleString("en-GB");
}

/** "1 actor", "1,204 actors". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
