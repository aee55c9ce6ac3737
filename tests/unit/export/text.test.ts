import { describe, expect, it } from "vitest";
import type { ExportElements, ExportScope } from "../../../src/domain/export/scope";
import {
  composeFooterLines,
  exportFileName,
  formatCitation,
  formatCitationList,
  formatSourceReference,
  isoDay,
  sourcesCitedBy,
} from "../../../src/domain/export/text";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import type { Citation, Dataset, Source } from "../../../src/domain/dataset/schema";
import { smallDataset, smallDatasetWithStances } from "../../fixtures/smallDataset";

const index = indexDataset(smallDataset());
const EXPORT_DAY = new Date(2026, 10, 25, 14, 30);

function elementsOf(nodeIds: string[], edgeIds: string[] = []): ExportElements {
  return { nodeIds: new Set(nodeIds), edgeIds: new Set(edgeIds) };
}

function everything(dataset: Dataset): ExportElements {
  return elementsOf(
    dataset.nodes.map((n) => n.id),
    dataset.edges.map((e) => e.id),
  );
}

/** The small fixture with `count` extra sources, each cited by one extra actor. */
function manySources(count: number): Dataset {
  const dataset = smallDataset();
  for (let i = 1; i <= count; i++) {
    dataset.sources.push({ id: `report-${i}`, title: `Report ${i}`, kind: "report" });
    dataset.nodes.push({
      id: `actor-${i}`,
      label: `Actor ${i}`,
      type: "person",
      citations: [{ source: `report-${i}` }],
    });
  }
  return dataset;
}

describe("isoDay and exportFileName", () => {
  it.each<[Date, ExportScope, string, string]>([
    [EXPORT_DAY, "graph", "png", "quds-force-graph-2026-11-25.png"],
    [new Date(2026, 0, 5), "viewport", "svg", "quds-force-viewport-2026-01-05.svg"],
    [new Date(2027, 8, 9, 0, 0, 1), "selection", "json", "quds-force-selection-2027-09-09.json"],
    // Late at night is still the user's day, whatever the UTC date is.
    [new Date(2026, 11, 31, 23, 59), "graph", "csv", "quds-force-graph-2026-12-31.csv"],
    [new Date(2026, 1, 28), "selection", ".graphml", "quds-force-selection-2026-02-28.graphml"],
  ])("%s, %s, %s -> %s", (date, scope, extension, expected) => {
    expect(exportFileName("quds-force", scope, date, extension)).toBe(expected);
    expect(expected).toContain(isoDay(date));
  });

  it.each([
    ["small-test", "small-test-graph-2026-11-25.txt"],
    ["Not a Slug!", "not-a-slug-graph-2026-11-25.txt"],
    ["", "dataset-graph-2026-11-25.txt"],
  ])("keeps the dataset id %j safe in a file name", (datasetId, expected) => {
    expect(exportFileName(datasetId, "graph", EXPORT_DAY, "txt")).toBe(expected);
  });
});

describe("sourcesCitedBy", () => {
  const reordered = (() => {
    const dataset = smallDataset();
    dataset.sources.reverse();
    const quds = dataset.nodes[0]!;
    quds.attributes![0]!.citations = [{ source: "treasury" }];
    return indexDataset(dataset);
  })();

  it.each<[string, typeof index, ExportElements, string[]]>([
    ["the whole fixture", index, everything(smallDataset()), ["article", "treasury"]],
    ["actors without a treasury citation", index, elementsOf(["hezbollah", "isis"]), ["article"]],
    [
      "a relationship's citation",
      index,
      elementsOf(["united-states", "quds-force"], ["us-sanctions-quds-force"]),
      ["article", "treasury"],
    ],
    [
      "an attribute's citation, in dataset order",
      reordered,
      elementsOf(["quds-force"]),
      ["treasury", "article"],
    ],
    ["nothing", index, elementsOf([]), []],
  ])("%s", (_name, idx, elements, expected) => {
    expect(sourcesCitedBy(idx, elements).map((s) => s.id)).toEqual(expected);
  });
});

describe("formatSourceReference", () => {
  const base: Source = { id: "s", title: "A title", kind: "report" };
  it.each<[string, Partial<Source>, string]>([
    ["title only", {}, "A title."],
    [
      "every part",
      { publisher: "Treasury", author: "J. Doe", published: "2019-04-08", url: "https://example.org/a" },
      "A title. Treasury, J. Doe, 8 April 2019. https://example.org/a",
    ],
    ["publisher and month", { publisher: "UN", published: "2022-06" }, "A title. UN, June 2022."],
    ["year and url", { published: "2018", url: "http://example.org/" }, "A title. 2018. http://example.org/"],
    ["a title ending in punctuation", { title: "Who arms whom?", author: "X" }, "Who arms whom? X."],
    ["a non-http url is left out", { url: "javascript:alert(1)" }, "A title."],
    ["a malformed url is left out", { url: "not a url" }, "A title."],
  ])("%s", (_name, overrides, expected) => {
    const reference = formatSourceReference({ ...base, ...overrides });
    expect(reference).toBe(expected);
    expect(reference).not.toContain("undefined");
  });
});

describe("composeFooterLines", () => {
  const exportLine = "Exported from Proxy Network Explorer on 2026-11-25 · Small test network";

  it.each<[string, ExportElements, string[]]>([
    [
      "the whole fixture",
      everything(smallDataset()),
      [
        "Sources: [1] An article.",
        "[2] Treasury press release. U.S. Department of the Treasury, 25 October 2007. https://home.treasury.gov/example",
        exportLine,
      ],
    ],
    ["one source", elementsOf(["isis"]), ["Sources: [1] An article.", exportLine]],
    ["nothing exported", elementsOf([]), [exportLine]],
  ])("%s", (_name, elements, expected) => {
    expect(composeFooterLines(index, elements, EXPORT_DAY)).toEqual(expected);
  });

  it.each<[number, number | undefined, number, string | undefined]>([
    // [extra sources, maxLines, source lines expected, the last source line when cut]
    [5, undefined, 7, undefined],
    [6, undefined, 7, "… and 2 more sources"],
    [12, undefined, 7, "… and 8 more sources"],
    [12, 15, 14, undefined],
    [12, 14, 13, "… and 2 more sources"],
    [12, 2, 1, "Sources: 14 sources"],
  ])("cuts %i extra sources to fit %s lines", (extra, maxLines, sourceLines, lastSourceLine) => {
    const many = manySources(extra);
    const lines = composeFooterLines(indexDataset(many), everything(many), EXPORT_DAY, maxLines);
    expect(lines).toHaveLength(sourceLines + 1);
    expect(lines.at(-1)).toBe(exportLine);
    expect(lines[0]).toMatch(/^Sources: /);
    if (lastSourceLine) expect(lines.at(-2)).toBe(lastSourceLine);
    else expect(lines.at(-2)).toBe(`[${2 + extra}] Report ${extra}.`);
  });
});

describe("formatCitationList", () => {
  it("lists the sources, then each relationship and actor claim with its quote and source number", () => {
    const elements = elementsOf(
      ["quds-force", "hezbollah", "united-states"],
      ["quds-force-trains-hezbollah", "us-sanctions-quds-force"],
    );
    expect(formatCitationList(index, elements)).toBe(
      [
        "Small test network: 3 actors, 2 relationships.",
        "",
        "Sources",
        "[1] An article.",
        "[2] Treasury press release. U.S. Department of the Treasury, 25 October 2007. https://home.treasury.gov/example",
        "",
        "Relationships",
        "Quds Force trains Hezbollah (from 1982): “cultivate one of its first allied militias” [1]",
        "United States sanctions Quds Force (from 25 October 2007): [2, press release]",
        "",
        "Actors",
        "Quds Force: “Iran’s Quds Force is in charge” [1, paragraph 1]",
        "Quds Force, Size (10,000 to 20,000 members): “about 10,000 to 20,000 members” [1, paragraph 8]",
        "Hezbollah: “the Lebanese Shia movement Hezbollah” [1]",
        "United States: “The U.S. issued sanctions” [1]",
        "",
      ].join("\n"),
    );
  });

  it.each([
    ["the whole fixture", smallDataset()],
    ["fourteen sources", manySources(12)],
  ])("for %s, names every cited source once and quotes every relationship", (_name, dataset) => {
    const idx = indexDataset(dataset);
    const text = formatCitationList(idx, everything(dataset));
    for (const source of dataset.sources) {
      expect(text.split(formatSourceReference(source)).length - 1).toBe(1);
    }
    for (const edge of dataset.edges) {
      for (const citation of edge.citations)
        if (citation.quote) expect(text).toContain(`“${citation.quote}”`);
    }
    expect(text.endsWith("\n")).toBe(true);
  });

  it("reads an undirected relationship and one with an acronym label naturally", () => {
    const dataset = smallDataset();
    dataset.relationshipTypes[1]!.label = "UN-sanctions";
    const text = formatCitationList(indexDataset(dataset), everything(dataset));
    expect(text).toContain("Hezbollah fights Islamic State: “against ISIS” [1]");
    expect(text).toContain("United States UN-sanctions Quds Force");
  });

  it("says what it covers when nothing is exported", () => {
    expect(formatCitationList(index, elementsOf([]))).toBe(
      "Small test network: 0 actors, 0 relationships.\n",
    );
  });
});

describe("stances in citation text", () => {
  const stances = indexDataset(smallDatasetWithStances());
  const edges = (...ids: string[]) => {
    const nodeIds = ids.flatMap((id) => {
      const edge = stances.edgesById.get(id)!;
      return [edge.source, edge.target];
    });
    return elementsOf(nodeIds, ids);
  };

  it.each<[string, Citation, string]>([
    ["a fact", { source: "article", quote: "q" }, "“q” — An article"],
    [
      "a claim",
      { source: "article", quote: "q", stance: "claim", claimedBy: "the Treasury" },
      "“q” — An article (claim of the Treasury)",
    ],
    ["a claim that does not say whose", { source: "article", stance: "claim" }, "An article (claim)"],
    [
      "a disputed point with a note",
      { source: "article", locator: "p. 2", stance: "disputed", note: "Dated 1979 elsewhere." },
      "An article (p. 2) (disputed) (note: Dated 1979 elsewhere.)",
    ],
  ])("formatCitation: %s", (_name, citation, text) => {
    expect(formatCitation(stances, citation)).toBe(text);
  });

  it("copy citations says whose claim each reported quote is, and lists relationship attributes", () => {
    const text = formatCitationList(
      stances,
      edges("us-sanctions-soleimani", "hezbollah-fights-isis", "us-sanctions-quds-force"),
    );
    expect(text).toContain(
      "United States sanctions Qasem Soleimani: “including late General Soleimani” [1] (claim of the U.S. Department of the Treasury) (note: The article gives no date for it.)",
    );
    expect(text).toContain("Hezbollah fights Islamic State: “against ISIS” [1] (disputed)");
    expect(text).toContain(
      "United States sanctions Quds Force (from 25 October 2007), Measure (Asset freeze): “freezes assets” [2]",
    );
  });

  it.each<[string, ExportElements, string[]]>([
    ["only facts", edges("soleimani-leads-quds-force"), ["Sources: [1] An article."]],
    [
      "a claim and a disputed point from one source, a fact from another",
      edges("us-sanctions-soleimani", "hezbollah-fights-isis", "us-sanctions-quds-force"),
      [
        "Sources: [1] An article. (cited for claims of the U.S. Department of the Treasury and disputed points)",
        "[2] Treasury press release. U.S. Department of the Treasury, 25 October 2007. https://home.treasury.gov/example",
      ],
    ],
  ])("the footer says what each source is cited for besides facts: %s", (_name, elements, lines) => {
    expect(composeFooterLines(stances, elements, EXPORT_DAY).slice(0, -1)).toEqual(lines);
  });
});
