// @vitest-environment jsdom
// The mapping dialog: the attributes found with samples and counts, a labelled choice for each part of
// the dataset with the guesses preselected, a live summary, Open and Cancel, and a proper modal
// (focus inside, Escape cancels, focus back where it was).
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import MappingDialog from "../../src/components/open/MappingDialog";
import { guessMapping } from "../../src/domain/formats/mapping";
import { useExplorerStore } from "../../src/store";
import type { PendingImport } from "../../src/store/datasetSlice";
import { importedGraph } from "../unit/formats/importedGraphs";
import { smallDataset } from "../fixtures/smallDataset";
import { openDatasetText, renderUi } from "./render";

const graph = importedGraph(
  [
    { id: "a", label: "Alice", attributes: { party: "Red", source: "Report A" } },
    { id: "b", label: "Bob", attributes: { party: "Blue" } },
    { id: "c", label: "Carol", attributes: { party: "Red" } },
  ],
  [
    { source: "a", target: "b", attributes: { kind: "funds" } },
    { source: "b", target: "c", attributes: {} },
  ],
  { file: "parties.csv", formatLabel: "CSV file" },
);

function pending(): PendingImport {
  return {
    graph,
    file: "parties.csv",
    mapping: guessMapping(graph),
    remembered: false,
    from: { kind: "file", parts: [] },
    notices: [],
  };
}

function renderDialog() {
  const opener = document.createElement("button");
  opener.textContent = "Open file…";
  document.body.append(opener);
  opener.focus();
  const view = renderUi(<MappingDialog pending={pending()} />);
  return { opener, view };
}

beforeEach(() => openDatasetText(smallDataset(), "small.json"));

describe("the mapping dialog", () => {
  it("lists the attributes with samples and counts, and labelled choices with the guesses preselected", () => {
    renderDialog();
    const dialog = screen.getByRole("dialog", { name: "Open “parties.csv”" });
    const actors = within(dialog).getByRole("table", { name: "Actors' attributes" });
    const party = within(actors).getByRole("row", { name: /party/ });
    expect(party).toHaveTextContent("3 of 3");
    expect(party).toHaveTextContent("Red · Blue");
    expect(within(dialog).getByLabelText("Actor type")).toHaveValue("party");
    expect(within(dialog).getByLabelText("Relationship type")).toHaveValue("kind");
    expect(within(dialog).getByLabelText("Source (title or name)")).toHaveValue("source");
  });

  it("says live what will open", async () => {
    renderDialog();
    const summary = screen.getByTestId("mapping-summary");
    expect(summary).toHaveTextContent(
      "3 actors of 2 types, 2 relationships of 2 types; 1 relationship has no type: drawn as “Related to”.",
    );
    await userEvent.selectOptions(screen.getByLabelText("Actor type"), "");
    expect(summary).toHaveTextContent("3 actors of 1 type");
  });

  it("Open maps with the choices made", async () => {
    const confirmImport = vi.fn().mockResolvedValue(true);
    useExplorerStore.setState({ confirmImport });
    renderDialog();
    await userEvent.selectOptions(screen.getByLabelText("Relationship type"), "");
    await userEvent.click(screen.getByRole("button", { name: "Open" }));
    expect(confirmImport).toHaveBeenCalledWith(
      expect.objectContaining({ nodeType: "party", relationshipType: null }),
    );
  });

  it("keeps focus inside, cancels on Escape and gives focus back to what opened it", async () => {
    const cancelImport = vi.fn();
    useExplorerStore.setState({ cancelImport });
    const { opener, view } = renderDialog();
    const dialog = screen.getByRole("dialog");
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    screen.getByRole("button", { name: "Open" }).focus();
    await userEvent.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Open" }));
    await userEvent.keyboard("{Escape}");
    expect(cancelImport).toHaveBeenCalled();
    act(() => view.unmount());
    expect(document.activeElement).toBe(opener);
  });
});
