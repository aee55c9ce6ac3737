import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { contrastRatio } from "../../../src/domain/dataset/contrast";
import type { Dataset } from "../../../src/domain/dataset/schema";
import { backgroundColour, visibleOn, vocabularyOn } from "../../../src/domain/export/colours";

describe("visibleOn", () => {
  it.each([
    ["a colour already visible stays as it is", "#ea580c", "#0f172a", "#ea580c"],
    ["navy-on-navy is lightened", "#1e3a8a", "#0f172a", undefined],
    ["deep violet on the dark background is lightened", "#4c1d95", "#0f172a", undefined],
    ["pale yellow on white is darkened", "#fde68a", "#ffffff", undefined],
  ])("%s", (_name, colour, background, expected) => {
    const result = visibleOn(colour, background);
    if (expected) expect(result).toBe(expected);
    else expect(result).not.toBe(colour);
    expect(contrastRatio(result, background)).toBeGreaterThanOrEqual(3);
  });
});

const bundled = ["quds-force.json", "iran-backed-groups-designations.json"].map(
  (file) => JSON.parse(readFileSync(`graph-data/${file}`, "utf8")) as Dataset,
);
describe.each(bundled.map((d) => [d.id, d] as const))(
  "every type of %s on every background",
  (_id, dataset) => {
    it.each(["white", "dark", "transparent"] as const)("meets 3:1 on %s", (background) => {
      for (const type of [
        ...vocabularyOn(dataset.nodeTypes, background),
        ...vocabularyOn(dataset.relationshipTypes, background),
      ])
        expect(contrastRatio(type.color, backgroundColour(background)), type.id).toBeGreaterThanOrEqual(3);
    });
  },
);
