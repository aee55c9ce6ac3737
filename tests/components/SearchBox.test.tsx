// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { SearchBox } from "../../src/components/search/SearchBox";
import { useExplorerStore } from "../../src/store";
import { smallDataset } from "../fixtures/smallDataset";
import { openDatasetText, renderUi } from "./render";

const optionLabels = () =>
  screen.queryAllByRole("option").map((o) => o.querySelector(".result-label")?.textContent);

describe("SearchBox", () => {
  beforeEach(() => openDatasetText(smallDataset()));

  it.each([
    ["Hizballah", "Hezbollah"],
    ["hezbolah", "Hezbollah"],
    ["Soleiman", "Qasem Soleimani"],
    ["Suleimani", "Qasem Soleimani"],
    ["isis", "Islamic State"],
    ["Qods", "Quds Force"],
  ])("typing %s ranks %s first", async (query, label) => {
    renderUi(<SearchBox />);
    await userEvent.type(screen.getByRole("combobox", { name: "Search actors" }), query);
    expect(optionLabels()[0]).toBe(label);
  });

  it("says plainly when nothing matches", async () => {
    renderUi(<SearchBox />);
    await userEvent.type(screen.getByRole("combobox"), "Wagner");
    expect(screen.getByText("No actor matches “Wagner”.")).toBeInTheDocument();
  });

  it("'/' focuses the search box", async () => {
    renderUi(<SearchBox />);
    await userEvent.keyboard("/");
    expect(screen.getByRole("combobox")).toHaveFocus();
  });

  it("arrow keys move through results and Enter selects the active one", async () => {
    renderUi(<SearchBox />);
    const input = screen.getByRole("combobox");
    await userEvent.type(input, "s");
    const labels = optionLabels();
    expect(labels.length).toBeGreaterThan(1);
    await userEvent.keyboard("{ArrowDown}");
    expect(screen.getAllByRole("option")[1]).toHaveAttribute("aria-selected", "true");
    await userEvent.keyboard("{Enter}");
    const picked = useExplorerStore.getState().selection;
    expect(picked?.kind).toBe("node");
    expect(useExplorerStore.getState().current?.index.nodesById.get(picked!.id)?.label).toBe(labels[1]);
    expect(input).toHaveValue("");
  });

  it("a click on a result selects it", async () => {
    renderUi(<SearchBox />);
    await userEvent.type(screen.getByRole("combobox"), "hezb");
    await userEvent.click(screen.getByRole("option", { name: /Hezbollah/ }));
    expect(useExplorerStore.getState().selection).toEqual({ kind: "node", id: "hezbollah" });
  });

  it("Escape clears the query without clearing the selection", async () => {
    renderUi(<SearchBox />);
    useExplorerStore.getState().select({ kind: "node", id: "isis" });
    await userEvent.type(screen.getByRole("combobox"), "hez{Escape}");
    expect(screen.getByRole("combobox")).toHaveValue("");
    expect(useExplorerStore.getState().selection).toEqual({ kind: "node", id: "isis" });
  });
});
