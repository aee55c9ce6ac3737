// @vitest-environment jsdom
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { FilterPanel } from "../../src/components/filters/FilterPanel";
import { useExplorerStore } from "../../src/store";
import { smallDataset, smallDatasetWithStances } from "../fixtures/smallDataset";
import { openDatasetText, renderUi } from "./render";

const group = (name: string) => screen.getByRole("group", { name: new RegExp(`^${name}`) });
const counts = (name: string) =>
  within(group(name))
    .getAllByRole("listitem")
    .map((li) => [
      li.querySelector(".legend-label")?.textContent,
      li.querySelector(".count > [aria-hidden]")?.textContent,
    ]);
const summary = () => screen.getByRole("region", { name: "What is shown" }).textContent;

describe("FilterPanel", () => {
  beforeEach(() => openDatasetText(smallDataset()));

  it("lists every type present with visible/total counts and a summary", () => {
    renderUi(<FilterPanel />);
    expect(counts("Relationships")).toEqual([
      ["Trains", "1/1"],
      ["Sanctions", "2/2"],
      ["Fights", "1/1"],
      ["Leads", "1/1"],
    ]);
    expect(counts("Actors")).toEqual([
      ["State", "1/1"],
      ["Armed group", "3/3"],
      ["Person", "1/1"],
    ]);
    expect(summary()).toBe("Showing 5 of 5 actors and 5 of 5 relationships");
  });

  it("unchecking a relationship type hides its relationships and updates counts and summary", async () => {
    renderUi(<FilterPanel />);
    await userEvent.click(within(group("Relationships")).getByRole("checkbox", { name: /Sanctions/ }));
    expect(useExplorerStore.getState().spec.filters.hiddenRelationshipTypes).toEqual(["sanctions"]);
    expect(counts("Relationships")).toContainEqual(["Sanctions", "0/2"]);
    // With a filter active, actors left without relationships are hidden (United States).
    expect(counts("Actors")).toContainEqual(["State", "0/1"]);
    expect(summary()).toContain("Showing 4 of 5 actors and 3 of 5 relationships");
    expect(summary()).toContain("1 filter active");
  });

  it("'only' keeps one type; 'all' brings every type back; reset clears everything", async () => {
    renderUi(<FilterPanel />);
    await userEvent.click(within(group("Relationships")).getByRole("button", { name: "Only Fights" }));
    expect(counts("Relationships")).toEqual([
      ["Trains", "0/1"],
      ["Sanctions", "0/2"],
      ["Fights", "1/1"],
      ["Leads", "0/1"],
    ]);
    expect(summary()).toContain("Showing 2 of 5 actors and 1 of 5 relationships");
    await userEvent.click(
      within(group("Relationships")).getByRole("button", { name: "Show all relationships" }),
    );
    expect(useExplorerStore.getState().spec.filters.hiddenRelationshipTypes).toEqual([]);
    await userEvent.click(within(group("Actors")).getByRole("checkbox", { name: /Person/ }));
    expect(summary()).toContain("1 filter active");
    await userEvent.click(screen.getByRole("button", { name: "Reset filters" }));
    expect(summary()).toBe("Showing 5 of 5 actors and 5 of 5 relationships");
  });

  it("a year range keeps overlapping and (by default) undated relationships", async () => {
    renderUi(<FilterPanel />);
    const from = screen.getByRole("spinbutton", { name: "From year" });
    await userEvent.type(from, "2000{Enter}");
    expect(useExplorerStore.getState().spec.filters.years).toEqual({ from: 2000, to: undefined });
    // "trains" (from 1982, ongoing) and the undated ones stay; nothing here ends before 2000.
    expect(counts("Relationships")).toContainEqual(["Trains", "1/1"]);
    await userEvent.click(screen.getByRole("checkbox", { name: "Keep undated relationships" }));
    expect(counts("Relationships")).toEqual([
      ["Trains", "1/1"],
      ["Sanctions", "1/2"],
      ["Fights", "0/1"],
      ["Leads", "0/1"],
    ]);
  });

  it("a sources filter keeps the claims of the chosen sources", async () => {
    renderUi(<FilterPanel />);
    await userEvent.click(within(group("Sources")).getByRole("checkbox", { name: "An article" }));
    expect(useExplorerStore.getState().spec.filters.sources).toEqual(["treasury"]);
    expect(summary()).toContain("Showing 2 of 5 actors and 1 of 5 relationships");
  });

  it("the isolated option shows its automatic state and can be forced off", async () => {
    renderUi(<FilterPanel />);
    const option = screen.getByRole("checkbox", { name: /Hide actors left without relationships/ });
    expect(option).not.toBeChecked();
    act(() => useExplorerStore.getState().setFilters({ hiddenRelationshipTypes: ["sanctions"] }));
    expect(option).toBeChecked();
    await userEvent.click(option);
    expect(useExplorerStore.getState().spec.filters.hideIsolated).toBe(false);
    expect(summary()).toContain("Showing 5 of 5 actors and 3 of 5 relationships");
  });
});

describe("FilterPanel: how the sources state it", () => {
  const stanceGroup = () => screen.getByRole("group", { name: "How the sources state it" });
  const factsOnly = () => screen.getByRole("checkbox", { name: "Only relationships stated as fact" });

  it("keys the claimed relationships with their count, and filters them out on request", async () => {
    openDatasetText(smallDatasetWithStances());
    renderUi(<FilterPanel />);
    expect(counts("How the sources state it")).toEqual([["Claimed, not stated as fact", "2/2"]]);
    expect(within(stanceGroup()).getByText("Claimed, not stated as fact")).toBeInTheDocument();
    expect(factsOnly()).not.toBeChecked();
    await userEvent.click(factsOnly());
    expect(useExplorerStore.getState().spec.filters.factsOnly).toBe(true);
    expect(counts("How the sources state it")).toEqual([["Claimed, not stated as fact", "0/2"]]);
    // The disputed fight goes, and Islamic State with it; the mixed training stays.
    expect(summary()).toContain("Showing 4 of 5 actors and 3 of 5 relationships");
    expect(summary()).toContain("1 filter active");
    await userEvent.click(screen.getByRole("button", { name: "Reset filters" }));
    expect(factsOnly()).not.toBeChecked();
    expect(summary()).toBe("Showing 5 of 5 actors and 5 of 5 relationships");
  });

  it("is left out where every relationship is stated as fact, unless a link switched it on", () => {
    openDatasetText(smallDataset());
    renderUi(<FilterPanel />);
    expect(screen.queryByRole("group", { name: "How the sources state it" })).toBeNull();
    act(() => useExplorerStore.getState().setFilters({ factsOnly: true }));
    expect(factsOnly()).toBeChecked();
  });

  it("says how direction is drawn when a large graph is drawn plain, and only then", () => {
    renderUi(<FilterPanel />);
    const note = () => screen.queryByText(/Arrowheads \(direction\)/);
    expect(note()).toBeNull();
    act(() => useExplorerStore.getState().setRendering({ fast: "on" }));
    expect(note()?.textContent).toMatch(/selected or hovered actor, on a found path/);
    act(() => useExplorerStore.getState().setRendering({ fast: "auto" }));
  });
});
