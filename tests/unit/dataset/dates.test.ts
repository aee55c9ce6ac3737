// Partial dates: calendar validity (month lengths, leap years) and precision-aware ordering.
import { describe, expect, it } from "vitest";
import { calendarProblem, isClearlyAfter, parsePartialDate } from "../../../src/domain/dataset/dates";

describe("calendarProblem", () => {
  const cases: [string, string | undefined][] = [
    ["1983", undefined],
    ["2019-04", undefined],
    ["2019-04-30", undefined],
    ["2019-04-31", "April 2019 has 30 days"],
    ["2019-02-29", "February 2019 has 28 days"],
    ["2020-02-29", undefined],
    ["2000-02-29", undefined],
    ["1900-02-29", "February 1900 has 28 days"],
    ["2019-12-31", undefined],
    ["2019-13", "there is no month 13"],
    ["2019-00-10", "there is no month 0"],
    ["2019-01-00", "January 2019 has 31 days"],
    ["not a date", undefined],
  ];

  it.each(cases)("%s -> %s", (date, problem) => {
    expect(calendarProblem(date)).toBe(problem);
  });
});

describe("isClearlyAfter", () => {
  const cases: [string, string, boolean][] = [
    ["2020", "2019", true],
    ["2019", "2020", false],
    ["2019", "2019", false],
    ["2019-05", "2019", false],
    ["2019", "2019-04", false],
    ["2020", "2019-04", true],
    ["2019-06", "2019-05-31", true],
    ["2019-05", "2019-05-31", false],
    ["2019-05-02", "2019-05-01", true],
    ["2019-05-01", "2019-05-02", false],
    ["bad", "2019", false],
  ];

  it.each(cases)("%s after %s -> %s", (a, b, expected) => {
    expect(isClearlyAfter(a, b)).toBe(expected);
  });
});

describe("parsePartialDate", () => {
  it("keeps only the parts that are given", () => {
    expect(parsePartialDate("1983")).toEqual({ year: 1983 });
    expect(parsePartialDate("2019-04-15")).toEqual({ year: 2019, month: 4, day: 15 });
    expect(parsePartialDate("19-04")).toBeUndefined();
  });
});
