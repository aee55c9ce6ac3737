// @vitest-environment jsdom
// Very long texts from a file: the data keeps them whole, the panel shows the start with "Show all",
// and names are cut with "…" wherever they are listed, so a 5 MB label cannot flood the page.
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { DetailsPanel } from "../../src/components/details/DetailsPanel";
import { LABEL_SHOWN_CHARS, TEXT_SHOWN_CHARS } from "../../src/domain/limits";
import { useExplorerStore } from "../../src/store";
import { smallDataset } from "../fixtures/smallDataset";
import { openDatasetUnchecked, renderUi } from "./render";

const FIVE_MB = 5 * 1024 * 1024;
const label = "L".repeat(FIVE_MB);
const summary = `${"s".repeat(TEXT_SHOWN_CHARS)}THE END`;

describe("long texts in the details panel", () => {
  beforeEach(() => {
    const dataset = smallDataset();
    const node = dataset.nodes.find((n) => n.id === "quds-force")!;
    node.label = label;
    node.summary = summary;
    openDatasetUnchecked(dataset);
  });

  it("a 5 MB label is shown cut, with Show all; the data keeps it whole", async () => {
    renderUi(<DetailsPanel />);
    act(() => useExplorerStore.getState().select({ kind: "node", id: "quds-force" }));
    const heading = screen.getByRole("heading", { level: 2 });
    expect(heading.textContent!.length).toBeLessThan(LABEL_SHOWN_CHARS + 40);
    expect(heading).toHaveTextContent("Show all (5,242,880 characters)");
    expect(useExplorerStore.getState().current?.index.nodesById.get("quds-force")?.label).toBe(label);
  });

  it("a long summary shows its start; Show all shows the rest", async () => {
    renderUi(<DetailsPanel />);
    act(() => useExplorerStore.getState().select({ kind: "node", id: "quds-force" }));
    const panel = screen.getByRole("complementary", { name: "Details" });
    expect(panel).not.toHaveTextContent("THE END");
    const summaryText = panel.querySelector(".summary")!;
    await userEvent.click(within(summaryText as HTMLElement).getByRole("button", { name: /^Show all/ }));
    expect(panel).toHaveTextContent("THE END");
  });

  it("an actor with a 5 MB name is listed cut among another actor's relationships", () => {
    renderUi(<DetailsPanel />);
    act(() => useExplorerStore.getState().select({ kind: "node", id: "hezbollah" }));
    const panel = screen.getByRole("complementary", { name: "Details" });
    expect(within(panel).getByRole("heading", { level: 2 })).toHaveTextContent("Hezbollah");
    expect(panel.textContent!.length).toBeLessThan(20_000);
    expect(panel).toHaveTextContent(`${"L".repeat(LABEL_SHOWN_CHARS - 1)}…`);
  });
});
