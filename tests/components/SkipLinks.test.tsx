// @vitest-environment jsdom
// The first skip link goes where the graph is shown: the canvas, or, while the table is shown in its
// place (the canvas hidden), the table's current row (in TableView.test.tsx, where jsdom is given a
// scroller for the virtualised rows).
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { SkipLinks } from "../../src/components/help/SkipLinks";
import { smallDataset } from "../fixtures/smallDataset";
import { openDatasetText, renderUi } from "./render";

beforeEach(() => openDatasetText(smallDataset()));

describe("SkipLinks", () => {
  it("skips to the canvas while the graph is shown", async () => {
    renderUi(
      <>
        <SkipLinks />
        <div id="graph-canvas" tabIndex={0} data-testid="canvas" />
      </>,
    );
    await userEvent.setup().click(screen.getByRole("link", { name: "Skip to the canvas" }));
    expect(document.activeElement).toBe(screen.getByTestId("canvas"));
  });
});
