// @vitest-environment jsdom
// The timeline under the year range: counts, the year read out by type, the range chosen by keyboard
// and by dragging across the bars, and the undated relationships counted (and kept) beside it.
import { fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { FilterPanel } from "../../src/components/filters/FilterPanel";
import { useExplorerStore } from "../../src/store";
import { smallDataset } from "../fixtures/smallDataset";
import { openDatasetText, renderUi } from "./render";

// smallDataset: "trains" begins 1982, a sanction 2007-10-25, three relationships have no date.
const bars = () => screen.getByRole("group", { name: /^Timeline, 1982–2007/ });
const readout = () => document.querySelector(".timeline-readout [aria-live]")!.textContent;
const years = () => useExplorerStore.getState().spec.filters.years;

describe("Timeline", () => {
  beforeEach(() => openDatasetText(smallDataset()));

  it("draws a bar a year from the first to the last dated year and counts the undated beside it", () => {
    renderUi(<FilterPanel />);
    expect(bars().querySelectorAll(".year-bar")).toHaveLength(2007 - 1982 + 1);
    expect(document.querySelector(".timeline-undated")).toHaveTextContent("3 undated");
  });

  it("by keyboard: arrows read out each year by type, Shift extends a range, Enter one year, Esc any time", async () => {
    renderUi(<FilterPanel />);
    bars().focus();
    await userEvent.keyboard("{Home}");
    expect(readout()).toBe("1982: 1 relationship (Trains 1)");
    await userEvent.keyboard("{ArrowRight}");
    expect(readout()).toBe("1983: 0 relationships");
    expect(years()).toBeNull();
    await userEvent.keyboard("{Shift>}{End}{/Shift}");
    expect(years()).toEqual({ from: 1983, to: 2007 });
    expect(readout()).toBe("2007: 1 relationship (Sanctions 1)");
    await userEvent.keyboard("{Enter}");
    expect(years()).toEqual({ from: 2007, to: 2007 });
    await userEvent.keyboard("{Escape}");
    expect(years()).toBeNull();
  });

  it("a drag across the bars sets the range when it ends", () => {
    renderUi(<FilterPanel />);
    const svg = bars().querySelector("svg")!;
    svg.getBoundingClientRect = () => ({ left: 0, width: 260, top: 0, height: 34 }) as DOMRect;
    // 26 years over 260 px: 10 px a year.
    fireEvent.pointerDown(svg, { clientX: 25, button: 0, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 95, pointerId: 1 });
    expect(years()).toBeNull();
    expect(bars().querySelectorAll(".in-range")).toHaveLength(8);
    fireEvent.pointerUp(svg, { clientX: 95, pointerId: 1 });
    expect(years()).toEqual({ from: 1984, to: 1991 });
  });

  it("the undated relationships are kept or not from beside the timeline", async () => {
    renderUi(<FilterPanel />);
    await userEvent.click(screen.getByRole("checkbox", { name: "Keep undated relationships" }));
    expect(useExplorerStore.getState().spec.filters.includeUndated).toBe(false);
  });
});
