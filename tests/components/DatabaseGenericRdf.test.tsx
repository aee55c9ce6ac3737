// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import DatabaseDialog from "../../src/components/open/DatabaseDialog";
import MappingDialog from "../../src/components/open/MappingDialog";
import { DatabaseExpand } from "../../src/components/details/DatabaseExpand";
import { nodeIdOfIri } from "../../src/domain/sparql/profiles/rdf/graph";
import { decodeViewState, encodeViewState } from "../../src/domain/view/urlCodec";
import { useExplorerStore } from "../../src/store";
import { viewStateOf } from "../../src/store/selectors";
import { startOxigraphServer, type OxigraphServer } from "../fixtures/sparql/oxigraphServer";
import { smallDataset } from "../fixtures/smallDataset";
import { openDatasetText, renderUi } from "./render";

const EX = "http://example.org/generic/";
let server: OxigraphServer;
beforeAll(async () => {
  server = await startOxigraphServer(readFileSync("tests/fixtures/sparql/generic-sample.ttl", "utf8"));
});
afterAll(() => server.close());

/** The database dialog with the mapping dialog the app shows over it while a vocabulary is chosen. */
function Dialogs({ onClose }: { onClose: () => void }) {
  const importing = useExplorerStore((s) => s.importing);
  return (
    <>
      <DatabaseDialog onClose={onClose} />
      {importing && <MappingDialog pending={importing} />}
    </>
  );
}

const labels = () =>
  useExplorerStore
    .getState()
    .current?.index.dataset.nodes.map((n) => n.label)
    .sort();

describe("a generic RDF store: the mapping dialog chooses predicates and classes (Oxigraph on loopback)", () => {
  beforeEach(() => openDatasetText(smallDataset()));

  it("surveys, maps, searches, draws, expands through the chosen predicates, cites the endpoint, and the link replays it", async () => {
    const onClose = vi.fn();
    renderUi(<Dialogs onClose={onClose} />);
    const endpoint = screen.getByLabelText("Endpoint");
    await userEvent.clear(endpoint);
    await userEvent.type(endpoint, server.endpoint);
    await userEvent.selectOptions(screen.getByLabelText("Profile"), "rdf");
    await userEvent.type(screen.getByLabelText("Search"), "gamma");
    await userEvent.click(screen.getByRole("button", { name: "Search" }));

    // The mapping dialog lists what the store holds, with counts from the sample.
    const mapping = await screen.findByRole("dialog", { name: /\(rdf\)/ }, { timeout: 30_000 });
    const predicates = within(mapping).getByRole("group", { name: /Predicates/ });
    expect(
      within(predicates)
        .getAllByRole("checkbox")
        .map((c) => c.closest("label")?.textContent),
    ).toEqual([
      expect.stringMatching(/^ funds \(4 in the sample; http:\/\/example\.org\/ontology#funds\)/),
      expect.stringMatching(/^ trains \(2 in the sample/),
      expect.stringMatching(/^ ally of \(1 in the sample/),
    ]);
    expect(
      within(mapping).getByText(/stated by http:\/\/127\.0\.0\.1:\d+\/sparql, no reference/),
    ).toBeVisible();
    await userEvent.click(within(predicates).getByRole("checkbox", { name: /ally of/ }));
    await userEvent.selectOptions(within(mapping).getByLabelText("Label"), "skos:prefLabel");
    await userEvent.click(within(mapping).getByRole("button", { name: "Open" }));

    // Back in the database dialog: the search ran with the chosen vocabulary.
    await userEvent.click(await screen.findByRole("checkbox", { name: /Gamma/ }, { timeout: 30_000 }));
    expect(screen.getByText(/Following 2 predicates; 2 classes drawn as actor types/)).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Draw 1 actor" }));
    await waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: 30_000 });
    expect(labels()).toEqual(["Gamma Front"]);

    const gamma = nodeIdOfIri(`${EX}gamma`);
    renderUi(<DatabaseExpand nodeId={gamma} />);
    expect(screen.getByRole("checkbox", { name: /funds/ })).toBeChecked();
    expect(screen.queryByRole("checkbox", { name: /ally of/ })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Expand neighbours" }));
    // Northland funds and trains Gamma; Delta is its ally, a predicate skipped.
    await waitFor(() => expect(labels()).toEqual(["Gamma Front", "Northland"]), { timeout: 30_000 });
    expect(screen.getByTestId("database-loaded")).toHaveTextContent(
      "2 new statements loaded around this actor: that is all the database holds",
    );
    const dataset = useExplorerStore.getState().current!.index.dataset;
    expect(dataset.relationshipTypes.map((t) => t.label).sort()).toEqual(["funds", "trains"]);
    expect(dataset.nodeTypes.map((t) => t.label).sort()).toEqual(["Organisation", "State"]);
    const [source] = dataset.sources;
    expect(source!.title).toMatch(/^Statements at 127\.0\.0\.1:\d+ without a reference$/);
    for (const edge of dataset.edges)
      expect(edge.citations).toEqual([
        expect.objectContaining({
          source: source!.id,
          stance: "claim",
          note: expect.stringMatching(/no reference\.$/),
        }),
      ]);

    const link = encodeViewState(viewStateOf(useExplorerStore.getState(), () => false));
    expect(link).toContain("profile=rdf");
    expect(link).toContain("vocab=");
    openDatasetText(smallDataset());
    const { view, notices } = decodeViewState(link);
    expect(notices).toEqual([]);
    expect(view.database?.vocabulary?.predicates).toHaveLength(2);
    await useExplorerStore.getState().openDatabaseLink(view.database!, view);
    expect(labels()).toEqual(["Gamma Front", "Northland"]);
    expect(
      useExplorerStore
        .getState()
        .current!.index.dataset.relationshipTypes.map((t) => t.label)
        .sort(),
    ).toEqual(["funds", "trains"]);
  });

  it("Load more reads the next page, says how many are loaded, and the link keeps it", async () => {
    const north = `${EX}north`;
    const vocabulary = {
      label: "rdfs:label" as const,
      classes: [],
      predicates: ["http://example.org/ontology#funds", "http://example.org/ontology#trains"],
    };
    await useExplorerStore.getState().openDatabaseLink({
      endpoint: server.endpoint,
      profile: "rdf",
      seeds: [north],
      expanded: [],
      vocabulary,
    });
    const id = nodeIdOfIri(north);
    await useExplorerStore.getState().expandFromDatabase({ nodeId: id, hops: 1, limit: 2 });
    renderUi(<DatabaseExpand nodeId={id} />);
    expect(screen.getByTestId("database-loaded")).toHaveTextContent(
      "2 new statements loaded around this actor; the limit of 2 was reached: Load more reads the next 2.",
    );
    await userEvent.click(screen.getByRole("button", { name: "Load more" }));
    await waitFor(
      () =>
        expect(screen.getByTestId("database-loaded")).toHaveTextContent(
          "4 new statements loaded around this actor",
        ),
      { timeout: 30_000 },
    );
    // The second page was full too: one more look finds nothing new, and says that is all.
    await userEvent.click(screen.getByRole("button", { name: "Load more" }));
    await waitFor(
      () =>
        expect(screen.getByTestId("database-loaded")).toHaveTextContent(
          "4 new statements loaded around this actor: that is all the database holds for these relationships.",
        ),
      { timeout: 30_000 },
    );
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
    expect(useExplorerStore.getState().current!.index.dataset.edges).toHaveLength(4);
    const link = encodeViewState(viewStateOf(useExplorerStore.getState(), () => false));
    expect(new URLSearchParams(link).get("expand")).toBe(`${north}~1~6`);
  });

  it("a link without its vocabulary asks again in the mapping dialog, then loads what it recorded", async () => {
    const gamma = `${EX}gamma`;
    const { view } = decodeViewState(
      `db=${encodeURIComponent(server.endpoint)}&profile=rdf&seeds=${encodeURIComponent(gamma)}&expand=${encodeURIComponent(`${gamma}~1`)}`,
    );
    renderUi(<Dialogs onClose={() => {}} />);
    void useExplorerStore.getState().openDatabaseLink(view.database!, view);
    const mapping = await screen.findByRole("dialog", { name: /\(rdf\)/ }, { timeout: 30_000 });
    await userEvent.click(within(mapping).getByRole("button", { name: "Open" }));
    // Every predicate followed by default: Northland (funds, trains) and Delta (ally of).
    await waitFor(
      () => expect(labels()).toEqual(["Example Delta Brigade", "Example Gamma Front", "Example Northland"]),
      { timeout: 30_000 },
    );
  });
});
