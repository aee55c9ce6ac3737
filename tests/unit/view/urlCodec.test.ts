import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { LAYOUT_NAMES } from "../../../src/domain/view/layouts";
import { SIZE_BY } from "../../../src/domain/view/sizeBy";
import {
  decodeViewState,
  DEFAULT_VIEW_STATE,
  encodeViewState,
  sanitizeViewState,
} from "../../../src/domain/view/urlCodec";
import { DEFAULT_FILTERS } from "../../../src/domain/view/filters";
import { viewDataset } from "../../fixtures/viewDataset";
import {
  type Focus,
  type PathQuery,
  type ViewFilters,
  type YearRange,
  type ViewState,
} from "../../../src/domain/view/types";

/** The default view with some filters, focus, path or other settings changed. */
function viewWith(
  patch: Partial<Omit<ViewState, "spec">> & {
    filters?: Partial<ViewFilters>;
    focus?: Focus;
    path?: PathQuery;
  } = {},
): ViewState {
  const { filters, focus, path, ...rest } = patch;
  return {
    ...DEFAULT_VIEW_STATE,
    ...rest,
    spec: { filters: { ...DEFAULT_FILTERS, ...filters }, focus: focus ?? null, path: path ?? null },
  };
}

// Views and their query strings, both ways: each key on its own, then all of them in the fixed order.
const CANONICAL: [string, ViewState, string][] = [
  ["the default view", DEFAULT_VIEW_STATE, ""],
  ["a dataset", viewWith({ dataset: "quds-force.json" }), "d=quds-force.json"],
  [
    "hidden relationship types",
    viewWith({ filters: { hiddenRelationshipTypes: ["funds", "trains"] } }),
    "hide=funds,trains",
  ],
  ["hidden actor types", viewWith({ filters: { hiddenNodeTypes: ["person"] } }), "hidenodes=person"],
  ["a closed year range", viewWith({ filters: { years: { from: 1980, to: 2003 } } }), "years=1980-2003"],
  ["an open-ended year range", viewWith({ filters: { years: { from: 1980 } } }), "years=1980-"],
  ["an open-started year range", viewWith({ filters: { years: { to: 2003 } } }), "years=-2003"],
  ["a single year", viewWith({ filters: { years: { from: 2003, to: 2003 } } }), "years=2003"],
  ["undated relationships dropped", viewWith({ filters: { includeUndated: false } }), "undated=0"],
  ["sources", viewWith({ filters: { sources: ["article", "report"] } }), "src=article,report"],
  ["no sources at all", viewWith({ filters: { sources: [] } }), "src="],
  ["only relationships stated as fact", viewWith({ filters: { factsOnly: true } }), "facts=1"],
  ["isolated actors hidden", viewWith({ filters: { hideIsolated: true } }), "isolated=1"],
  ["isolated actors shown", viewWith({ filters: { hideIsolated: false } }), "isolated=0"],
  [
    "a focus, in the order given, at the default hops",
    viewWith({ focus: { nodeIds: ["quds-force", "iran"], hops: 1 } }),
    "focus=quds-force,iran",
  ],
  ["a focus at 3 hops", viewWith({ focus: { nodeIds: ["iran"], hops: 3 } }), "focus=iran&hops=3"],
  [
    "an undirected path",
    viewWith({ path: { from: "iran", to: "houthis", directed: false } }),
    "path=iran~houthis",
  ],
  [
    "a directed path",
    viewWith({ path: { from: "iran", to: "houthis", directed: true } }),
    "path=iran~houthis&pathdir=1",
  ],
  [
    "a path from an actor to itself",
    viewWith({ path: { from: "iran", to: "iran", directed: false } }),
    "path=iran~iran",
  ],
  ["a selected actor", viewWith({ selection: { kind: "node", id: "iran" } }), "sel=n:iran"],
  [
    "several selected actors, the current one last",
    viewWith({ selection: { kind: "node", id: "iran", also: ["houthis", "hezbollah"] } }),
    "sel=n:houthis,hezbollah,iran",
  ],
  [
    "a selected relationship",
    viewWith({ selection: { kind: "edge", id: "iran-funds-quds-force" } }),
    "sel=e:iran-funds-quds-force",
  ],
  ["a layout", viewWith({ layout: "concentric" }), "layout=concentric"],
  [
    "a layout root",
    viewWith({ layout: "breadthfirst", layoutRoot: "iran" }),
    "layout=breadthfirst&root=iran",
  ],
  ["a viewport", viewWith({ viewport: { zoom: 1.25, pan: { x: 10.5, y: -3 } } }), "z=1.25&pan=10.5,-3"],
  ["the actors table", viewWith({ table: "actors" }), "view=table"],
  ["the relationships table", viewWith({ table: "relationships" }), "view=table&rows=relationships"],
  ["actors sized by betweenness", viewWith({ sizeBy: "betweenness" }), "size=betweenness"],
  ["actors sized by PageRank", viewWith({ sizeBy: "pagerank" }), "size=pagerank"],
  ["actors coloured by community", viewWith({ colorBy: "community" }), "color=community"],
  [
    "overview groups expanded, in the order they were",
    viewWith({ groups: ["quds-force", "hezbollah"] }),
    "groups=quds-force,hezbollah",
  ],
  [
    "everything, in the fixed key order",
    viewWith({
      dataset: "quds-force.json",
      filters: {
        hiddenRelationshipTypes: ["funds"],
        hiddenNodeTypes: ["event"],
        years: { from: 1990, to: 2010 },
        includeUndated: false,
        sources: ["report"],
        factsOnly: true,
        hideIsolated: true,
      },
      focus: { nodeIds: ["iran"], hops: 2 },
      path: { from: "iran", to: "houthis", directed: true },
      selection: { kind: "node", id: "houthis" },
      layout: "breadthfirst",
      layoutRoot: "iran",
      viewport: { zoom: 0.8, pan: { x: 0, y: 12.5 } },
      table: "relationships",
    }),
    "d=quds-force.json&hide=funds&hidenodes=event&years=1990-2010&undated=0&src=report&facts=1&isolated=1" +
      "&focus=iran&hops=2&path=iran~houthis&pathdir=1&sel=n:houthis&layout=breadthfirst&root=iran" +
      "&z=0.8&pan=0,12.5&view=table&rows=relationships",
  ],
];

describe("encodeViewState", () => {
  it.each(CANONICAL)("writes %s", (_name, view, query) => {
    expect(encodeViewState(view)).toBe(query);
  });

  it.each<[string, ViewState, string]>([
    [
      "zoom to 3 decimals and pan to 1, without -0",
      viewWith({ viewport: { zoom: 1.23456, pan: { x: 10.04, y: -0.04 } } }),
      "z=1.235&pan=10,0",
    ],
    [
      "a zoom that rounds to nothing as the smallest zoom",
      viewWith({ viewport: { zoom: 0.0001, pan: { x: 0, y: 0 } } }),
      "z=0.001&pan=0,0",
    ],
    [
      "unsorted lists sorted",
      viewWith({ filters: { hiddenNodeTypes: ["state", "event", "state"] } }),
      "hidenodes=event,state",
    ],
    ["an empty year range as none", viewWith({ filters: { years: {} } }), ""],
    ["an empty focus as none", viewWith({ focus: { nodeIds: [], hops: 2 } }), ""],
  ])("normalises %s", (_name, view, query) => {
    expect(encodeViewState(view)).toBe(query);
  });
});

describe("decodeViewState", () => {
  it.each(CANONICAL)("reads %s", (_name, view, query) => {
    expect(decodeViewState(query)).toEqual({ view, notices: [] });
  });

  it.each<[string, string, ViewState]>([
    ["a leading question mark", "?d=quds-force.json", viewWith({ dataset: "quds-force.json" })],
    [
      "percent-encoded separators",
      "focus=quds-force%2Ciran&path=iran%7Ehouthis&sel=n%3Airan",
      viewWith({
        focus: { nodeIds: ["quds-force", "iran"], hops: 1 },
        path: { from: "iran", to: "houthis", directed: false },
        selection: { kind: "node", id: "iran" },
      }),
    ],
    [
      "unsorted, repeated list items",
      "hide=trains,funds,trains",
      viewWith({ filters: { hiddenRelationshipTypes: ["funds", "trains"] } }),
    ],
    ["empty list items", "hidenodes=,event,,", viewWith({ filters: { hiddenNodeTypes: ["event"] } })],
    [
      "a repeated focused actor",
      "focus=iran,hezbollah,iran",
      viewWith({ focus: { nodeIds: ["iran", "hezbollah"], hops: 1 } }),
    ],
    [
      "an explicit default",
      "undated=1&facts=0&pathdir=0&path=a~b",
      viewWith({ path: { from: "a", to: "b", directed: false } }),
    ],
    ["empty segments", "&&d=x.json&", viewWith({ dataset: "x.json" })],
    [
      "an unrounded viewport",
      "z=1.23456&pan=1.26,-2",
      viewWith({ viewport: { zoom: 1.235, pan: { x: 1.3, y: -2 } } }),
    ],
    ["a tiny zoom", "z=0.00001&pan=0,0", viewWith({ viewport: { zoom: 0.001, pan: { x: 0, y: 0 } } })],
    [
      "a zoom in exponent notation",
      "z=2e-1&pan=1e2,0",
      viewWith({ viewport: { zoom: 0.2, pan: { x: 100, y: 0 } } }),
    ],
    ["an empty hidden-type list", "hide=", DEFAULT_VIEW_STATE],
  ])("accepts %s", (_name, query, view) => {
    expect(decodeViewState(query)).toEqual({ view, notices: [] });
  });

  const FORMAT_HINT = "years are written 1980-2003, 1980- or -2003";
  const SEL_HINT = "sel must be n:<actor id> or e:<relationship id>";
  const PATH_HINT = 'path must be two actor ids joined by "~"';
  const SLUG_HINT = 'ids are lower-case slugs such as "quds-force"';

  it.each<[string, string[]]>([
    ["years=abc", [`Ignored "years=abc": ${FORMAT_HINT}.`]],
    ["years=-", [`Ignored "years=-": ${FORMAT_HINT}.`]],
    ["years=19800-", [`Ignored "years=19800-": ${FORMAT_HINT}.`]],
    ["years=1980-2003-2010", [`Ignored "years=1980-2003-2010": ${FORMAT_HINT}.`]],
    ["years=2003-1980", ['Ignored "years=2003-1980": the first year is after the second.']],
    ["undated=yes", ['Ignored "undated=yes": undated must be 0 or 1.']],
    ["facts=yes", ['Ignored "facts=yes": facts must be 0 or 1.']],
    ["isolated=2", ['Ignored "isolated=2": isolated must be 0 or 1.']],
    ["hops=7", ['Ignored "hops=7": hops must be 1, 2 or 3.']],
    ["view=list", ['Ignored "view=list": view must be "table" (the graph is shown without it).']],
    ["rows=events", ['Ignored "rows=events": rows must be "actors" or "relationships".']],
    ["rows=relationships", ['Ignored "rows=relationships": it goes with view=table.']],
    ["size=huge", ['Ignored "size=huge": size must be one of relationships, degree, betweenness, pagerank.']],
    ["color=red", ['Ignored "color=red": color must be one of type, community.']],
    ["hops=1.0&focus=iran", ['Ignored "hops=1.0": hops must be 1, 2 or 3.']],
    ["hops=2", ['Ignored "hops=2": there is no focus.']],
    ["focus=", ['Ignored "focus=": focus needs at least one actor id.']],
    [
      "focus=Bad_Id",
      [
        `Ignored "Bad_Id" in "focus": ${SLUG_HINT}.`,
        'Ignored "focus=Bad_Id": focus needs at least one actor id.',
      ],
    ],
    ["path=iran", [`Ignored "path=iran": ${PATH_HINT}.`]],
    ["path=a~b~c", [`Ignored "path=a~b~c": ${PATH_HINT}.`]],
    ["path=Iran~b", [`Ignored "path=Iran~b": ${PATH_HINT}.`]],
    ["path=~b", [`Ignored "path=~b": ${PATH_HINT}.`]],
    ["pathdir=1", ['Ignored "pathdir=1": there is no path.']],
    ["pathdir=x", ['Ignored "pathdir=x": pathdir must be 0 or 1.']],
    ["sel=x:y", [`Ignored "sel=x:y": ${SEL_HINT}.`]],
    ["sel=n:", [`Ignored "sel=n:": ${SEL_HINT}.`]],
    ["sel=n:Not_A_Slug", [`Ignored "sel=n:Not_A_Slug": ${SEL_HINT}.`]],
    ["sel=iran", [`Ignored "sel=iran": ${SEL_HINT}.`]],
    ["sel=n:iran,Not_A_Slug", [`Ignored "sel=n:iran,Not_A_Slug": ${SEL_HINT}.`]],
    ["sel=e:a,b", ['Ignored "sel=e:a,b": sel=e: takes one relationship id.']],
    [
      "layout=cola",
      ['Ignored "layout=cola": layout must be one of fcose, concentric, breadthfirst, circle, grid.'],
    ],
    ["root=Not+A+Slug", [`Ignored "root=Not A Slug": root: ${SLUG_HINT}.`]],
    [
      "z=-1&pan=0,0",
      ['Ignored "z=-1": z must be a positive number.', 'Ignored "pan=0,0": pan needs z as well.'],
    ],
    [
      "z=0&pan=0,0",
      ['Ignored "z=0": z must be a positive number.', 'Ignored "pan=0,0": pan needs z as well.'],
    ],
    [
      "z=abc&pan=0,0",
      ['Ignored "z=abc": z must be a positive number.', 'Ignored "pan=0,0": pan needs z as well.'],
    ],
    [
      "z=Infinity&pan=0,0",
      ['Ignored "z=Infinity": z must be a positive number.', 'Ignored "pan=0,0": pan needs z as well.'],
    ],
    [
      "z=1e999&pan=0,0",
      ['Ignored "z=1e999": z must be a positive number.', 'Ignored "pan=0,0": pan needs z as well.'],
    ],
    ["z=1.5", ['Ignored "z=1.5": zoom needs pan as well.']],
    [
      "pan=NaN&z=1",
      ['Ignored "pan=NaN": pan must be two numbers: x,y.', 'Ignored "z=1": zoom needs pan as well.'],
    ],
    [
      "pan=1,2,3&z=1",
      ['Ignored "pan=1,2,3": pan must be two numbers: x,y.', 'Ignored "z=1": zoom needs pan as well.'],
    ],
    [
      "pan=1,&z=1",
      ['Ignored "pan=1,": pan must be two numbers: x,y.', 'Ignored "z=1": zoom needs pan as well.'],
    ],
    [
      "pan= 1,2&z=1",
      ['Ignored "pan= 1,2": pan must be two numbers: x,y.', 'Ignored "z=1": zoom needs pan as well.'],
    ],
    ["pan=1,2", ['Ignored "pan=1,2": pan needs z as well.']],
    ["d=../secrets", ['Ignored "d=../secrets": the dataset must be a file name such as "quds-force.json".']],
    ["d=quds-force", ['Ignored "d=quds-force": the dataset must be a file name such as "quds-force.json".']],
    ["foo=bar", ['Ignored "foo=bar": unknown setting.']],
    ["toString=1", ['Ignored "toString=1": unknown setting.']],
    ["%E0%A4%A=1", ['Ignored "\uFFFD%A=1": unknown setting.']],
    [`foo=${"x".repeat(100)}`, [`Ignored "foo=${"x".repeat(39)}…": unknown setting.`]],
  ])("ignores %s with a notice", (query, notices) => {
    const decoded = decodeViewState(query);
    expect(decoded.notices).toEqual(notices);
    expect(withoutFocus(decoded.view)).toEqual(DEFAULT_VIEW_STATE);
  });

  it.each<[string, string, ViewState, string[]]>([
    [
      "bad list items dropped, the rest kept",
      "hide=funds,Bad,trains",
      viewWith({ filters: { hiddenRelationshipTypes: ["funds", "trains"] } }),
      [`Ignored "Bad" in "hide": ${SLUG_HINT}.`],
    ],
    [
      "a repeated key: the first wins",
      "focus=iran&hops=2&hops=3",
      viewWith({ focus: { nodeIds: ["iran"], hops: 2 } }),
      ['Ignored "hops=3": "hops" was already given.'],
    ],
    [
      "a bad value beside good ones",
      "d=quds-force.json&hops=7&focus=iran&layout=cola&layout=grid",
      viewWith({ dataset: "quds-force.json", focus: { nodeIds: ["iran"], hops: 1 }, layout: "grid" }),
      [
        'Ignored "hops=7": hops must be 1, 2 or 3.',
        'Ignored "layout=cola": layout must be one of fcose, concentric, breadthfirst, circle, grid.',
      ],
    ],
  ])("keeps the rest: %s", (_name, query, view, notices) => {
    expect(decodeViewState(query)).toEqual({ view, notices });
  });

  it("never throws, and what it reads always writes back and reads the same", () => {
    const keys = ["d", "hide", "hidenodes", "years", "undated", "src", "isolated", "focus", "hops", "path"];
    const moreKeys = ["pathdir", "sel", "layout", "root", "z", "pan", "view", "rows", "x", ""];
    const value = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[a-z0-9:~,.-]{0,12}$/),
      fc.constantFrom("0", "1", "2"),
    );
    const pair = fc.tuple(fc.constantFrom(...keys, ...moreKeys), value).map(([k, v]) => `${k}=${v}`);
    const query = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.array(pair, { maxLength: 8 }).map((pairs) => pairs.join("&")),
    );
    fc.assert(
      fc.property(query, (text) => {
        const { view } = decodeViewState(text);
        const again = decodeViewState(encodeViewState(view));
        expect(again).toEqual({ view, notices: [] });
      }),
      { numRuns: 150 },
    );
  });
});

/** The failed-value cases above leave the view at its defaults, apart from a focus given alongside. */
function withoutFocus(view: ViewState): ViewState {
  return { ...view, spec: { ...view.spec, focus: null } };
}

describe("encode and decode round trip", () => {
  it("leaves the default view as the empty string", () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe("");
    expect(decodeViewState(encodeViewState(DEFAULT_VIEW_STATE))).toEqual({
      view: DEFAULT_VIEW_STATE,
      notices: [],
    });
  });

  const slug = fc
    .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 })
    .map((parts) => parts.join("-"));
  const sortedIds = fc.uniqueArray(slug, { maxLength: 4 }).map((ids) => [...ids].sort());
  const year = fc.integer({ min: 0, max: 9999 });
  const years: fc.Arbitrary<YearRange> = fc.oneof(
    year.map((from) => ({ from })),
    year.map((to) => ({ to })),
    fc.tuple(year, year).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
  );
  const filters: fc.Arbitrary<ViewFilters> = fc.record({
    hiddenRelationshipTypes: sortedIds,
    hiddenNodeTypes: sortedIds,
    years: fc.option(years, { nil: null }),
    includeUndated: fc.boolean(),
    sources: fc.option(sortedIds, { nil: null }),
    factsOnly: fc.boolean(),
    hideIsolated: fc.constantFrom(null, true, false),
  });
  const focus: fc.Arbitrary<Focus> = fc.record({
    nodeIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
    hops: fc.constantFrom(1 as const, 2 as const, 3 as const),
  });
  const path: fc.Arbitrary<PathQuery> = fc.record({ from: slug, to: slug, directed: fc.boolean() });
  // Rounded as the URL keeps them: zoom to 3 decimals (at least 0.001), pan to 1.
  const viewport = fc.record({
    zoom: fc.integer({ min: 1, max: 100_000 }).map((n) => n / 1000),
    pan: fc.record({
      x: fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 10 + 0),
      y: fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 10 + 0),
    }),
  });
  const urlView: fc.Arbitrary<ViewState> = fc.record({
    dataset: fc.option(
      slug.map((s) => `${s}.json`),
      { nil: null },
    ),
    spec: fc.record({
      filters,
      focus: fc.option(focus, { nil: null }),
      path: fc.option(path, { nil: null }),
    }),
    selection: fc.option(
      fc.oneof(
        fc.record({ kind: fc.constantFrom("node" as const, "edge" as const), id: slug }),
        fc
          .uniqueArray(slug, { minLength: 2, maxLength: 4 })
          .map((ids) => ({ kind: "node" as const, id: ids.at(-1)!, also: ids.slice(0, -1) })),
      ),
      { nil: null },
    ),
    layout: fc.constantFrom(...LAYOUT_NAMES),
    layoutRoot: fc.option(slug, { nil: null }),
    viewport: fc.option(viewport, { nil: null }),
    table: fc.option(fc.constantFrom("actors" as const, "relationships" as const), { nil: undefined }),
    sizeBy: fc.constantFrom(...SIZE_BY),
    colorBy: fc.option(fc.constant("community" as const), { nil: undefined }),
    // Expanded overview groups, in the order they were expanded (not sorted).
    groups: fc.option(fc.uniqueArray(slug, { minLength: 1, maxLength: 4 }), { nil: undefined }),
  });

  it("reads back every valid view it writes, without notices", () => {
    fc.assert(
      fc.property(urlView, (view) => {
        expect(decodeViewState(encodeViewState(view))).toEqual({ view, notices: [] });
      }),
      { numRuns: 150 },
    );
  });

  it("writes a string that survives being put in a URL", () => {
    fc.assert(
      fc.property(urlView, (view) => {
        const query = encodeViewState(view);
        const url = new URL(`https://example.org/app/?${query}`);
        expect(decodeViewState(url.search).view).toEqual(view);
      }),
      { numRuns: 100 },
    );
  });
});

describe("sanitizeViewState", () => {
  const index = indexDataset(viewDataset());

  it("returns the same view when every id is known", () => {
    const view = viewWith({
      filters: { hiddenRelationshipTypes: ["funds"], hiddenNodeTypes: ["event"], sources: ["report"] },
      focus: { nodeIds: ["iran"], hops: 2 },
      path: { from: "iran", to: "houthis", directed: false },
      selection: { kind: "edge", id: "iran-funds-quds-force" },
      layoutRoot: "iran",
    });
    expect(sanitizeViewState(view, index)).toEqual({ view, notices: [] });
    expect(sanitizeViewState(view, index).view).toBe(view);
  });

  it.each<[string, ViewState, ViewState, string[]]>([
    [
      "an unknown hidden relationship type",
      viewWith({ filters: { hiddenRelationshipTypes: ["funds", "nope"] } }),
      viewWith({ filters: { hiddenRelationshipTypes: ["funds"] } }),
      ['Ignored hidden relationship type "nope": it is not in this dataset.'],
    ],
    [
      "an unknown hidden actor type",
      viewWith({ filters: { hiddenNodeTypes: ["nope", "person"] } }),
      viewWith({ filters: { hiddenNodeTypes: ["person"] } }),
      ['Ignored hidden actor type "nope": it is not in this dataset.'],
    ],
    [
      "an unknown source beside a known one",
      viewWith({ filters: { sources: ["nope", "report"] } }),
      viewWith({ filters: { sources: ["report"] } }),
      ['Ignored source "nope": it is not in this dataset.'],
    ],
    [
      "only unknown sources: all sources instead",
      viewWith({ filters: { sources: ["nope"] } }),
      DEFAULT_VIEW_STATE,
      ['Ignored source "nope": it is not in this dataset.'],
    ],
    [
      "an unknown focused actor beside a known one",
      viewWith({ focus: { nodeIds: ["nobody", "iran"], hops: 3 } }),
      viewWith({ focus: { nodeIds: ["iran"], hops: 3 } }),
      ['Ignored focused actor "nobody": it is not in this dataset.'],
    ],
    [
      "only unknown focused actors: no focus",
      viewWith({ focus: { nodeIds: ["nobody"], hops: 1 } }),
      DEFAULT_VIEW_STATE,
      ['Ignored focused actor "nobody": it is not in this dataset.'],
    ],
    [
      "an unknown path end",
      viewWith({ path: { from: "iran", to: "nobody", directed: true } }),
      DEFAULT_VIEW_STATE,
      ['Ignored path actor "nobody": it is not in this dataset.'],
    ],
    [
      "an unknown selected actor",
      viewWith({ selection: { kind: "node", id: "nobody" } }),
      DEFAULT_VIEW_STATE,
      ['Ignored selected actor "nobody": it is not in this dataset.'],
    ],
    [
      "a relationship id selected as an actor",
      viewWith({ selection: { kind: "node", id: "iran-funds-quds-force" } }),
      DEFAULT_VIEW_STATE,
      ['Ignored selected actor "iran-funds-quds-force": it is not in this dataset.'],
    ],
    [
      "an unknown actor among several selected, the rest kept",
      viewWith({ selection: { kind: "node", id: "iran", also: ["nobody", "houthis"] } }),
      viewWith({ selection: { kind: "node", id: "iran", also: ["houthis"] } }),
      ['Ignored selected actor "nobody": it is not in this dataset.'],
    ],
    [
      "an unknown current actor: the one selected before it becomes current",
      viewWith({ selection: { kind: "node", id: "nobody", also: ["iran"] } }),
      viewWith({ selection: { kind: "node", id: "iran" } }),
      ['Ignored selected actor "nobody": it is not in this dataset.'],
    ],
    [
      "an unknown selected relationship",
      viewWith({ selection: { kind: "edge", id: "iran" } }),
      DEFAULT_VIEW_STATE,
      ['Ignored selected relationship "iran": it is not in this dataset.'],
    ],
    [
      "an unknown layout root",
      viewWith({ layout: "breadthfirst", layoutRoot: "nobody" }),
      viewWith({ layout: "breadthfirst" }),
      ['Ignored layout root "nobody": it is not in this dataset.'],
    ],
    [
      "expanded groups headed by actors it does not have",
      viewWith({ groups: ["hezbollah", "gone", "iran"] }),
      viewWith({ groups: ["hezbollah", "iran"] }),
      ['Ignored group "gone": it is not in this dataset.'],
    ],
    [
      "expanded groups when none is left",
      viewWith({ groups: ["gone"], layoutRoot: "iran" }),
      viewWith({ layoutRoot: "iran" }),
      ['Ignored group "gone": it is not in this dataset.'],
    ],
    [
      "several problems at once, the rest kept",
      viewWith({
        dataset: "view.json",
        filters: { hiddenNodeTypes: ["x"], years: { from: 2000 } },
        focus: { nodeIds: ["y"], hops: 1 },
        selection: { kind: "node", id: "iran" },
        viewport: { zoom: 2, pan: { x: 1, y: 2 } },
      }),
      viewWith({
        dataset: "view.json",
        filters: { years: { from: 2000 } },
        selection: { kind: "node", id: "iran" },
        viewport: { zoom: 2, pan: { x: 1, y: 2 } },
      }),
      [
        'Ignored hidden actor type "x": it is not in this dataset.',
        'Ignored focused actor "y": it is not in this dataset.',
      ],
    ],
  ])("drops %s", (_name, view, expected, notices) => {
    expect(sanitizeViewState(view, index)).toEqual({ view: expected, notices });
  });
});

describe("hostile links: bounded, coalesced notices", () => {
  const index = indexDataset(viewDataset());
  const ids = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  /** Everything a link says, decoded and checked against the dataset, as the app does. */
  const noticesOf = (query: string) => {
    const decoded = decodeViewState(query);
    return [...decoded.notices, ...sanitizeViewState(decoded.view, index).notices];
  };

  it.each<[string, string, string[]]>([
    [
      "focus with 2,000 unknown ids",
      `focus=${ids(2000, "n").join(",")}`,
      ["2,000 unknown focused actors in the link were ignored: n0, n1, n2 …"],
    ],
    [
      "sel=n: with a 100,000-character id",
      `sel=n:${"a".repeat(100_000)}`,
      [
        `Ignored "sel": its value is 100,002 characters long; a link's values are read up to 100,000 characters.`,
      ],
    ],
    [
      "sel=n: with a 50,000-character id (under the value limit, over the id limit)",
      `sel=n:${"a".repeat(50_000)}`,
      [`Ignored "sel=n:${"a".repeat(37)}…": sel must be n:<actor id> or e:<relationship id>.`],
    ],
    [
      "hide with 12,000 unknown ids",
      `hide=${ids(12_000, "t").join(",")}`,
      [
        "The link's \"hide\" lists 12,000 ids (72,889 characters); the first 5,000 were read: a link's lists are read up to 5,000 ids and 100,000 characters.",
        "5,000 unknown hidden relationship types in the link were ignored: t0, t1, t10 …",
      ],
    ],
    [
      "hops=2 given 10,000 times",
      Array.from({ length: 10_000 }, () => "hops=2").join("&"),
      [
        'Ignored 99 more values of "hops" (2): the first one given is used.',
        "The link has 10,000 settings; the first 100 were read and the rest ignored.",
        'Ignored "hops=2": there is no focus.',
      ],
    ],
    [
      "a malformed value given 50 times",
      `focus=iran&${Array.from({ length: 50 }, () => "hops=7").join("&")}`,
      ['Ignored 50 values of "hops" (7): hops must be 1, 2 or 3.'],
    ],
    [
      "50 unknown settings",
      Array.from({ length: 50 }, (_, i) => `x${i}=1`).join("&"),
      ["Ignored 50 unknown settings in the link (x0=1, x1=1, x2=1 …)."],
    ],
    [
      "500 ids that are not slugs",
      `src=${ids(500, "B").join(",")}`,
      [
        'Ignored 500 ids in "src" that are not slugs (B0, B1, B2 …): ids are lower-case slugs such as "quds-force" and at most 200 characters long.',
      ],
    ],
  ])("%s: one short notice per kind", (_case, query, notices) => {
    const said = noticesOf(query);
    expect(said).toEqual(notices);
    for (const notice of said) expect(notice.length).toBeLessThanOrEqual(300);
  });

  it("all of them in one link: still a handful of notices, the good parts of the view kept", () => {
    const query = [
      "layout=grid",
      `focus=${ids(2000, "n").join(",")},iran`,
      `sel=n:${"a".repeat(100_000)}`,
      `hide=${ids(12_000, "t").join(",")}`,
      ...Array.from({ length: 10_000 }, () => "hops=2"),
    ].join("&");
    const decoded = decodeViewState(query);
    const sanitized = sanitizeViewState(decoded.view, index);
    expect(sanitized.view.layout).toBe("grid");
    expect(sanitized.view.spec.focus).toEqual({ nodeIds: ["iran"], hops: 2 });
    const notices = [...decoded.notices, ...sanitized.notices];
    expect(notices.length).toBeLessThanOrEqual(6);
    expect(notices.join("\n").length).toBeLessThan(1200);
  });
});
