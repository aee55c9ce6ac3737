// @vitest-environment jsdom
// The details panel's network measures (computed on the page here: jsdom has no workers) and the
// "Size actors by" select with its legend line.
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { SizeBySelect } from "../../src/components/canvas/SizeBySelect";
import { DetailsPanel } from "../../src/components/details/DetailsPanel";
import { SizeLegend } from "../../src/components/filters/SizeLegend";
import { useExplorerStore } from "../../src/store";
import { selectActorMeasures } from "../../src/store/selectors";
import { smallDataset } from "../fixtures/smallDataset";
import { openDatasetText, renderUi } from "./render";

// The small network: United States, Soleimani and the Quds Force form a triangle; the Quds Force
// trains Hezbollah, which fights ISIS.
const selectNode = (id: string) => act(() => useExplorerStore.getState().select({ kind: "node", id }));
const measures = () => screen.getByRole("region", { name: "Network measures" });
const row = async (name: string) =>
  (await within(measures()).findByText(name, { selector: ".measure-name" })).closest("summary")!;

describe("the measures in the details panel", () => {
  beforeEach(() => openDatasetText(smallDataset()));

  it.each([
    ["Degree", "3", "1st of 5"],
    ["In-degree", "2", "1st of 5"],
    ["Out-degree", "1", "tied 2nd of 5"],
    ["Betweenness", "0.667", "1st of 5"],
    ["Community", "1 of 2", "3 actors"],
  ])("shows the Quds Force's %s with its rank", async (name, value, rank) => {
    renderUi(<DetailsPanel />);
    selectNode("quds-force");
    const summary = await row(name);
    expect(summary).toHaveTextContent(`${name} ${value} ${rank}`);
    expect(summary.getAttribute("title")).toMatch(/Quds Force/);
  });

  it("names the relationships a degree counts, each opening the relationship", async () => {
    const user = userEvent.setup();
    renderUi(<DetailsPanel />);
    selectNode("quds-force");
    await user.click(await row("Degree"));
    const note = within((await row("Degree")).closest("details")!);
    expect(note.getByText(/1 it starts, 2 pointing at it, 0 mutual/)).toBeInTheDocument();
    const relationships = note.getAllByTitle(/^Open this relationship and its citations/);
    expect(relationships.map((b) => b.textContent)).toEqual(["Trains →", "Sanctioned by ←", "Led by ←"]);
    await user.click(note.getByRole("button", { name: "Trains →" }));
    expect(useExplorerStore.getState().selection).toEqual({
      kind: "edge",
      id: "quds-force-trains-hezbollah",
    });
  });

  it("gives shortest paths through the actor as the reason for its betweenness", async () => {
    const user = userEvent.setup();
    renderUi(<DetailsPanel />);
    selectNode("quds-force");
    await user.click(await row("Betweenness"));
    const note = (await row("Betweenness")).closest("details")!;
    expect(note).toHaveTextContent("between 2 pairs of its neighbours");
    const paths = within(note).getAllByRole("listitem");
    expect(paths[0]).toHaveTextContent(
      "Hezbollah ← Trains Quds Force ← Sanctions United States (the only shortest path between them)",
    );
  });

  it("recomputes on the filtered graph", async () => {
    renderUi(<DetailsPanel />);
    selectNode("quds-force");
    expect(await row("Degree")).toHaveTextContent("Degree 3 1st of 5");
    act(() => useExplorerStore.getState().setFilters({ hiddenRelationshipTypes: ["sanctions"] }));
    await expect.poll(async () => (await row("Degree")).textContent).toBe("Degree 2 tied 1st of 4");
    expect(selectActorMeasures(useExplorerStore.getState()).get("quds-force")).toMatchObject({
      degree: 2,
      inDegree: 1,
      outDegree: 1,
    });
  });

  it("says when the filters hide the actor", async () => {
    renderUi(<DetailsPanel />);
    selectNode("isis");
    act(() => useExplorerStore.getState().setFilters({ hiddenRelationshipTypes: ["fights"] }));
    expect(measures()).toHaveTextContent("Not measured: the filters or the focus hide this actor.");
  });
});

describe("size actors by a measure", () => {
  beforeEach(() => openDatasetText(smallDataset()));

  it("chooses the measure and the legend says what size means", async () => {
    const user = userEvent.setup();
    renderUi(
      <>
        <SizeBySelect />
        <SizeLegend />
      </>,
    );
    const legend = screen.getByTestId("size-legend");
    expect(legend).toHaveTextContent("Size: Relationships in the whole dataset. Larger: more relationships");
    await user.selectOptions(screen.getByRole("combobox", { name: "Size actors by" }), "betweenness");
    expect(useExplorerStore.getState().sizeBy).toBe("betweenness");
    expect(legend).toHaveTextContent("Size: Betweenness of what is shown.");
    expect(legend).toHaveTextContent("shortest paths between other shown actors");
  });
});
