// Hostile links fed to the URL codec and checked against a dataset, as the app does on start: random
// and mutated queries, prototype keys as settings and ids, huge values, thousands of repeats, lone
// surrogates and bad percent-escapes. Always a view and a few short notices: never a throw, never a
// polluted prototype. Run counts are kept small so the file stays quick on a busy machine.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { NOTICE_MAX_CHARS } from "../../../src/domain/limits";
import { decodeViewState, encodeViewState, sanitizeViewState } from "../../../src/domain/view/urlCodec";
import { viewDataset } from "../../fixtures/viewDataset";

const index = indexDataset(viewDataset());
const KEYS = ["d", "hide", "hidenodes", "years", "undated", "src", "isolated", "focus", "hops", "path"];
const MORE_KEYS = ["pathdir", "sel", "layout", "root", "z", "pan", "url", "file", "map"];
const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString", "valueOf", ""];
const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** What the app does with a link: decode, check against the dataset, and encode the result again. */
function open(query: string) {
  const decoded = decodeViewState(query);
  const sanitized = sanitizeViewState(decoded.view, index);
  const notices = [...decoded.notices, ...sanitized.notices];
  encodeViewState(sanitized.view);
  return { view: sanitized.view, notices };
}

function expectBounded(notices: string[]): void {
  expect(notices.length).toBeLessThanOrEqual(KEYS.length + MORE_KEYS.length + 8);
  for (const notice of notices) expect(notice.length).toBeLessThanOrEqual(NOTICE_MAX_CHARS);
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_KEYS);
});

const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(
    ...HOSTILE_KEYS,
    "n:__proto__",
    "javascript:alert(1)",
    "https://example.org/x.gexf",
    "type:__proto__,rel:constructor",
    "__proto__:x",
    "n:constructor",
    "e:prototype",
    "%ED%A0%80",
    "%",
    "%zz",
    "\uD800",
  ),
  fc
    .array(fc.constantFrom("iran", "constructor", "__proto__", "x", "Bad"), { maxLength: 6 })
    .map((ids) => ids.join(",")),
);
const pair = fc
  .tuple(fc.constantFrom(...KEYS, ...MORE_KEYS, ...HOSTILE_KEYS), value)
  .map(([k, v]) => `${encodeURIComponent(k)}=${v}`);

describe("the URL codec never throws or pollutes, and its notices stay few and short", () => {
  it("on random queries of known, unknown and prototype keys", () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), (pairs) => expectBounded(open(pairs.join("&")).notices)),
      { numRuns: 200 },
    );
  });

  it("on any text at all", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), (text) =>
        expectBounded(open(text).notices),
      ),
      { numRuns: 200 },
    );
  });

  it("on a key repeated thousands of times, or a value thousands of ids long", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KEYS, ...MORE_KEYS, "__proto__"),
        fc.integer({ min: 1, max: 20_000 }),
        fc.boolean(),
        (key, times, asList) => {
          const query = asList
            ? `${key}=${Array.from({ length: times }, (_, i) => `id-${i}`).join(",")}`
            : Array.from({ length: times }, () => `${key}=2`).join("&");
          expectBounded(open(query).notices);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("a map of thousands of bad entries is one notice per reason", () => {
    const entries = Array.from({ length: 5000 }, (_, i) => `id-${i}`).join(",");
    const { notices } = open(
      `url=${encodeURIComponent("https://example.org/a.gexf")}&map=type:kind,${entries}`,
    );
    expectBounded(notices);
    expect(notices.filter((notice) => notice.includes('in "map"'))).toEqual([
      'Ignored 5,000 entries in "map" (id-0, id-1, id-2 …): it is not one of label, type, rel, start, end, relstart, relend, source, quote, link, summary.',
    ]);
  });

  it("on a value hundreds of thousands of characters long, in every key", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KEYS, ...MORE_KEYS),
        fc.integer({ min: 1, max: 300_000 }),
        (key, length) => {
          const prefix = key === "sel" ? "n:" : "";
          expectBounded(open(`${key}=${prefix}${"a".repeat(length)}`).notices);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("prototype keys as ids never match anything in the dataset", () => {
    const { view } = open(
      "focus=constructor,iran&sel=n:constructor&root=constructor&hide=constructor&src=constructor",
    );
    expect(view.spec.focus?.nodeIds).toEqual(["iran"]);
    expect(view.selection).toBeNull();
    expect(view.layoutRoot).toBeNull();
    expect(view.spec.filters.hiddenRelationshipTypes).toEqual([]);
  });
});
