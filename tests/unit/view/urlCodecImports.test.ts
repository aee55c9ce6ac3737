// The dataset keys of a link besides d=: url= (a file at an http(s) link), file= (a file kept in this
// browser) and map= (how a linked file maps, only when short). Both ways, with notices for what is
// refused, and a round trip over generated values.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY_MAPPING } from "../../../src/domain/formats/mapping";
import type { Mapping } from "../../../src/domain/formats/types";
import type { ViewState } from "../../../src/domain/view/types";
import {
  decodeViewState,
  DEFAULT_VIEW_STATE,
  encodeViewState,
  formatMapping,
  MAP_FIELDS,
} from "../../../src/domain/view/urlCodec";

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });
const mapping = (patch: Partial<Mapping>): Mapping => ({ ...EMPTY_MAPPING, ...patch });

describe("url=, file= and map=", () => {
  it.each<[string, ViewState, string]>([
    [
      "a linked file, readable in the address bar",
      view({ url: "https://example.org/data/g.gexf" }),
      "url=https://example.org/data/g.gexf",
    ],
    [
      "a linked file with a query of its own",
      view({ url: "https://example.org/get?id=1&fmt=gexf" }),
      "url=https://example.org/get%3Fid%3D1%26fmt%3Dgexf",
    ],
    [
      "a linked file and its mapping",
      view({
        url: "https://example.org/g.gexf",
        mapping: mapping({ nodeType: "party", relationshipType: "kind" }),
      }),
      "url=https://example.org/g.gexf&map=type:party,rel:kind",
    ],
    [
      "the file's own edge label as the relationship type",
      view({ url: "https://example.org/g.gexf", mapping: mapping({ relationshipType: ":label" }) }),
      "url=https://example.org/g.gexf&map=rel::label",
    ],
    ["a kept file", view({ file: "subset.graphml" }), "file=subset.graphml"],
    ["a kept CSV pair", view({ file: "a.csv + b.csv" }), "file=a.csv+%2B+b.csv"],
  ])("%s", (_name, state, query) => {
    expect(encodeViewState(state)).toBe(query);
    expect(decodeViewState(query)).toEqual({ view: state, notices: [] });
  });

  it("a mapping too long for a link is left out of it (it is remembered in the browser)", () => {
    const long = mapping({ nodeType: "x".repeat(40), relationshipType: "y".repeat(40), label: "Full Name" });
    expect(formatMapping(long)).toBeUndefined();
    expect(encodeViewState(view({ url: "https://e.org/a", mapping: long }))).toBe("url=https://e.org/a");
  });

  it.each<[string, string, ViewState, string[]]>([
    [
      "a link that is not http(s)",
      "url=javascript:alert(1)",
      DEFAULT_VIEW_STATE,
      ['Ignored "url=javascript:alert(1)": only http(s) links can be opened.'],
    ],
    [
      "a file: link",
      "url=file:///etc/passwd",
      DEFAULT_VIEW_STATE,
      ['Ignored "url=file:///etc/passwd": only http(s) links can be opened.'],
    ],
    [
      "a bundled dataset beside a link",
      "d=quds-force.json&url=https://e.org/a.gexf",
      view({ url: "https://e.org/a.gexf" }),
      ['Ignored "d=quds-force.json": the link opens url=https://e.org/a.gexf.'],
    ],
    [
      "a mapping without a file to map",
      "map=type:party",
      DEFAULT_VIEW_STATE,
      ['Ignored "map=type:party": it goes with url= or file=.'],
    ],
    [
      "an unknown mapping field beside a known one",
      "url=https://e.org/a&map=colour:x,type:party",
      view({ url: "https://e.org/a", mapping: mapping({ nodeType: "party" }) }),
      [`Ignored "colour:x" in "map": it is not one of ${Object.keys(MAP_FIELDS).join(", ")}.`],
    ],
  ])("refuses %s with a notice", (_name, query, state, notices) => {
    expect(decodeViewState(query)).toEqual({ view: state, notices });
  });

  const key = fc.stringMatching(/^:?[A-Za-z0-9_.-]{1,12}$/);
  const fields = Object.values(MAP_FIELDS);
  const someMapping = fc
    .uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 5 })
    .chain((chosen) =>
      fc
        .tuple(...chosen.map(() => key))
        .map((keys) => mapping(Object.fromEntries(chosen.map((f, i) => [f, keys[i]])))),
    );
  const link = fc.webUrl({ withQueryParameters: true, withFragments: true });
  const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
  const database = fc.record({
    endpoint: link,
    profile: fc.constant("wikidata" as const),
    seeds: fc.uniqueArray(id, { maxLength: 5 }),
    expanded: fc.array(fc.record({ id, hops: fc.constantFrom(1 as const, 2 as const, 3 as const) }), {
      maxLength: 4,
    }),
  });
  const origin = fc.oneof(
    fc.record({ url: link, mapping: fc.option(someMapping, { nil: undefined }) }),
    fc.record({ database }),
    fc.record({
      file: fc
        .string({ minLength: 1, maxLength: 30 })
        .filter((s) => ![...s].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)),
    }),
  );

  it("reads back every link, kept file and database view it writes, without notices", () => {
    fc.assert(
      fc.property(origin, (patch) => {
        const state = view(Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
        expect(decodeViewState(encodeViewState(state))).toEqual({ view: state, notices: [] });
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on dataset keys, and what it reads writes back the same", () => {
    const value = fc.oneof(
      fc.string(),
      link,
      fc.constantFrom("type:a,rel::label", "x", "", ":", "wikidata", "q1,q2", "q1~2,q3~1", "q1~4"),
    );
    const pair = fc
      .tuple(fc.constantFrom("d", "url", "file", "map", "db", "profile", "seeds", "expand"), value)
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 5 }), (pairs) => {
        const { view: read } = decodeViewState(pairs.join("&"));
        expect(decodeViewState(encodeViewState(read))).toEqual({ view: read, notices: [] });
      }),
      { numRuns: 300 },
    );
  });
});
