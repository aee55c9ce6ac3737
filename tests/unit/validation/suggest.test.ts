// "Did you mean": near misses are suggested, unrelated words are not.
import { describe, expect, it } from "vitest";
import { closestMatch, closestName, suggestFrom } from "../../../src/domain/validation/suggest";

describe("closestMatch", () => {
  const ids = ["hezbollah", "quds-force", "iran", "kataib-hezbollah", "houthis"];
  const cases: [string, string | undefined][] = [
    ["hezbolah", "hezbollah"],
    ["Hezbollah", "hezbollah"],
    ["quds-forse", "quds-force"],
    ["qudsforce", "quds-force"],
    ["irn", "iran"],
    ["kataib-hizbollah", "kataib-hezbollah"],
    ["hamas", undefined],
    ["x", undefined],
    ["ab", undefined],
    ["islamic-revolutionary-guard-corps", undefined],
  ];

  it.each(cases)("%s -> %s", (input, expected) => {
    expect(closestMatch(input, ids)).toBe(expected);
  });

  it("suggests nothing when there is nothing to choose from", () => {
    expect(closestMatch("anything", [])).toBeUndefined();
  });
});

describe("closestName", () => {
  it("maps a matching label or alias to its id, preferring ids on ties", () => {
    const names = new Map([
      ["hezbollah", "hezbollah"],
      ["hizballah", "hezbollah"],
      ["quds force", "quds-force"],
    ]);
    expect(closestName("Hizballah", names)).toBe("hezbollah");
    expect(closestName("Quds Force", names)).toBe("quds-force");
  });
});

describe("suggestFrom", () => {
  it("writes the suggestion as a question", () => {
    expect(suggestFrom("lable", ["id", "label"])).toBe('did you mean "label"?');
    expect(suggestFrom("zzz", ["id", "label"])).toBeUndefined();
  });
});
