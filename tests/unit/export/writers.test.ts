import { readFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { exportScopeElements, type ExportElements } from "../../../src/domain/export/scope";
import { edgeCitationTexts, nodeCitationTexts } from "../../../src/domain/export/text";
import { indexDataset, mostConnectedNode, type DatasetIndex } from "../../../src/domain/dataset/datasetIndex";
import type { Dataset } from "../../../src/domain/dataset/schema";
import { validateDatasetText } from "../../../src/domain/validation/validate";
import {
  ACTOR_COLUMNS,
  RELATIONSHIP_COLUMNS,
  actorsCsv,
  csvCell,
  relationshipsCsv,
} from "../../../src/domain/export/writers/csv";
import { toGraphml } from "../../../src/domain/export/writers/graphml";
import { datasetJsonText, subgraphDataset } from "../../../src/domain/export/writers/json";
import { smallDataset, smallDatasetWithStances } from "../../fixtures/smallDataset";

const small = indexDataset(smallDataset());
const quds = indexDataset(JSON.parse(readFileSync("graph-data/quds-force.json", "utf8")) as Dataset);

function elementsOf(nodeIds: string[], edgeIds: string[] = []): ExportElements {
  return { nodeIds: new Set(nodeIds), edgeIds: new Set(edgeIds) };
}

function everything(index: DatasetIndex): ExportElements {
  return elementsOf(
    index.dataset.nodes.map((n) => n.id),
    index.dataset.edges.map((e) => e.id),
  );
}

/** The most connected actor of the quds-force dataset, four of its neighbours, and their links. */
function qudsFiveActors(): ExportElements {
  const hub = mostConnectedNode(quds)!;
  const neighbours = (quds.edgesByNode.get(hub) ?? []).map((e) => (e.source === hub ? e.target : e.source));
  const selected = [hub, ...new Set(neighbours)].slice(0, 5);
  return exportScopeElements(quds, "selection", {
    visibleNodeIds: everything(quds).nodeIds,
    visibleEdgeIds: everything(quds).edgeIds,
    selectedNodeIds: selected,
    includeNeighbours: false,
  });
}

/** The small fixture with text that needs quoting, escaping or guarding in every format. */
function awkwardIndex(): DatasetIndex {
  const dataset = smallDataset();
  const [qf, hz] = dataset.nodes;
  qf!.label = `Tom & "Jerry", <the> 'cat'`;
  qf!.summary = '=HYPERLINK("http://example.org","click")';
  qf!.aliases = ["-1", "@SUM(A1)", "+cmd", "\tTabbed", "plain"];
  hz!.summary = "line one\r\nline two\nline three, with a comma";
  hz!.aliases = ["bell\u0007 here", "lone \uD800 surrogate"];
  dataset.edges[0]!.description = 'He said "train", then left.';
  return indexDataset(dataset);
}

function validationOf(dataset: Dataset) {
  const result = validateDatasetText(datasetJsonText(dataset), "export.json");
  return result.ok ? { errors: [], warnings: result.warnings } : { errors: result.problems, warnings: [] };
}

describe("subgraphDataset", () => {
  it("tests a connected 5-actor subset of quds-force", () => {
    const elements = qudsFiveActors();
    expect(elements.nodeIds.size).toBe(5);
    expect(elements.edgeIds.size).toBeGreaterThanOrEqual(4);
  });

  it.each<[string, DatasetIndex, ExportElements]>([
    ["the whole small fixture", small, everything(small)],
    ["a small subset", small, elementsOf(["hezbollah", "isis", "quds-force"], ["hezbollah-fights-isis"])],
    ["the whole quds-force dataset", quds, everything(quds)],
    ["a 5-actor quds-force subset", quds, qudsFiveActors()],
  ])("%s validates with no errors and no warnings", (_name, index, elements) => {
    expect(validationOf(subgraphDataset(index, elements))).toEqual({ errors: [], warnings: [] });
  });

  it("round-trips the whole fixture: same id, title, nodes and edges", () => {
    const exported = subgraphDataset(small, everything(small));
    const reopened = validateDatasetText(datasetJsonText(exported), "export.json");
    if (!reopened.ok) throw new Error("the export did not validate");
    expect(reopened.dataset).toEqual({ $schema: "./dataset.schema.json", ...smallDataset() });
    const reindexed = indexDataset(reopened.dataset);
    expect([...reindexed.nodesById.keys()]).toEqual([...small.nodesById.keys()]);
    expect([...reindexed.edgesById.keys()]).toEqual([...small.edgesById.keys()]);
  });

  it.each<[string, ExportElements, string[], string[], string[]]>([
    [
      "an undirected relationship between armed groups",
      elementsOf(["hezbollah", "isis"], ["hezbollah-fights-isis"]),
      ["armed-group"],
      ["fights"],
      ["article"],
    ],
    [
      "a sanction sourced to the Treasury",
      elementsOf(["united-states", "quds-force"], ["us-sanctions-quds-force"]),
      ["state", "armed-group"],
      ["sanctions"],
      ["article", "treasury"],
    ],
  ])(
    "a subset with %s keeps only the types and sources it uses",
    (_name, elements, nodeTypes, relTypes, sources) => {
      const subset = subgraphDataset(small, elements);
      expect(subset.id).toBe("small-test-subset");
      expect(subset.title).toBe("Small test network (subset)");
      expect(subset.description).toMatch(
        /^2 actors and 1 relationship from “Small test network”\. A hand-made/,
      );
      expect(subset.nodeTypes.map((t) => t.id)).toEqual(nodeTypes);
      expect(subset.relationshipTypes.map((t) => t.id)).toEqual(relTypes);
      expect(subset.sources.map((s) => s.id)).toEqual(sources);
      expect(validationOf(subset)).toEqual({ errors: [], warnings: [] });
    },
  );

  it("writes canvas positions rounded to a tenth, and skips unusable ones", () => {
    const positions = new Map([
      ["hezbollah", { x: 10.26, y: -3.04 }],
      ["isis", { x: Number.NaN, y: 1 }],
    ]);
    const subset = subgraphDataset(
      small,
      elementsOf(["hezbollah", "isis"], ["hezbollah-fights-isis"]),
      positions,
    );
    expect(subset.nodes.map((n) => n.position)).toEqual([{ x: 10.3, y: -3 }, undefined]);
    expect(validationOf(subset).errors).toEqual([]);
  });

  it("uses a given title, and does not stack suffixes on a subset of a subset", () => {
    const elements = elementsOf(["hezbollah", "isis"], ["hezbollah-fights-isis"]);
    expect(subgraphDataset(small, elements, undefined, "Hezbollah and ISIS").title).toBe(
      "Hezbollah and ISIS",
    );
    const once = indexDataset(subgraphDataset(small, elements));
    const twice = subgraphDataset(once, elementsOf(["hezbollah", "isis"], []));
    expect([twice.id, twice.title]).toEqual(["small-test-subset", "Small test network (subset)"]);
  });

  it("still opens when there are no relationships: one unused type is a warning, not an error", () => {
    const { errors, warnings } = validationOf(subgraphDataset(small, elementsOf(["isis"])));
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual([
      'relationship type "trains" is declared but no edge uses it',
    ]);
  });

  it("datasetJsonText writes 2-space JSON ending with a newline", () => {
    const text = datasetJsonText(subgraphDataset(small, everything(small)));
    expect(text.startsWith('{\n  "$schema": "./dataset.schema.json",\n  "formatVersion": 1,')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });
});

/**
 * A tiny, strict RFC 4180 reader: quoted fields with doubled quotes and line breaks, records ended
 * by CRLF; a bare CR or LF outside quotes, or a missing final CRLF, is an error.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += c;
    } else if (c === ",") {
      endCell();
    } else if (c === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else if (c === "\r" || c === "\n") {
      throw new Error("a bare line break outside quotes");
    } else {
      cell += c;
    }
  }
  if (cell !== "" || row.length > 0) throw new Error("the last record has no CRLF");
  return rows;
}

function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i]!])));
}

describe("CSV", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["two\r\nlines", '"two\r\nlines"'],
    ["=1+1", "'=1+1"],
    ["+cmd", "'+cmd"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTabbed", "'\tTabbed"],
    ["\rReturn", '"\'\rReturn"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ["a-b = c", "a-b = c"],
    ["", ""],
  ])("csvCell(%j) -> %j", (text, expected) => {
    expect(csvCell(text)).toBe(expected);
  });

  it.each([
    ["actors", actorsCsv, ACTOR_COLUMNS, 5],
    ["relationships", relationshipsCsv, RELATIONSHIP_COLUMNS, 5],
  ] as const)("%s: a header, one row per element, CRLF everywhere", (_name, write, columns, rowCount) => {
    const text = write(small, everything(small));
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...columns]);
    expect(rows).toHaveLength(rowCount + 1);
    expect(rows.every((row) => row.length === columns.length)).toBe(true);
  });

  it("writes an actor's lists and citations into single cells", () => {
    const [quds] = records(actorsCsv(small, everything(small)));
    expect(quds).toEqual({
      id: "quds-force",
      label: "Quds Force",
      type: "armed-group",
      aliases: "IRGC-QF; Qods Force",
      summary: "The external arm of the IRGC.",
      start: "",
      end: "",
      attributes: "Size: 10,000 to 20,000 members",
      citations:
        "“Iran’s Quds Force is in charge” — An article (paragraph 1) | Size: “about 10,000 to 20,000 members” — An article (paragraph 8)",
      source_ids: "article",
    });
  });

  it("writes relationships exactly, with both ends' ids and labels", () => {
    const text = relationshipsCsv(
      small,
      elementsOf(
        ["united-states", "quds-force", "hezbollah", "isis"],
        ["us-sanctions-quds-force", "hezbollah-fights-isis"],
      ),
    );
    expect(text).toBe(
      [
        RELATIONSHIP_COLUMNS.join(","),
        "us-sanctions-quds-force,united-states,United States,sanctions,Sanctions,quds-force,Quds Force,true,2007-10-25,,,,fact,Treasury press release (press release),treasury",
        "hezbollah-fights-isis,hezbollah,Hezbollah,fights,Fights,isis,Islamic State,false,,,,,fact,“against ISIS” — An article,article",
        "",
      ].join("\r\n"),
    );
  });

  it("round-trips commas, quotes and line breaks, and guards formula-like cells", () => {
    const awkward = awkwardIndex();
    const [qf, hz] = records(actorsCsv(awkward, everything(awkward)));
    expect(qf!.label).toBe(`Tom & "Jerry", <the> 'cat'`);
    expect(qf!.summary).toBe(`'=HYPERLINK("http://example.org","click")`);
    expect(qf!.aliases).toBe("'-1; @SUM(A1); +cmd; \tTabbed; plain");
    expect(hz!.summary).toBe("line one\r\nline two\nline three, with a comma");
    const [edge] = records(relationshipsCsv(awkward, everything(awkward)));
    expect(edge!.source_label).toBe(`Tom & "Jerry", <the> 'cat'`);
    expect(edge!.description).toBe('He said "train", then left.');
  });

  it("writes only the header for an empty export", () => {
    expect(parseCsv(actorsCsv(small, elementsOf([])))).toEqual([[...ACTOR_COLUMNS]]);
  });
});

interface XmlData {
  key: string;
  "#text"?: string;
}
interface XmlElement {
  id: string;
  source?: string;
  target?: string;
  directed?: string;
  data?: XmlData[];
}
interface XmlKey {
  id: string;
  for: string;
  "attr.name": string;
  "attr.type": string;
}
interface ParsedGraphml {
  keys: XmlKey[];
  graph: { id: string; edgedefault: string };
  nodes: XmlElement[];
  edges: XmlElement[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  // "key" is both an element (<key>) and an attribute (<data key>); only the elements are lists.
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute && ["key", "node", "edge", "data"].includes(name),
});

function parseGraphml(xml: string): ParsedGraphml {
  expect(XMLValidator.validate(xml)).toBe(true);
  const root = parser.parse(xml) as {
    graphml: {
      xmlns: string;
      key: XmlKey[];
      graph: ParsedGraphml["graph"] & { node?: XmlElement[]; edge?: XmlElement[] };
    };
  };
  expect(root.graphml.xmlns).toBe("http://graphml.graphdrawing.org/xmlns");
  const { graph } = root.graphml;
  return { keys: root.graphml.key, graph, nodes: graph.node ?? [], edges: graph.edge ?? [] };
}

/** An element's data as { attr.name: value }, checking each data element names a declared key. */
function dataOf(element: XmlElement, keys: XmlKey[], kind: "node" | "edge"): Record<string, string> {
  return Object.fromEntries(
    (element.data ?? []).map((data) => {
      const key = keys.find((k) => k.id === data.key);
      expect(key, `key ${data.key}`).toBeDefined();
      expect(key!.for).toBe(kind);
      return [key!["attr.name"], data["#text"] ?? ""];
    }),
  );
}

describe("GraphML", () => {
  const positions = new Map([
    ["quds-force", { x: 12.345, y: -7 }],
    ["isis", { x: 0, y: 100.04 }],
  ]);

  it.each<[string, DatasetIndex, ExportElements, number, number, string]>([
    ["the whole small fixture", small, everything(small), 5, 5, "directed"],
    [
      "a small subset with only an undirected relationship",
      small,
      elementsOf(["hezbollah", "isis"], ["hezbollah-fights-isis"]),
      2,
      1,
      "undirected",
    ],
    [
      "the whole quds-force dataset",
      quds,
      everything(quds),
      quds.dataset.nodes.length,
      quds.dataset.edges.length,
      "directed",
    ],
    ["a 5-actor quds-force subset", quds, qudsFiveActors(), 5, qudsFiveActors().edgeIds.size, "directed"],
    ["nothing", small, elementsOf([]), 0, 0, "directed"],
  ])(
    "%s: valid XML with the right counts and declared keys",
    (_name, index, elements, nodeCount, edgeCount, edgedefault) => {
      const { keys, graph, nodes, edges } = parseGraphml(toGraphml(index, elements));
      expect(graph).toMatchObject({ id: index.dataset.id, edgedefault });
      expect(nodes).toHaveLength(nodeCount);
      expect(edges).toHaveLength(edgeCount);
      for (const node of nodes) dataOf(node, keys, "node");
      for (const edge of edges) dataOf(edge, keys, "edge");
      expect(new Set(keys.map((k) => k.id)).size).toBe(keys.length);
    },
  );

  it.each<[string, string, string]>([
    ["label", "node", "string"],
    ["type_label", "node", "string"],
    ["citations", "node", "string"],
    ["color", "node", "string"],
    ["shape", "node", "string"],
    ["relationship", "edge", "string"],
    ["directed", "edge", "boolean"],
    ["color", "edge", "string"],
  ])("declares %s for %s as %s", (name, kind, type) => {
    const { keys } = parseGraphml(toGraphml(small, everything(small)));
    expect(keys).toContainEqual(expect.objectContaining({ for: kind, "attr.name": name, "attr.type": type }));
  });

  it("writes positions as doubles only when given", () => {
    const without = parseGraphml(toGraphml(small, everything(small)));
    expect(without.keys.map((k) => k["attr.name"])).not.toContain("x");
    const withPositions = parseGraphml(toGraphml(small, everything(small), positions));
    expect(withPositions.keys).toContainEqual(
      expect.objectContaining({ "attr.name": "x", "attr.type": "double" }),
    );
    const byId = new Map(withPositions.nodes.map((n) => [n.id, dataOf(n, withPositions.keys, "node")]));
    expect([byId.get("quds-force")?.x, byId.get("quds-force")?.y]).toEqual(["12.3", "-7"]);
    expect([byId.get("isis")?.x, byId.get("isis")?.y]).toEqual(["0", "100"]);
    expect(byId.get("hezbollah")?.x).toBeUndefined();
  });

  it("marks undirected relationships with a data key, never against edgedefault (networkx refuses that)", () => {
    const { keys, edges } = parseGraphml(toGraphml(small, everything(small)));
    const fights = edges.find((e) => e.id === "hezbollah-fights-isis")!;
    const trains = edges.find((e) => e.id === "quds-force-trains-hezbollah")!;
    expect([fights.directed, dataOf(fights, keys, "edge").directed]).toEqual([undefined, "false"]);
    expect([trains.directed, dataOf(trains, keys, "edge").directed]).toEqual([undefined, "true"]);
    expect(dataOf(trains, keys, "edge")).toMatchObject({
      label: "Trains",
      type: "trains",
      relationship: "Quds Force trains Hezbollah",
      color: "#b54708",
    });
  });

  it("escapes markup and drops characters XML cannot carry", () => {
    const awkward = awkwardIndex();
    const { keys, nodes, edges } = parseGraphml(toGraphml(awkward, everything(awkward)));
    const [qf, hz] = nodes.map((n) => dataOf(n, keys, "node"));
    expect(qf!.label).toBe(`Tom & "Jerry", <the> 'cat'`);
    expect(hz!.summary).toBe("line one\r\nline two\nline three, with a comma");
    expect(hz!.aliases).toBe("bell here; lone  surrogate");
    expect(dataOf(edges[0]!, keys, "edge").relationship).toBe(`Tom & "Jerry", <the> 'cat' trains Hezbollah`);
  });

  it("carries the quds-force subset's labels, citations and ends through a parser", () => {
    const elements = qudsFiveActors();
    const { keys, nodes, edges } = parseGraphml(toGraphml(quds, elements, positions));
    expect(nodes.map((n) => n.id)).toEqual([...elements.nodeIds]);
    for (const node of nodes) {
      const original = quds.nodesById.get(node.id)!;
      expect(dataOf(node, keys, "node")).toMatchObject({
        label: original.label,
        type: original.type,
        citations: nodeCitationTexts(quds, original).join(" | "),
        color: quds.nodeTypesById.get(original.type)!.color,
      });
    }
    for (const edge of edges) {
      const original = quds.edgesById.get(edge.id)!;
      expect([edge.source, edge.target]).toEqual([original.source, original.target]);
      expect(dataOf(edge, keys, "edge").citations).toBe(edgeCitationTexts(quds, original).join(" | "));
    }
  });
});

describe("stances and relationship attributes in data exports", () => {
  const stances = indexDataset(smallDatasetWithStances());
  const byId = (rows: Record<string, string>[]) => new Map(rows.map((row) => [row.id, row]));

  it.each<[string, string, string]>([
    [
      "quds-force-trains-hezbollah",
      "mixed",
      "“trains Hezbollah fighters” — Treasury press release (claim of",
    ],
    ["us-sanctions-soleimani", "claim", "(claim of the U.S. Department of the Treasury) (note: The article"],
    ["hezbollah-fights-isis", "disputed", "“against ISIS” — An article (disputed) (note: Other sources"],
    ["soleimani-leads-quds-force", "fact", "“became the head of the Quds Force” — An article"],
  ])("CSV: %s is stated as %s, and its citations cell says how each source states it", (id, stated, text) => {
    const row = byId(records(relationshipsCsv(stances, everything(stances)))).get(id)!;
    expect(row.stated_as).toBe(stated);
    expect(row.citations).toContain(text);
  });

  it("CSV: a relationship's attributes, their citations and their sources", () => {
    const row = byId(records(relationshipsCsv(stances, everything(stances)))).get("us-sanctions-quds-force")!;
    expect(row.attributes).toBe("Measure: Asset freeze");
    expect(row.citations).toBe(
      "Treasury press release (press release) | Measure: “freezes assets” — Treasury press release",
    );
    expect(row.source_ids).toBe("treasury");
  });

  it.each<[string, string]>([
    ["us-sanctions-soleimani", "claim"],
    ["quds-force-trains-hezbollah", "mixed"],
    ["us-sanctions-quds-force", "fact"],
  ])("GraphML: %s carries stated_as %s, and its citations their stances", (id, stated) => {
    const { keys, edges } = parseGraphml(toGraphml(stances, everything(stances)));
    expect(keys).toContainEqual(
      expect.objectContaining({ for: "edge", "attr.name": "stated_as", "attr.type": "string" }),
    );
    const data = dataOf(
      edges.find((e) => e.id === id)!,
      keys,
      "edge",
    );
    expect(data.stated_as).toBe(stated);
    expect(data.citations).toBe(edgeCitationTexts(stances, stances.edgesById.get(id)!).join(" | "));
  });

  it("GraphML: the citations text names the claimant", () => {
    const { keys, edges } = parseGraphml(toGraphml(stances, everything(stances)));
    const data = dataOf(
      edges.find((e) => e.id === "us-sanctions-soleimani")!,
      keys,
      "edge",
    );
    expect(data.citations).toContain("(claim of the U.S. Department of the Treasury)");
  });

  it("JSON keeps stances and notes, and a source cited only by a relationship's attribute", () => {
    const dataset = smallDatasetWithStances();
    dataset.edges.find((e) => e.id === "us-sanctions-quds-force")!.citations = [{ source: "article" }];
    const index = indexDataset(dataset);
    const subset = subgraphDataset(
      index,
      elementsOf(
        ["united-states", "quds-force", "qasem-soleimani"],
        ["us-sanctions-quds-force", "us-sanctions-soleimani"],
      ),
    );
    expect(subset.sources.map((s) => s.id)).toEqual(["article", "treasury"]);
    expect(subset.edges.find((e) => e.id === "us-sanctions-soleimani")!.citations[0]).toMatchObject({
      stance: "claim",
      claimedBy: "the U.S. Department of the Treasury",
      note: "The article gives no date for it.",
    });
    expect(validationOf(subset)).toEqual({ errors: [], warnings: [] });
  });
});
