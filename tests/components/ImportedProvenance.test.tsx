// @vitest-environment jsdom
// Said plainly for an imported dataset: how many claims quote a source and how many cite only the
// file, in the details panel's overview and under an exported image; and the problems panel's words
// for a file the explorer does not open.
import { act, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DetailsPanel } from "../../src/components/details/DetailsPanel";
import { ProblemsPanel } from "../../src/components/open/ProblemsPanel";
import { indexDataset } from "../../src/domain/dataset/datasetIndex";
import { composeFooterLines } from "../../src/domain/export/text";
import { EMPTY_MAPPING, mapToDataset } from "../../src/domain/formats/mapping";
import { useExplorerStore } from "../../src/store";
import { importedGraph } from "../unit/formats/importedGraphs";
import { smallDataset } from "../fixtures/smallDataset";
import { openDatasetText, renderUi } from "./render";

const graph = importedGraph(
  [
    { id: "a", label: "Alice", attributes: { src: "Report", q: "Alice leads" } },
    { id: "b", label: "Bob" },
    { id: "c", label: "Carol" },
  ],
  [{ source: "a", target: "b" }],
  { file: "subset.graphml" },
);
const { dataset } = mapToDataset(graph, { ...EMPTY_MAPPING, source: "src", quote: "q" });
const LINE = "1 of 4 claims quote a source; the rest cite only the file subset.graphml.";

describe("provenance of imported claims", () => {
  it("the overview says how many claims quote a source and how many cite only the file", () => {
    openDatasetText(dataset, "subset.graphml");
    renderUi(<DetailsPanel />);
    expect(screen.getByTestId("dataset-provenance")).toHaveTextContent(LINE);
  });

  it("so does the footer of an exported image", () => {
    const index = indexDataset(dataset);
    const elements = {
      nodeIds: new Set(dataset.nodes.map((n) => n.id)),
      edgeIds: new Set(dataset.edges.map((e) => e.id)),
    };
    expect(composeFooterLines(index, elements, new Date(2026, 0, 15))).toContain(LINE);
  });

  it("a bundled dataset's footer has no such line: none of its claims rests on a file", () => {
    const index = indexDataset(smallDataset());
    const elements = { nodeIds: new Set(index.nodesById.keys()), edgeIds: new Set(index.edgesById.keys()) };
    expect(composeFooterLines(index, elements, new Date(2026, 0, 15)).join("\n")).not.toContain("cite only");
  });
});

describe("the problems panel for a file the explorer does not open", () => {
  it("says what it looked like and what the explorer opens", () => {
    openDatasetText(smallDataset(), "small.json");
    renderUi(<ProblemsPanel />);
    act(() =>
      useExplorerStore.setState({
        rejected: {
          file: "notes.txt",
          problems: [{ severity: "error", file: "notes.txt", path: "", message: "it looks like plain text" }],
          note: "It looked like plain text.",
          help: "The explorer opens: GEXF (.gexf).",
        },
      }),
    );
    const dialog = screen.getByRole("alertdialog", { name: "“notes.txt” could not be opened" });
    expect(dialog).toHaveTextContent("It looked like plain text.");
    expect(dialog).toHaveTextContent("The explorer opens: GEXF (.gexf).");
  });
});
