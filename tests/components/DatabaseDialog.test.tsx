// @vitest-environment jsdom
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import DatabaseDialog from "../../src/components/open/DatabaseDialog";
import { DatabaseExpand } from "../../src/components/details/DatabaseExpand";
import { decodeViewState, encodeViewState } from "../../src/domain/view/urlCodec";
import { useExplorerStore } from "../../src/store";
import { viewStateOf } from "../../src/store/selectors";
import { startOxigraphServer, type OxigraphServer } from "../fixtures/sparql/oxigraphServer";
import { smallDataset } from "../fixtures/smallDataset";
import { openDatasetText, renderUi } from "./render";

let server: OxigraphServer;
beforeAll(async () => {
  server = await startOxigraphServer();
});
afterAll(() => server.close());

const nodeIds = () =>
  useExplorerStore
    .getState()
    .current?.index.dataset.nodes.map((n) => n.id)
    .sort();

describe("DatabaseDialog and expanding (against Oxigraph on loopback)", () => {
  beforeEach(() => openDatasetText(smallDataset()));

  it("refuses an endpoint that is not http(s)", async () => {
    renderUi(<DatabaseDialog onClose={() => {}} />);
    const endpoint = screen.getByLabelText("Endpoint");
    await userEvent.clear(endpoint);
    await userEvent.type(endpoint, "javascript:alert(1)");
    await userEvent.type(screen.getByLabelText("Search"), "Alpha");
    await userEvent.click(screen.getByRole("button", { name: "Search" }));
    expect(screen.getByRole("alert")).toHaveTextContent("http:// or https://");
  });

  it("searches, draws the chosen actor, expands it from the panel, and the link replays it", async () => {
    const onClose = vi.fn();
    renderUi(<DatabaseDialog onClose={onClose} />);
    const endpoint = screen.getByLabelText("Endpoint");
    await userEvent.clear(endpoint);
    await userEvent.type(endpoint, server.endpoint);
    await userEvent.type(screen.getByLabelText("Search"), "example alpha network");
    await userEvent.click(screen.getByRole("button", { name: "Search" }));
    await userEvent.click(await screen.findByRole("checkbox", { name: /Example Alpha Network/ }));
    await userEvent.click(screen.getByRole("button", { name: "Draw 1 actor" }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(nodeIds()).toEqual(["q990000001"]);
    expect(useExplorerStore.getState().current?.origin?.kind).toBe("database");

    renderUi(<DatabaseExpand nodeId="q990000001" />);
    await userEvent.selectOptions(screen.getByLabelText("Hops"), "2");
    await userEvent.click(screen.getByRole("checkbox", { name: /member of/ }));
    await userEvent.click(screen.getByRole("button", { name: "Expand neighbours" }));
    // Without "member of", Gamma is not reached; Beta and, two hops away, Epsilon are.
    await waitFor(() => expect(nodeIds()).toHaveLength(3), { timeout: 30_000 });
    expect(useExplorerStore.getState().databaseSource?.error).toBeNull();
    expect(nodeIds()).toEqual(["q990000001", "q990000002", "q990000005"]);

    const link = encodeViewState(viewStateOf(useExplorerStore.getState(), () => false));
    expect(link).toContain("seeds=q990000001&expand=q990000001~2");
    openDatasetText(smallDataset());
    const { view } = decodeViewState(link);
    await useExplorerStore.getState().openDatabaseLink(view.database!, view);
    // The replay follows all relationships (a link keeps hops, not the choice), so Gamma comes too.
    expect(nodeIds()).toEqual(expect.arrayContaining(["q990000001", "q990000002", "q990000005"]));
  });
});
