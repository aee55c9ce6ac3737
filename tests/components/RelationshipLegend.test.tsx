// @vitest-environment jsdom
// The grouped legend on a bundled dataset: one row a group, opened by a button (aria-expanded), a
// group checkbox for all its types, and the selected actor's types emphasised.
import { readFileSync } from "node:fs";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { FilterPanel } from "../../src/components/filters/FilterPanel";
import type { Dataset } from "../../src/domain/dataset/schema";
import { useExplorerStore } from "../../src/store";
import { openDatasetText, renderUi } from "./render";

const quds = JSON.parse(readFileSync("graph-data/quds-force.json", "utf8")) as Dataset;
const relationships = () => screen.getByRole("group", { name: /^Relationships/ });
const toggle = (name: string) =>
  within(relationships()).getByRole("button", { name: new RegExp(`^${name}`) });
const groupsInVocabulary = [...new Set(quds.relationshipTypes.map((t) => t.group ?? "Other"))];

describe("the grouped relationship legend", () => {
  beforeEach(() => openDatasetText(quds, "quds-force.json"));

  it("shows one closed row per group, in the vocabulary's order", () => {
    renderUi(<FilterPanel />);
    const toggles = within(relationships()).getAllByRole("button", { expanded: false });
    expect(toggles.map((b) => b.querySelector(".legend-label")?.textContent)).toEqual(groupsInVocabulary);
    expect(within(relationships()).queryByRole("checkbox", { name: "Trains" })).toBeNull();
  });

  it("opens and closes a group by keyboard, listing its types", async () => {
    renderUi(<FilterPanel />);
    toggle("Patronage").focus();
    await userEvent.keyboard("{Enter}");
    expect(toggle("Patronage")).toHaveAttribute("aria-expanded", "true");
    const list = document.getElementById(toggle("Patronage").getAttribute("aria-controls")!)!;
    const patronage = quds.relationshipTypes.filter((t) => t.group === "Patronage").map((t) => t.label);
    expect(
      within(list)
        .getAllByRole("checkbox")
        .map((c) => c.closest("label")?.textContent),
    ).toEqual(patronage);
    await userEvent.keyboard(" ");
    expect(toggle("Patronage")).toHaveAttribute("aria-expanded", "false");
  });

  it("the group checkbox hides and shows all its types; one type hidden leaves it mixed", async () => {
    renderUi(<FilterPanel />);
    const events = quds.relationshipTypes.filter((t) => t.group === "Events").map((t) => t.id);
    const groupBox = within(relationships()).getByRole("checkbox", { name: "Show Events" });
    await userEvent.click(groupBox);
    expect(useExplorerStore.getState().spec.filters.hiddenRelationshipTypes).toEqual(events);
    expect(groupBox).not.toBeChecked();
    await userEvent.click(groupBox);
    expect(useExplorerStore.getState().spec.filters.hiddenRelationshipTypes).toEqual([]);
    act(() => useExplorerStore.getState().setFilters({ hiddenRelationshipTypes: [events[0]!] }));
    expect((groupBox as HTMLInputElement).indeterminate).toBe(true);
  });

  it("emphasises the groups and types of the selected actor's relationships", async () => {
    renderUi(<FilterPanel />);
    act(() => useExplorerStore.getState().select({ kind: "node", id: "ruhollah-khomeini" }));
    const types = new Set(
      quds.edges
        .filter((e) => e.source === "ruhollah-khomeini" || e.target === "ruhollah-khomeini")
        .map((e) => e.type),
    );
    const groups = new Set(quds.relationshipTypes.filter((t) => types.has(t.id)).map((t) => t.group));
    const emphasised = [...relationships().querySelectorAll(".legend-group.emphasised .group-toggle")];
    expect(emphasised.map((b) => b.querySelector(".legend-label")?.textContent)).toEqual([...groups]);
    expect(emphasised[0]).toHaveTextContent("(has the selection’s types)");
  });
});
