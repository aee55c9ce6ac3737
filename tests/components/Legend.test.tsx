// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Legend } from "../../src/components/Legend";
import { smallDataset } from "../fixtures/smallDataset";
import { openDatasetText, renderUi } from "./render";

describe("Legend", () => {
  it("lists the node and relationship types present, with counts", () => {
    openDatasetText(smallDataset());
    renderUi(<Legend />);
    const legend = screen.getByRole("region", { name: "Legend" });
    const rows = within(legend)
      .getAllByRole("listitem")
      .map((li) => [li.querySelector(".legend-label")?.textContent, li.querySelector(".count")?.textContent]);
    expect(rows).toEqual([
      ["State", "1"],
      ["Armed group", "3"],
      ["Person", "1"],
      ["Trains", "1"],
      ["Sanctions", "2"],
      ["Fights", "1"],
      ["Leads", "1"],
    ]);
  });
});
