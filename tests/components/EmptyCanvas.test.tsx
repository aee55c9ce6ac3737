// @vitest-environment jsdom
// When the filters leave nothing to draw, the canvas says which ones and offers to undo each.
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { EmptyCanvas } from "../../src/components/canvas/CanvasOverlays";
import { useExplorerStore } from "../../src/store";
import { smallDataset } from "../fixtures/smallDataset";
import { openDatasetText, renderUi } from "./render";

describe("EmptyCanvas", () => {
  beforeEach(() => openDatasetText(smallDataset()));

  it("is not shown while anything is drawn", () => {
    renderUi(<EmptyCanvas />);
    expect(screen.queryByText("Nothing to show.")).toBeNull();
  });

  it("names what hides everything and undoes it", async () => {
    renderUi(<EmptyCanvas />);
    act(() =>
      useExplorerStore.getState().setFilters({ hiddenNodeTypes: ["armed-group", "person", "state"] }),
    );
    expect(screen.getByRole("status")).toHaveTextContent("These hide every actor: 3 actor types hidden.");
    await userEvent.click(screen.getByRole("button", { name: "Show all actor types" }));
    expect(useExplorerStore.getState().spec.filters.hiddenNodeTypes).toEqual([]);
    expect(screen.queryByText("Nothing to show.")).toBeNull();
  });

  it("offers to show everything when several things hide it", async () => {
    renderUi(<EmptyCanvas />);
    act(() => {
      useExplorerStore.getState().setFilters({ sources: [], hiddenRelationshipTypes: ["trains"] });
    });
    expect(screen.getByRole("status")).toHaveTextContent("1 relationship type hidden; no source chosen");
    await userEvent.click(screen.getByRole("button", { name: "Show everything" }));
    expect(useExplorerStore.getState().spec.filters.sources).toBeNull();
    expect(useExplorerStore.getState().spec.filters.hiddenRelationshipTypes).toEqual([]);
  });
});
