import { describe, expect, it } from "vitest";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { DEFAULT_FILTERS, DEFAULT_VIEW_SPEC } from "../../../src/domain/view/filters";
import { describeNarrowing } from "../../../src/domain/view/summary";
import type { ViewSpec } from "../../../src/domain/view/types";
import { smallDataset } from "../../fixtures/smallDataset";

const index = indexDataset(smallDataset());
const spec = (filters: Partial<ViewSpec["filters"]>, focus: ViewSpec["focus"] = null): ViewSpec => ({
  ...DEFAULT_VIEW_SPEC,
  filters: { ...DEFAULT_FILTERS, ...filters },
  focus,
});

describe("describeNarrowing", () => {
  it.each<[string, ViewSpec, string[]]>([
    ["nothing", DEFAULT_VIEW_SPEC, []],
    [
      "one hidden relationship type",
      spec({ hiddenRelationshipTypes: ["trains"] }),
      ["1 relationship type hidden"],
    ],
    ["two hidden actor types", spec({ hiddenNodeTypes: ["person", "state"] }), ["2 actor types hidden"]],
    ["a year range", spec({ years: { from: 1990, to: 2000 } }), ["dated 1990–2000"]],
    ["one year", spec({ years: { from: 2003, to: 2003 } }), ["dated only 2003"]],
    [
      "an open range, undated hidden",
      spec({ years: { to: 1999 }, includeUndated: false }),
      ["dated until 1999", "undated relationships hidden"],
    ],
    ["undated hidden without a range narrows nothing", spec({ includeUndated: false }), []],
    ["no source", spec({ sources: [] }), ["no source chosen"]],
    ["one of two sources", spec({ sources: ["article"] }), ["only 1 source of 2"]],
    ["only what is stated as fact", spec({ factsOnly: true }), ["only relationships stated as fact"]],
    ["isolated actors, explicitly", spec({ hideIsolated: true }), ["actors without relationships hidden"]],
    ["a focus", spec({}, { nodeIds: ["hezbollah"], hops: 2 }), ["within 2 hops of Hezbollah"]],
    [
      "a focus on many",
      spec({}, { nodeIds: ["hezbollah", "isis", "quds-force", "united-states"], hops: 1 }),
      ["within 1 hop of Hezbollah, Islamic State, Quds Force and 1 more"],
    ],
  ])("%s", (_name, view, texts) => {
    expect(describeNarrowing(view, index).map((n) => n.text)).toEqual(texts);
  });
});
