/**
 * Notices for the user (ignored link values, a layout that did not run), kept short however hostile
 * the input: many items of one kind become one notice that counts them and names a few, quoted ids
 * are cut, and the list shown is bounded. The limits are in limits.ts.
 */
import { clip, count, NOTICE_EXAMPLES, NOTICE_MAX_CHARS, NOTICE_QUOTE_CHARS, NOTICES_KEPT } from "./limits";

/** An id or a value as a notice quotes it: cut to NOTICE_QUOTE_CHARS. */
export function shortQuote(text: string): string {
  return clip(text, NOTICE_QUOTE_CHARS);
}

/**
 * How a kind of notice is worded: `one` for a single item (quoted in full sentences, as before),
 * `many` for several, given the count ("2,000") and a few examples ("n0, n1, n2 …").
 */
export interface NoticeWording {
  one(item: string): string;
  many(total: string, examples: string): string;
}

/** The examples a notice about many items names: the first few, shortened, "…" when there are more. */
export function examplesOf(items: readonly string[], total = items.length): string {
  const named = items.slice(0, NOTICE_EXAMPLES).map(shortQuote).join(", ");
  return total > NOTICE_EXAMPLES ? `${named} …` : named;
}

/** One notice about `items` of one kind, or none when there are none. */
export function noticeAbout(items: readonly string[], wording: NoticeWording): string | undefined {
  if (items.length === 0) return undefined;
  if (items.length === 1) return wording.one(shortQuote(items[0]!));
  return wording.many(count(items.length), examplesOf(items));
}

/**
 * Collects notices by kind while something is read: each kind becomes one notice, in the order the
 * kinds first appeared. Only the first few items of a kind are kept (the rest are counted), so a link
 * with 100,000 bad values costs no more memory than one with four.
 */
export class NoticeBoard {
  private readonly kinds = new Map<string, { items: string[]; total: number; wording: NoticeWording }>();

  /** A notice that stands alone; the same message twice is kept once. */
  say(message: string): void {
    this.add(message, "", { one: () => message, many: () => message });
  }

  /** One more item of a kind; `kind` groups items, `wording` words the notice. */
  add(kind: string, item: string, wording: NoticeWording): void {
    const entry = this.kinds.get(kind) ?? { items: [], total: 0, wording };
    // Examples are distinct: "hops=2" given 10,000 times is one example, counted 10,000 times.
    if (entry.items.length < NOTICE_EXAMPLES && !entry.items.includes(item)) entry.items.push(item);
    entry.total++;
    this.kinds.set(kind, entry);
  }

  notices(): string[] {
    return [...this.kinds.values()].map(({ items, total, wording }) =>
      total === 1
        ? wording.one(shortQuote(items[0]!))
        : wording.many(
            count(total),
            examplesOf(items, items.length < NOTICE_EXAMPLES ? items.length : total),
          ),
    );
  }
}

/**
 * The notices as they are shown: identical ones once, each cut to NOTICE_MAX_CHARS, and only the
 * newest NOTICES_KEPT (notices arrive oldest first).
 */
export function boundedNotices(notices: readonly string[]): string[] {
  const unique = [...new Set(notices.map((notice) => clip(notice, NOTICE_MAX_CHARS)))];
  return unique.slice(-NOTICES_KEPT);
}
