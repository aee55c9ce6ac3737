// @vitest-environment jsdom
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { ProblemsPanel } from "../../src/components/open/ProblemsPanel";
import { useExplorerStore } from "../../src/store";
import { smallDataset } from "../fixtures/smallDataset";
import { openDatasetText, openText, renderUi } from "./render";

describe("opening an invalid file", () => {
  beforeEach(() => openDatasetText(smallDataset(), "small.json"));

  it("shows the validator's problems with where and what, and keeps the open dataset", async () => {
    renderUi(<ProblemsPanel />);
    const broken = smallDataset();
    broken.edges[0] = { ...broken.edges[0]!, target: "hezbolah" };
    let opened = true;
    act(() => {
      opened = openText(JSON.stringify(broken, null, 2), "broken.json");
    });
    expect(opened).toBe(false);
    const dialog = screen.getByRole("alertdialog", { name: "“broken.json” could not be opened" });
    expect(dialog).toHaveTextContent("“Small test network” stays open.");
    const problem = within(dialog).getAllByRole("listitem")[0]!;
    expect(problem).toHaveTextContent("edges[0].target");
    expect(problem).toHaveTextContent(/line \d+/);
    expect(problem).toHaveTextContent("hezbolah");
    expect(problem).toHaveTextContent('did you mean "hezbollah"?');
    expect(useExplorerStore.getState().current?.file).toBe("small.json");

    await userEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(useExplorerStore.getState().current?.index.dataset.title).toBe("Small test network");
  });

  it("reports a JSON syntax error with its line and column", () => {
    renderUi(<ProblemsPanel />);
    act(() => {
      openText('{\n  "formatVersion": 1,\n  "id": "x"\n  "title": "y"\n}', "syntax.json");
    });
    const dialog = screen.getByRole("alertdialog");
    // The comma belongs at the end of line 3, right after "x".
    expect(dialog).toHaveTextContent("line 3, column 12");
    expect(dialog).toHaveTextContent("expected a comma");
  });
});
