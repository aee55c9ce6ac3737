// @vitest-environment jsdom
// The notices over the canvas, whatever a link brings: one notice per kind, each short, the newest
// few kept, the list scrolling inside its box and Dismiss outside the list, always in reach.
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { Notices } from "../../src/components/canvas/CanvasOverlays";
import { NOTICE_MAX_CHARS, NOTICES_KEPT } from "../../src/domain/limits";
import { useExplorerStore } from "../../src/store";
import { applyLocation } from "../../src/store/urlSync";
import { smallDataset } from "../fixtures/smallDataset";
import { openDatasetText, renderUi } from "./render";

const ids = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`).join(",");

/** Opens the app's current dataset at a link, the way the address bar does. */
async function openLink(query: string) {
  window.history.replaceState(null, "", `/?${query}`);
  await act(() => applyLocation(useExplorerStore));
}

const noticeItems = () => within(screen.getByRole("status", { name: "Notices" })).queryAllByRole("listitem");

describe("notices from a hostile link", () => {
  beforeEach(() => openDatasetText(smallDataset(), "small.json"));

  it.each([
    [
      "focus with 2,000 unknown ids",
      `focus=${ids(2000, "n")}`,
      /^2,000 unknown focused actors in the link were ignored: n0, n1, n2 …$/,
    ],
    [
      "sel=n: with a 100,000-character id",
      `sel=n:${"a".repeat(100_000)}`,
      /^Ignored "sel": its value is 100,002 characters long/,
    ],
    ["hide with 12,000 unknown ids", `hide=${ids(12_000, "t")}`, /^5,000 unknown hidden relationship types/],
    [
      "hops=2 given 10,000 times",
      Array.from({ length: 10_000 }, () => "hops=2").join("&"),
      /^Ignored 99 more values of "hops"/,
    ],
  ])("%s: a few short notices, and Dismiss outside the scrolling list", async (_case, query, expected) => {
    renderUi(<Notices />);
    await openLink(query);
    const items = noticeItems();
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(3);
    expect(items.some((item) => expected.test(item.textContent ?? ""))).toBe(true);
    for (const item of items) expect(item.textContent!.length).toBeLessThanOrEqual(NOTICE_MAX_CHARS);
    const box = screen.getByRole("status", { name: "Notices" });
    const dismiss = within(box).getByRole("button", { name: "Dismiss" });
    expect(within(box).getByRole("list").contains(dismiss)).toBe(false);
    await userEvent.click(dismiss);
    expect(screen.queryByRole("status", { name: "Notices" })).toBeNull();
  });

  it("keeps the newest notices, each once and cut to a readable length", () => {
    renderUi(<Notices />);
    act(() => {
      for (let i = 0; i < 100; i++) useExplorerStore.getState().notify(`Notice ${i}`);
      useExplorerStore.getState().notify("Notice 99");
      useExplorerStore.getState().notify(`A label: ${"L".repeat(5 * 1024 * 1024)}`);
    });
    const items = noticeItems();
    expect(items).toHaveLength(NOTICES_KEPT);
    expect(items[0]).toHaveTextContent("Notice 81");
    expect(items.at(-1)!.textContent).toHaveLength(NOTICE_MAX_CHARS);
    expect(items.at(-1)!.textContent!.endsWith("…")).toBe(true);
  });

  it("the list scrolls inside a box of fixed height (the stylesheet says so)", () => {
    const css = readFileSync("src/components/canvas/CanvasOverlays.css", "utf8");
    const rule = /\.notices ul \{([^}]*)\}/.exec(css)?.[1] ?? "";
    expect(rule).toMatch(/max-height:/);
    expect(rule).toMatch(/overflow-y: auto/);
  });
});
