// @vitest-environment jsdom
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { DetailsPanel } from "../../src/components/details/DetailsPanel";
import { useExplorerStore } from "../../src/store";
import { smallDataset, smallDatasetWithStances } from "../fixtures/smallDataset";
import { openDatasetText, openDatasetUnchecked, renderUi } from "./render";

const selectNode = (id: string) => act(() => useExplorerStore.getState().select({ kind: "node", id }));
const selectEdge = (id: string) => act(() => useExplorerStore.getState().select({ kind: "edge", id }));

describe("DetailsPanel", () => {
  beforeEach(() => openDatasetText(smallDataset()));

  it("shows the dataset overview when nothing is selected", () => {
    renderUi(<DetailsPanel />);
    expect(screen.getByRole("heading", { level: 2, name: "Small test network" })).toBeInTheDocument();
    expect(screen.getByText("Actors").nextSibling).toHaveTextContent("5");
    expect(screen.getByText("Relationships").nextSibling).toHaveTextContent("5");
    expect(screen.getByRole("link", { name: "Treasury press release" })).toHaveAttribute(
      "href",
      "https://home.treasury.gov/example",
    );
  });

  it("shows an actor: label, type, aliases, summary, attributes with their citations, citations", () => {
    renderUi(<DetailsPanel />);
    selectNode("quds-force");
    const panel = screen.getByRole("complementary", { name: "Details" });
    expect(within(panel).getByRole("heading", { level: 2 })).toHaveTextContent("Quds Force");
    expect(panel).toHaveTextContent("Armed group");
    expect(panel).toHaveTextContent("IRGC-QF · Qods Force");
    expect(panel).toHaveTextContent("The external arm of the IRGC.");
    const facts = within(panel).getByText("Size").closest("div")!;
    expect(facts).toHaveTextContent("10,000 to 20,000 members");
    expect(facts).toHaveTextContent("“about 10,000 to 20,000 members”");
    expect(facts).toHaveTextContent("paragraph 8");
    expect(panel).toHaveTextContent("“Iran’s Quds Force is in charge”");
  });

  it("reads for an analyst: an actor's relationships come before its facts and the quotes citing it", () => {
    renderUi(<DetailsPanel />);
    selectNode("quds-force");
    const headings = screen
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent?.replace(/\d+$/, "").trim());
    expect(headings.slice(0, 3)).toEqual(["Relationships", "Facts", "Cited in"]);
  });

  it("groups relationships by type and direction, with their dates and citations", () => {
    renderUi(<DetailsPanel />);
    selectNode("quds-force");
    const groups = screen.getAllByRole("region").filter((r) => r.classList.contains("relationship-group"));
    expect(groups.map((g) => g.getAttribute("aria-label"))).toEqual([
      "Trains →",
      "Sanctioned by ←",
      "Led by ←",
    ]);
    const sanctioned = groups[1]!;
    expect(within(sanctioned).getByRole("button", { name: "United States" })).toBeInTheDocument();
    expect(sanctioned).toHaveTextContent("from 25 October 2007");
    expect(sanctioned).toHaveTextContent("Treasury press release");
  });

  it("lists each source once per panel, numbered, and citations refer to the numbers", () => {
    renderUi(<DetailsPanel />);
    selectNode("quds-force");
    const sources = screen.getByRole("heading", { name: "Sources" }).nextElementSibling!;
    const items = within(sources as HTMLElement).getAllByRole("listitem");
    expect(items.map((i) => i.querySelector("cite")?.textContent)).toEqual([
      "An article",
      "Treasury press release",
    ]);
    expect(screen.getAllByText("[2]")).toHaveLength(1);
    expect(screen.getAllByText("[1]").length).toBeGreaterThan(1);
  });

  it("selects a related actor when it is clicked", async () => {
    renderUi(<DetailsPanel />);
    selectNode("quds-force");
    await userEvent.click(screen.getByRole("button", { name: "Hezbollah" }));
    expect(useExplorerStore.getState().selection).toEqual({ kind: "node", id: "hezbollah" });
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Hezbollah");
    expect(screen.getByRole("region", { name: "Trained by ←" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Fights ↔" })).toBeInTheDocument();
  });

  it("shows a relationship: type, both ends, dates, description and citations", () => {
    renderUi(<DetailsPanel />);
    selectEdge("quds-force-trains-hezbollah");
    const panel = screen.getByRole("complementary", { name: "Details" });
    expect(within(panel).getByRole("heading", { level: 2 })).toHaveTextContent("Trains");
    expect(panel).toHaveTextContent("Gives military training to.");
    expect(within(panel).getByRole("button", { name: "Quds Force" })).toBeInTheDocument();
    expect(within(panel).getByRole("button", { name: "Hezbollah" })).toBeInTheDocument();
    expect(panel).toHaveTextContent("→");
    expect(panel).toHaveTextContent("from 1982");
    expect(panel).toHaveTextContent("Training of Hezbollah.");
    expect(panel).toHaveTextContent("“cultivate one of its first allied militias”");
  });

  it("opens the relationship's details from an actor's list", async () => {
    renderUi(<DetailsPanel />);
    selectNode("hezbollah");
    await userEvent.click(
      screen.getByRole("button", { name: "Details of the relationship with Islamic State" }),
    );
    expect(useExplorerStore.getState().selection).toEqual({ kind: "edge", id: "hezbollah-fights-isis" });
    expect(screen.getByText("↔")).toBeInTheDocument();
  });
});

describe("links and text from a dataset", () => {
  it.each([
    ["javascript:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["file:///etc/passwd"],
    ["not a url"],
  ])("a source URL %s is shown as text, never as a link", (url) => {
    const dataset = smallDataset();
    dataset.sources[1] = { ...dataset.sources[1]!, url };
    openDatasetUnchecked(dataset);
    renderUi(<DetailsPanel />);
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText("Treasury press release")).toBeInTheDocument();
    expect(screen.getByText(/only http\(s\) addresses open/)).toBeInTheDocument();
  });

  it("opens http(s) links in a new tab without an opener", () => {
    openDatasetText(smallDataset());
    renderUi(<DetailsPanel />);
    const link = screen.getByRole("link", { name: "Treasury press release" });
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
  });

  it("renders markup in dataset text as text", () => {
    const dataset = smallDataset();
    dataset.nodes[0] = {
      ...dataset.nodes[0]!,
      label: "<img src=x onerror=alert(1)>",
      summary: "<b>bold</b>",
    };
    openDatasetUnchecked(dataset);
    renderUi(<DetailsPanel />);
    selectNode("quds-force");
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("<img src=x onerror=alert(1)>");
    expect(screen.getByText("<b>bold</b>")).toBeInTheDocument();
    expect(document.querySelector("img, b")).toBeNull();
  });
});

describe("a selection the filters hide", () => {
  it("is still shown, with a note that the canvas does not show it", () => {
    openDatasetText(smallDataset());
    renderUi(<DetailsPanel />);
    act(() => useExplorerStore.getState().select({ kind: "node", id: "isis" }));
    expect(screen.queryByRole("note")).toBeNull();
    act(() => useExplorerStore.getState().setFilters({ hiddenNodeTypes: ["armed-group"] }));
    expect(screen.getByRole("heading", { level: 2, name: "Islamic State" })).toBeInTheDocument();
    expect(screen.getByRole("note")).toHaveTextContent(
      "This actor is hidden on the canvas by the current filters or focus.",
    );
  });
});

describe("how the sources state it", () => {
  beforeEach(() => openDatasetText(smallDatasetWithStances()));
  const panel = () => screen.getByRole("complementary", { name: "Details" });
  const heading = () => within(panel()).getByRole("heading", { level: 2 });
  const citationOf = (quote: string) => within(panel()).getByText(`“${quote}”`).closest("figure")!;

  it.each<[string, string, string, string, string | null]>([
    [
      "a claim, with whose it is and the citation's note",
      "us-sanctions-soleimani",
      "including late General Soleimani",
      "Reported as a claim by the U.S. Department of the Treasury",
      "Note: The article gives no date for it.",
    ],
    [
      "a disputed point, with its note",
      "hezbollah-fights-isis",
      "against ISIS",
      "The sources disagree",
      "Note: Other sources call it support.",
    ],
  ])("says %s in words next to the quote", (_name, id, quote, words, note) => {
    renderUi(<DetailsPanel />);
    selectEdge(id);
    const citation = citationOf(quote);
    expect(within(citation).getByText(words)).toBeInTheDocument();
    if (note) expect(citation).toHaveTextContent(note);
  });

  it.each<[string, string]>([
    ["us-sanctions-soleimani", "Sanctions claimed"],
    ["hezbollah-fights-isis", "Fights disputed"],
    ["quds-force-trains-hezbollah", "Trains"],
    ["us-sanctions-quds-force", "Sanctions"],
  ])("labels %s in its heading as %j", (id, text) => {
    renderUi(<DetailsPanel />);
    selectEdge(id);
    expect(heading().textContent?.replace(/\s+/g, " ").trim()).toBe(text);
  });

  it("says nothing extra for a fact, and marks only the reported citation of a mixed relationship", () => {
    renderUi(<DetailsPanel />);
    selectEdge("quds-force-trains-hezbollah");
    expect(citationOf("cultivate one of its first allied militias")).not.toHaveTextContent(/claim|disagree/);
    expect(citationOf("trains Hezbollah fighters")).toHaveTextContent(
      "Reported as a claim by the U.S. Department of the Treasury",
    );
    expect(within(panel()).queryByText("claimed")).toBeNull();
  });

  it("shows a relationship's attributes as facts, each with its citations, in the panel's source list", () => {
    renderUi(<DetailsPanel />);
    selectEdge("us-sanctions-quds-force");
    const facts = within(panel()).getByRole("heading", { name: "Facts" }).parentElement!;
    const measure = within(facts).getByText("Measure").closest("div")!;
    expect(measure).toHaveTextContent("Asset freeze");
    expect(measure).toHaveTextContent("“freezes assets”");
    expect(within(measure).getByText("[1]")).toBeInTheDocument();
    const sources = screen.getByRole("heading", { name: "Sources" }).nextElementSibling as HTMLElement;
    expect(
      within(sources)
        .getAllByRole("listitem")
        .map((i) => i.querySelector("cite")?.textContent),
    ).toEqual(["Treasury press release"]);
  });

  it("marks a claimed relationship in the actor's list, and not the others", () => {
    renderUi(<DetailsPanel />);
    selectNode("united-states");
    const sanctions = screen.getByRole("region", { name: "Sanctions →" });
    const item = (label: string) =>
      within(sanctions).getByRole("button", { name: label }).closest("li") as HTMLElement;
    expect(within(item("Qasem Soleimani")).getByText("claimed")).toHaveAttribute(
      "title",
      expect.stringContaining("No source states this as fact"),
    );
    expect(within(item("Quds Force")).queryByText("claimed")).toBeNull();
  });
});
