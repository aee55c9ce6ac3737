// @vitest-environment jsdom
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import ExportDialog from "../../src/components/export/ExportDialog";
import type { Dataset } from "../../src/domain/dataset/schema";
import { useExplorerStore } from "../../src/store";
import { smallDataset } from "../fixtures/smallDataset";
import { openDatasetText, openText, renderUi } from "./render";

const downloads = vi.hoisted(() => [] as { blob: Blob; fileName: string }[]);
vi.mock("../../src/components/export/download", () => ({
  downloadBlob: (blob: Blob, fileName: string) => downloads.push({ blob, fileName }),
  canCopyImages: () => false,
}));

describe("ExportDialog (data formats; images are tested in the browser)", () => {
  beforeEach(() => {
    downloads.length = 0;
    openDatasetText(smallDataset());
  });

  it("says what each scope contains and offers the selection only when actors are selected", async () => {
    renderUi(<ExportDialog onClose={() => {}} />);
    expect(screen.getByText("5 actors, 5 relationships, 2 sources")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: /Selected actors/ })).toBeDisabled();
    act(() => {
      useExplorerStore.getState().select({ kind: "node", id: "hezbollah" });
      useExplorerStore.getState().toggleSelectedNode("isis");
    });
    const selection = screen.getByRole("radio", { name: /Selected actors/ });
    expect(selection).toBeEnabled();
    await userEvent.click(selection);
    expect(screen.getByText("2 actors, 1 relationship, 1 source")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("checkbox", { name: "plus their direct neighbours" }));
    expect(screen.getByText(/^3 actors/)).toBeInTheDocument();
  });

  it("downloads the selected actors as a dataset that validates, named after dataset, scope and date", async () => {
    act(() => {
      useExplorerStore.getState().select({ kind: "node", id: "hezbollah" });
      useExplorerStore.getState().toggleSelectedNode("quds-force");
    });
    renderUi(<ExportDialog onClose={() => {}} />);
    await userEvent.click(screen.getByRole("radio", { name: /Selected actors/ }));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Format" }), "json");
    expect(screen.getByText(/^small-test-selection-\d{4}-\d{2}-\d{2}\.json$/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Download" }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const exported = JSON.parse(await downloads[0]!.blob.text()) as Dataset;
    expect(exported.nodes.map((n) => n.id).sort()).toEqual(["hezbollah", "quds-force"]);
    expect(exported.edges.map((e) => e.id)).toEqual(["quds-force-trains-hezbollah"]);
    const reopened = openText(JSON.stringify(exported), "again.json");
    expect(reopened).toBe(true);
    expect(useExplorerStore.getState().current?.warnings).toEqual([]);
  });

  it.each([
    ["actors-csv", /\.actors\.csv$/, "id,label,type"],
    ["relationships-csv", /\.relationships\.csv$/, "id,source_id,source_label"],
    ["graphml", /\.graphml$/, "<graphml"],
    ["turtle", /\.ttl$/, "@prefix prov: <http://www.w3.org/ns/prov#>."],
    ["jsonld", /\.jsonld$/, '"@context"'],
  ])("downloads %s", async (format, name, start) => {
    renderUi(<ExportDialog onClose={() => {}} />);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Format" }), format);
    await userEvent.click(screen.getByRole("button", { name: "Download" }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.fileName).toMatch(name);
    expect(await downloads[0]!.blob.text()).toContain(start);
  });

  it("Escape and Close close it", async () => {
    const onClose = vi.fn();
    renderUi(<ExportDialog onClose={onClose} />);
    await userEvent.keyboard("{Escape}");
    await userEvent.click(screen.getByRole("button", { name: "Close export" }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
