// @vitest-environment jsdom
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SkipLinks } from "../../src/components/help/SkipLinks";
import TableView from "../../src/components/table/TableView";
import type { Dataset } from "../../src/domain/dataset/schema";
import { useExplorerStore } from "../../src/store";
import { smallDatasetWithStances } from "../fixtures/smallDataset";
import { openDatasetText, openDatasetUnchecked, renderUi } from "./render";

// jsdom lays nothing out and scrolls nothing: the grid's scroller is given a height and a working
// scrollTo, so the virtualiser renders a window and can move it.
const SCROLLER_HEIGHT = 320;
const scrolled = new WeakMap<Element, number>();
const isScroller = (element: Element) => element.classList.contains("data-table");
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "clientHeight", {
    configurable: true,
    get(this: HTMLElement) {
      return isScroller(this) ? SCROLLER_HEIGHT : 0;
    },
  });
  // Tall enough for any row to be scrolled to.
  Object.defineProperty(HTMLElement.prototype, "scrollHeight", {
    configurable: true,
    get(this: HTMLElement) {
      return isScroller(this) ? 1e9 : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, "scrollTop", {
    configurable: true,
    get(this: HTMLElement) {
      return scrolled.get(this) ?? 0;
    },
  });
  HTMLElement.prototype.scrollTo = function (this: HTMLElement, options?: ScrollToOptions | number) {
    if (typeof options !== "object" || options.top === undefined) return;
    scrolled.set(this, options.top);
    this.dispatchEvent(new Event("scroll"));
  } as typeof HTMLElement.prototype.scrollTo;
});
afterAll(() => {
  // The prototype's own (Element's) properties show through again.
  for (const key of ["clientHeight", "scrollHeight", "scrollTop", "scrollTo"])
    Reflect.deleteProperty(HTMLElement.prototype, key);
});

const grid = () => screen.getByRole("grid");
const bodyRows = () => within(grid()).getAllByRole("row").slice(1);
const firstCells = () => bodyRows().map((row) => within(row).getAllByRole("gridcell")[0]!.textContent);
const header = (name: string) => within(grid()).getByRole("columnheader", { name });
const state = () => useExplorerStore.getState();

describe("TableView: actors", () => {
  beforeEach(() => openDatasetText(smallDatasetWithStances()));

  it("lists the actors the canvas shows, as a grid with a header row", () => {
    renderUi(<TableView kind="actors" />);
    expect(grid()).toHaveAccessibleName("Actors");
    expect(grid()).toHaveAttribute("aria-rowcount", "6");
    expect(firstCells()).toEqual([
      "Quds Force",
      "Hezbollah",
      "United States",
      "Qasem Soleimani",
      "Islamic State",
    ]);
    const cells = within(bodyRows()[0]!)
      .getAllByRole("gridcell")
      .map((c) => c.textContent);
    expect(cells).toEqual(["Quds Force", "Armed group", "", "", "3", "2", ""]);
    expect(screen.getByText("5 actors")).toBeInTheDocument();
  });

  it("follows the filters and the focus like the canvas", () => {
    renderUi(<TableView kind="actors" />);
    act(() => state().setFilters({ hiddenRelationshipTypes: ["sanctions"] }));
    expect(firstCells()).toEqual(["Quds Force", "Hezbollah", "Qasem Soleimani", "Islamic State"]);
    act(() => state().focusOn("isis"));
    expect(firstCells()).toEqual(["Hezbollah", "Islamic State"]);
  });

  it("sorts by a header, by click and by Enter, and says so with aria-sort", async () => {
    const user = userEvent.setup();
    renderUi(<TableView kind="actors" />);
    expect(header("Actor")).toHaveAttribute("aria-sort", "none");
    await user.click(within(header("Actor")).getByRole("button"));
    expect(header("Actor")).toHaveAttribute("aria-sort", "ascending");
    expect(firstCells()).toEqual([
      "Hezbollah",
      "Islamic State",
      "Qasem Soleimani",
      "Quds Force",
      "United States",
    ]);
    within(header("Actor")).getByRole("button").focus();
    await user.keyboard("{Enter}");
    expect(header("Actor")).toHaveAttribute("aria-sort", "descending");
    expect(firstCells()[0]).toBe("United States");
    await user.click(within(header("Relationships")).getByRole("button"));
    expect(header("Actor")).toHaveAttribute("aria-sort", "none");
    expect(header("Relationships")).toHaveAttribute("aria-sort", "ascending");
  });

  it("narrows the rows by its filter box, and says when none match", async () => {
    const user = userEvent.setup();
    renderUi(<TableView kind="actors" />);
    await user.type(screen.getByRole("searchbox", { name: "Filter actors" }), "armed");
    expect(firstCells()).toEqual(["Quds Force", "Hezbollah", "Islamic State"]);
    expect(screen.getByText("3 of 5")).toBeInTheDocument();
    await user.type(screen.getByRole("searchbox", { name: "Filter actors" }), " zzz");
    expect(bodyRows()).toEqual([]);
    expect(screen.getByText("No actor matches “armed zzz”.")).toBeInTheDocument();
  });

  it("selects on click (Shift adds), as the canvas does", async () => {
    const user = userEvent.setup();
    renderUi(<TableView kind="actors" />);
    await user.click(screen.getByText("Hezbollah"));
    expect(state().selection).toEqual({ kind: "node", id: "hezbollah" });
    expect(bodyRows()[1]).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Shift>}");
    await user.click(screen.getByText("Islamic State"));
    await user.keyboard("{/Shift}");
    expect(state().selection).toEqual({ kind: "node", id: "isis", also: ["hezbollah"] });
  });

  it("shows a selection made elsewhere: its row selected and the one Tab reaches", () => {
    renderUi(<TableView kind="actors" />);
    act(() => state().select({ kind: "node", id: "qasem-soleimani" }));
    const row = bodyRows()[3]!;
    expect(row).toHaveAttribute("aria-selected", "true");
    expect(row).toHaveAttribute("tabindex", "0");
    expect(bodyRows().filter((r) => r.getAttribute("tabindex") === "0")).toHaveLength(1);
  });

  it("moves between rows with the arrow keys, Home and End, and selects with Enter", async () => {
    const user = userEvent.setup();
    renderUi(<TableView kind="actors" />);
    // Tab from the filter box passes the copy and save buttons and the header buttons to the first row.
    bodyRows()[0]!.focus();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(document.activeElement).toBe(bodyRows()[2]);
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement).toBe(bodyRows()[1]);
    expect(state().selection).toBeNull();
    await user.keyboard("{Enter}");
    expect(state().selection).toEqual({ kind: "node", id: "hezbollah" });
    await user.keyboard("{End}");
    expect(document.activeElement).toHaveTextContent("Islamic State");
    await user.keyboard("{Home}");
    expect(document.activeElement).toHaveTextContent("Quds Force");
  });

  it("Tab reaches the grid's active row", async () => {
    const user = userEvent.setup();
    renderUi(<TableView kind="actors" />);
    // From the last header (the measures' columns come last once they are computed).
    await waitFor(() => header("Community"));
    within(header("Community")).getByRole("button").focus();
    await user.tab();
    expect(document.activeElement).toBe(bodyRows()[0]);
  });

  it("copies the rows as listed, in their order, as CSV", async () => {
    const user = userEvent.setup();
    renderUi(<TableView kind="actors" />);
    // The network measures (of the whole shown graph, not only the rows the filter box keeps) are
    // columns too, once computed: graphology's values, checked against networkx in tests/unit/measures.
    await waitFor(() => header("Community"));
    await user.type(screen.getByRole("searchbox", { name: "Filter actors" }), "armed");
    await user.click(within(header("Actor")).getByRole("button"));
    await user.click(screen.getByRole("button", { name: "Copy as CSV" }));
    expect(await navigator.clipboard.readText()).toBe(
      "Actor,Type,Start,End,Relationships,Citations,Claims,Degree,In,Out,Betweenness,PageRank,Community\r\n" +
        "Hezbollah,Armed group,1982,,2,1,,2,1,0,0.5,0.4423,2\r\n" +
        "Islamic State,Armed group,,,1,1,,1,0,0,0,0.4059,2\r\n" +
        "Quds Force,Armed group,,,3,2,,3,2,1,0.6667,0.07909,1\r\n",
    );
    expect(screen.getByRole("status")).toHaveTextContent("Copied 3 rows as CSV.");
  });
});

describe("TableView: relationships", () => {
  beforeEach(() => openDatasetText(smallDatasetWithStances()));

  it("reads each relationship from source to target, with its stance, and selects it", async () => {
    const user = userEvent.setup();
    renderUi(<TableView kind="relationships" />);
    expect(grid()).toHaveAccessibleName("Relationships");
    const cells = within(bodyRows()[2]!)
      .getAllByRole("gridcell")
      .map((c) => c.textContent);
    expect(cells).toEqual([
      "United States",
      "sanctions",
      "Qasem Soleimani",
      "",
      "",
      "1",
      "claim by the U.S. Department of the Treasury",
    ]);
    await user.click(screen.getByText("fights"));
    expect(state().selection).toEqual({ kind: "edge", id: "hezbollah-fights-isis" });
    expect(bodyRows()[4]).toHaveAttribute("aria-selected", "true");
  });

  it("marks the selected actor's relationships, for the eye and the screen reader, and scrolls to them", () => {
    renderUi(<TableView kind="relationships" />);
    act(() => state().select({ kind: "node", id: "hezbollah" }));
    const dataset = smallDatasetWithStances();
    const expected = dataset.edges
      .filter((e) => e.source === "hezbollah" || e.target === "hezbollah")
      .map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    const marked = bodyRows().filter((row) => row.hasAttribute("data-involves-selection"));
    expect(marked.map((row) => row.getAttribute("data-id"))).toEqual(expected);
    for (const row of marked) {
      expect(row).toHaveAccessibleName(/involves Hezbollah, the selected actor/);
      // Not selected itself: the relationship was not picked, its actor was.
      expect(row).toHaveAttribute("aria-selected", "false");
    }
    const others = bodyRows().filter((row) => !row.hasAttribute("data-involves-selection"));
    expect(others.length).toBeGreaterThan(0);
    for (const row of others) expect(row).not.toHaveAccessibleName(/involves/);
    expect(screen.getByText(new RegExp(`; ${expected.length} with Hezbollah`))).toBeInTheDocument();
    // The first of them is the row the grid makes current (Tab reaches it).
    expect(marked[0]).toHaveAttribute("tabindex", "0");

    // Two actors selected: the relationships of either.
    act(() => state().toggleSelectedNode("isis"));
    const either = dataset.edges
      .filter((e) => ["hezbollah", "isis"].some((id) => e.source === id || e.target === id))
      .map((e) => e.id);
    expect(
      bodyRows()
        .filter((row) => row.hasAttribute("data-involves-selection"))
        .map((row) => row.getAttribute("data-id")),
    ).toEqual(either);
    expect(bodyRows().find((r) => r.hasAttribute("data-involves-selection"))).toHaveAccessibleName(
      /involves a selected actor/,
    );
    // A relationship selected: it is the selected row, nothing else is marked.
    act(() => state().select({ kind: "edge", id: "hezbollah-fights-isis" }));
    expect(bodyRows().filter((row) => row.hasAttribute("data-involves-selection"))).toEqual([]);
  });

  it("switches to the actors table", async () => {
    const user = userEvent.setup();
    renderUi(<TableView kind="relationships" />);
    await user.click(screen.getByRole("button", { name: "Actors" }));
    expect(state().table).toBe("actors");
  });
});

describe("TableView: many rows", () => {
  it("renders only a window of 10,000 rows, and scrolls a selection's row into it", async () => {
    const dataset: Dataset = smallDatasetWithStances();
    const template = dataset.nodes[0]!;
    dataset.nodes = Array.from({ length: 10_000 }, (_, i) => ({
      ...template,
      id: `actor-${i}`,
      label: `Actor ${i}`,
    }));
    dataset.edges = [];
    openDatasetUnchecked(dataset);
    renderUi(<TableView kind="actors" />);
    expect(grid()).toHaveAttribute("aria-rowcount", "10001");
    expect(bodyRows().length).toBeLessThan(40);
    act(() => state().select({ kind: "node", id: "actor-9000" }));
    await waitFor(() => {
      const selected = bodyRows().find((row) => row.getAttribute("aria-selected") === "true");
      expect(selected).toHaveTextContent("Actor 9000");
      expect(selected).toHaveAttribute("aria-rowindex", "9002");
    });
    expect(bodyRows().length).toBeLessThan(40);
  });
});

describe("TableView: the skip link", () => {
  beforeEach(() => openDatasetText(smallDatasetWithStances()));

  it("skips to the table's current row while the table is shown", async () => {
    act(() => useExplorerStore.getState().showTable("actors"));
    renderUi(
      <>
        <SkipLinks />
        <TableView kind="actors" />
      </>,
    );
    expect(screen.queryByRole("link", { name: "Skip to the canvas" })).toBeNull();
    await userEvent.setup().click(screen.getByRole("link", { name: "Skip to the table" }));
    expect(document.activeElement?.getAttribute("role")).toBe("row");
    expect(document.activeElement?.getAttribute("tabindex")).toBe("0");
  });
});
