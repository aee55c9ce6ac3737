// @vitest-environment jsdom
// "Colour actors by": the legend's select, the legend's key to the community colours (measures
// computed on the page here: jsdom has no workers), and the colours the canvas is given.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { ColourLegend } from "../../src/components/filters/ColourLegend";
import type { Dataset } from "../../src/domain/dataset/schema";
import { COMMUNITY_PALETTE, OTHER_COMMUNITY_COLOR } from "../../src/domain/view/colorBy";
import { useExplorerStore } from "../../src/store";
import { selectActorColourValues, selectColorBy } from "../../src/store/selectors";
import { smallDataset } from "../fixtures/smallDataset";
import { openDatasetText, openDatasetUnchecked, renderUi } from "./render";

const state = () => useExplorerStore.getState();
// The legend carries its own "Colour actors by" select.
const ui = () => <ColourLegend />;

describe("colouring actors by community", () => {
  beforeEach(() => openDatasetText(smallDataset()));

  it("is off by default: actors keep their types' colours and the legend says nothing more", () => {
    renderUi(ui());
    expect(screen.getByRole("combobox", { name: "Colour actors by" })).toHaveValue("type");
    expect(screen.queryByTestId("colour-legend")).toBeNull();
    expect(selectActorColourValues(state())).toBeNull();
  });

  it("colours each community, largest first, and the legend lists them with their actors", async () => {
    const user = userEvent.setup();
    renderUi(ui());
    await user.selectOptions(screen.getByRole("combobox", { name: "Colour actors by" }), "community");
    expect(selectColorBy(state())).toBe("community");
    // The small network's two communities: the Quds Force's triangle (3), Hezbollah and ISIS (2).
    const list = await screen.findByRole("list", { name: "Communities" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Community 1: 3 actors", "Community 2: 2 actors"]);
    expect(screen.getByTestId("colour-legend")).toHaveTextContent(/shape still tells its type/);
    const colours = selectActorColourValues(state())!;
    expect(colours.get("quds-force")).toBe(COMMUNITY_PALETTE[0]);
    expect(colours.get("united-states")).toBe(COMMUNITY_PALETTE[0]);
    expect(colours.get("hezbollah")).toBe(COMMUNITY_PALETTE[1]);

    await user.selectOptions(screen.getByRole("combobox", { name: "Colour actors by" }), "type");
    expect(screen.queryByTestId("colour-legend")).toBeNull();
    expect(selectActorColourValues(state())).toBeNull();
  });
});

describe("more communities than colours", () => {
  it("folds the smallest into one neutral other, and says how many", async () => {
    // Nine separate pairs of actors: nine communities of two, six coloured, three folded.
    const base = smallDataset();
    const template = base.nodes[0]!;
    const edge = base.edges[0]!;
    const dataset: Dataset = {
      ...base,
      nodes: Array.from({ length: 18 }, (_, i) => ({ ...template, id: `actor-${i}`, label: `Actor ${i}` })),
      edges: Array.from({ length: 9 }, (_, i) => ({
        ...edge,
        id: `pair-${i}`,
        source: `actor-${2 * i}`,
        target: `actor-${2 * i + 1}`,
      })),
    };
    openDatasetUnchecked(dataset);
    state().setColorBy("community");
    renderUi(ui());
    const list = await screen.findByRole("list", { name: "Communities" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(7);
    expect(items.at(-1)).toHaveTextContent("Other: 3 smaller communities, 6 actors");
    expect(screen.getByTestId("colour-legend")).toHaveTextContent(/the others share grey/);
    await waitFor(() => expect(selectActorColourValues(state())).not.toBeNull());
    const colours = [...selectActorColourValues(state())!.values()];
    expect(new Set(colours)).toEqual(new Set([...COMMUNITY_PALETTE, OTHER_COMMUNITY_COLOR]));
    expect(colours.filter((c) => c === OTHER_COMMUNITY_COLOR)).toHaveLength(6);
  });
});
