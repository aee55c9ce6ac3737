// CSV import: the layouts it recognises (an edge list alone, node and edge files together, Kumu's
// layout, the app's own export read back), the dialects (delimiters, quotes, BOM, line endings), the
// kinds inferred for columns, and every problem a person can meet, each with its line and column.
//
// Kumu's layout follows its import guide (docs.kumu.io "Structure your data for Kumu", read in the
// stored kumu/docs guides/import.md): Label first for elements, From and To first for connections,
// several values in a cell separated by "|", several elements in a To cell giving one connection
// each; and faq/how-do-I-avoid-duplicating-data.md for ID columns (the fixtures' Wave-n rows).
import { describe, expect, it } from "vitest";
import { readCsv, MAX_COLUMNS } from "../../../src/domain/formats/csv";
import { decodeText } from "../../../src/domain/formats/detect";
import { PROBLEMS_PER_KIND } from "../../../src/domain/formats/problemLog";
import { indexDataset } from "../../../src/domain/dataset/datasetIndex";
import { actorsCsv, relationshipsCsv, UTF8_BOM } from "../../../src/domain/export/writers/csv";
import { nodeCitationTexts, edgeCitationTexts } from "../../../src/domain/export/text";
import { smallDataset } from "../../fixtures/smallDataset";
import {
  expectNoPollution,
  fixtureBytes,
  fixtureText,
  graphOf,
  node,
  pairs,
  plain,
  problemsOf,
} from "./helpers";

const csv = (name: string, text: string) => ({ name, text });
const fixture = (name: string) => csv(name.split("/").pop() ?? name, fixtureText(name));

describe("layouts", () => {
  it.each([
    {
      name: "an edge list with source and target",
      files: [csv("e.csv", "source,target,type\na,b,funds\nb,c,arms\n")],
      label: "CSV (edge list)",
      nodes: ["a", "b", "c"],
      pairs: ["a>b", "b>c"],
      directed: true,
    },
    {
      name: "Source and Target, as Gephi writes them, with a Type of directions",
      files: [csv("e.csv", "Source,Target,Type,Id,Weight\na,b,Directed,0,2\nb,a,Undirected,1,1.5\n")],
      label: "CSV (edge list)",
      nodes: ["a", "b"],
      pairs: ["a>b", "b>a"],
      directed: true,
    },
    {
      name: "from and to",
      files: [csv("e.csv", "from,to\nx,y\n")],
      label: "CSV in Kumu's layout (connections)",
      nodes: ["x", "y"],
      pairs: ["x>y"],
      directed: false,
    },
    {
      name: "Neo4j's :START_ID and :END_ID",
      files: [csv("e.csv", ":START_ID,:END_ID,:TYPE\n1,2,KNOWS\n")],
      label: "CSV (edge list)",
      nodes: ["1", "2"],
      pairs: ["1>2"],
      directed: true,
    },
    {
      name: "a node file and an edge file, given edges first",
      files: [
        csv("edges.csv", "source,target\nn1,n2\n"),
        csv("nodes.csv", "id,name\nn1,One\nn2,Two\nn3,Three\n"),
      ],
      label: "CSV (nodes and edges)",
      nodes: ["n1", "n2", "n3"],
      pairs: ["n1>n2"],
      directed: true,
    },
    {
      name: "Kumu elements and connections",
      files: [fixture("kumu/elements.csv"), fixture("kumu/connections.csv")],
      label: "CSV in Kumu's layout (elements and connections)",
      nodes: ["Jeff Mohr", "Kumu"],
      pairs: ["Jeff Mohr>Kumu", "Kumu>Jeff Mohr"],
      directed: false,
    },
    {
      name: "Kumu connections alone (the guide's sample)",
      files: [fixture("kumu/connections-only.csv")],
      label: "CSV in Kumu's layout (connections)",
      nodes: ["Barack", "Michelle", "Ed Snowden", "NSA"],
      pairs: ["Barack>Michelle", "Ed Snowden>NSA"],
      directed: false,
    },
    {
      name: "Kumu elements with IDs, connections naming them (one To cell naming two)",
      files: [fixture("kumu/elements-with-ids.csv"), fixture("kumu/connections-with-ids.csv")],
      label: "CSV in Kumu's layout (elements and connections)",
      nodes: ["Wave-1", "Wave-2", "Wave-3", "Wave-4"],
      pairs: ["Wave-1>Wave-2", "Wave-2>Wave-3", "Wave-2>Wave-4", "Wave-4>Wave-3"],
      directed: false,
    },
    {
      name: "a tab-separated edge list",
      files: [csv("e.tsv", "source\ttarget\na\tb\n")],
      label: "TSV (edge list)",
      nodes: ["a", "b"],
      pairs: ["a>b"],
      directed: true,
    },
  ])("$name", ({ files, label, nodes, pairs: expected, directed }) => {
    const graph = graphOf(readCsv(files));
    expect(graph.format).toBe("csv");
    expect(graph.formatLabel).toBe(label);
    expect(graph.nodes.map((n) => n.id)).toEqual(nodes);
    expect(pairs(graph)).toEqual(expected);
    expect(graph.directedByDefault).toBe(directed);
  });

  it("reads Kumu's columns: labels, types, descriptions, tags as lists, direction and connection labels", () => {
    const graph = graphOf(readCsv([fixture("kumu/elements.csv"), fixture("kumu/connections.csv")]));
    const jeff = node(graph, "Jeff Mohr");
    expect(jeff.label).toBe("Jeff Mohr");
    expect(plain(jeff.attributes)).toEqual({
      Type: "Person",
      Description: "Co-Founder and CEO, always up for learning",
      Tags: ["Founder", "Male", "Runner"],
    });
    expect(jeff.locator).toBe("elements.csv, line 2");
    expect(graph.nodeAttributes.map((a) => [a.key, a.kind])).toEqual([
      ["Type", "string"],
      ["Description", "string"],
      ["Tags", "list"],
    ]);
    const [founded, employs] = graph.edges;
    expect(founded).toMatchObject({
      directed: true,
      label: "co-founded",
      locator: "connections.csv, line 2",
    });
    expect(plain(founded!.attributes)).toEqual({ Type: "Founder" });
    // Kumu's "mutual" draws arrows at both ends: a two-way relationship, read as undirected.
    expect(employs).toMatchObject({ directed: false });
    expect(employs!.label).toBeUndefined();
    expect(graph.edgeAttributes.map((a) => a.key)).toEqual(["Type"]);
  });

  it("warns where Kumu's ID rows repeat and where a connection names an element by label", () => {
    const graph = graphOf(
      readCsv([fixture("kumu/elements-with-ids.csv"), fixture("kumu/connections-with-ids.csv")]),
    );
    expect(node(graph, "Wave-2").attributes.Type).toBe("Head high");
    expect(graph.warnings.map((w) => [w.file, w.line, w.message])).toEqual([
      [
        "elements-with-ids.csv",
        4,
        '"Wave-2" is already listed (elements-with-ids.csv, line 3); this row was skipped.',
      ],
      [
        "connections-with-ids.csv",
        undefined,
        "1 end names its node by label rather than by id; matched by label.",
      ],
    ]);
    expect(graph.edges.map((e) => e.id)).toEqual([
      "Connection-1",
      "Connection-2",
      "Connection-2",
      "Connection-3",
    ]);
  });

  it("gives an edge list's nodes the labels of source_label and target_label columns", () => {
    const graph = graphOf(
      readCsv([csv("e.csv", "source_id,source_label,target_id,target_label\nqf,Quds Force,hz,Hezbollah\n")]),
    );
    expect(graph.nodes.map((n) => [n.id, n.label])).toEqual([
      ["qf", "Quds Force"],
      ["hz", "Hezbollah"],
    ]);
    expect(graph.edgeAttributes).toEqual([]);
  });

  it("reads ids, labels, positions, colours, sizes and dates into the nodes themselves", () => {
    const graph = graphOf(
      readCsv([
        csv(
          "n.csv",
          "Id,Label,x,y,color,size,start,end,party\na,Alpha,1.5,-2,#ABC,10,1982,2020-01-03,red\nb,Beta,,,,,,,\n",
        ),
        csv("e.csv", `source,target,weight,color,start,end\na,b,3,"rgb(255, 0, 0)",2019-04,2019-04-15\n`),
      ]),
    );
    expect(node(graph, "a")).toMatchObject({
      label: "Alpha",
      position: { x: 1.5, y: -2 },
      color: "#aabbcc",
      size: 10,
      start: "1982",
      end: "2020-01-03",
    });
    // Dates stay attributes too: the mapping step may take them from there.
    expect(plain(node(graph, "a").attributes)).toEqual({ start: "1982", end: "2020-01-03", party: "red" });
    expect(node(graph, "b").position).toBeUndefined();
    expect(graph.edges[0]).toMatchObject({
      weight: 3,
      color: "#ff0000",
      start: "2019-04",
      end: "2019-04-15",
    });
  });
});

describe("the app's own CSV export, read back", () => {
  const index = indexDataset(smallDataset());
  const everything = {
    nodeIds: new Set(index.dataset.nodes.map((n) => n.id)),
    edgeIds: new Set(index.dataset.edges.map((e) => e.id)),
  };
  const actors = csv("actors.csv", UTF8_BOM + actorsCsv(index, everything));
  const relationships = csv("relationships.csv", UTF8_BOM + relationshipsCsv(index, everything));

  it("keeps every actor's id, label, type, aliases, dates, facts and citations", () => {
    const graph = graphOf(readCsv([actors, relationships]));
    expect(graph.formatLabel).toBe("CSV export of Proxy Network Explorer (actors and relationships)");
    for (const actor of index.dataset.nodes) {
      const read = node(graph, actor.id);
      expect(read.label).toBe(actor.label);
      expect(read.start).toBe(actor.start);
      expect(read.end).toBe(actor.end);
      expect(read.attributes.type).toBe(actor.type);
      expect(read.attributes.aliases).toEqual(actor.aliases);
      expect(read.attributes.citations).toEqual(nodeCitationTexts(index, actor));
      expect(read.attributes.source_ids).toEqual([...new Set(actor.citations.map((c) => c.source))]);
    }
    expect(node(graph, "quds-force").attributes.attributes).toEqual(["Size: 10,000 to 20,000 members"]);
    expect(graph.nodeAttributes.map((a) => [a.key, a.kind])).toEqual([
      ["type", "string"],
      ["aliases", "list"],
      ["summary", "string"],
      ["start", "date"],
      ["end", "date"],
      ["attributes", "list"],
      ["citations", "list"],
      ["source_ids", "list"],
    ]);
  });

  it("keeps every relationship's ends, type, direction, dates, description and citations", () => {
    const graph = graphOf(readCsv([actors, relationships]));
    expect(graph.edges).toHaveLength(index.dataset.edges.length);
    for (const relationship of index.dataset.edges) {
      const read = graph.edges.find((e) => e.id === relationship.id)!;
      expect(read).toMatchObject({ source: relationship.source, target: relationship.target });
      expect(read.start).toBe(relationship.start);
      expect(read.attributes.type).toBe(relationship.type);
      expect(read.attributes.description).toBe(relationship.description);
      expect(read.attributes.citations).toEqual(edgeCitationTexts(index, relationship));
      expect(read.directed).toBe(index.relationshipTypesById.get(relationship.type)!.directed);
    }
    expect(graph.edgeAttributes.map((a) => a.key)).toEqual([
      "type",
      "relationship",
      "start",
      "end",
      "description",
      "attributes",
      "stated_as",
      "citations",
      "source_ids",
    ]);
  });

  it("reads the relationships file alone, naming actors by their labels", () => {
    const graph = graphOf(readCsv([relationships]));
    expect(graph.formatLabel).toBe("CSV export of Proxy Network Explorer (relationships)");
    expect(node(graph, "quds-force").label).toBe("Quds Force");
  });

  it("takes off the apostrophe that guards formula-like cells, and keeps text that looks like a number as text", () => {
    const dataset = smallDataset();
    dataset.nodes[0]!.summary = "=1+1";
    dataset.nodes[0]!.aliases = ["-1", "plain"];
    dataset.nodes[1]!.summary = "1983";
    const awkward = indexDataset(dataset);
    const graph = graphOf(readCsv([csv("a.csv", actorsCsv(awkward, everything)), relationships]));
    expect(node(graph, "quds-force").attributes.summary).toBe("=1+1");
    expect(node(graph, "quds-force").attributes.aliases).toEqual(["-1", "plain"]);
    expect(node(graph, "hezbollah").attributes.summary).toBe("1983");
  });
});

describe("dialects", () => {
  const expected = ["alpha>beta", "beta>gamma, inc."];
  it.each([
    ["commas", 'source,target\nalpha,beta\nbeta,"gamma, inc."\n'],
    ["semicolons", "source;target\nalpha;beta\nbeta;gamma, inc.\n"],
    ["tabs", "source\ttarget\nalpha\tbeta\nbeta\tgamma, inc.\n"],
    ["pipes", "source|target\nalpha|beta\nbeta|gamma, inc.\n"],
    ["a byte-order mark", '\uFEFFsource,target\nalpha,beta\nbeta,"gamma, inc."\n'],
    ["Windows line endings", 'source,target\r\nalpha,beta\r\nbeta,"gamma, inc."\r\n'],
    ["old Mac line endings", 'source,target\ralpha,beta\rbeta,"gamma, inc."\r'],
    ["no final line break", 'source,target\nalpha,beta\nbeta,"gamma, inc."'],
    [
      "blank lines and spaces around cells",
      'source , target\n\n alpha , beta \n\n   \nbeta,"gamma, inc."\n\n',
    ],
    ["quoted header and cells", '"source","target"\n"alpha","beta"\n"beta","gamma, inc."\n'],
  ])("%s", (_name, text) => {
    expect(pairs(graphOf(readCsv([csv("e.csv", text)])))).toEqual(expected);
  });

  it("keeps quoted line breaks and doubled quotes inside a cell, and counts lines past them", () => {
    const graph = graphOf(
      readCsv([csv("e.csv", 'source,target,note\na,b,"two\nlines, ""quoted"""\nb,c,x\n')]),
    );
    expect(graph.edges[0]!.attributes.note).toBe('two\nlines, "quoted"');
    expect(graph.edges[1]!.locator).toBe("line 4");
  });
});

describe("column kinds", () => {
  const read = (header: string, cells: string[]) => {
    const text = `source,target,${header}\n${cells.map((cell, i) => `n${i},m${i},${cell}`).join("\n")}\n`;
    const graph = graphOf(readCsv([csv("e.csv", text)]));
    const info = graph.edgeAttributes.find((a) => a.key === header)!;
    return { kind: info.kind, values: graph.edges.map((e) => e.attributes[header]) };
  };

  it.each([
    ["score", ["1", "2.5", "-3e2"], "number", [1, 2.5, -300]],
    ["code", ["007", "12"], "string", ["007", "12"]],
    ["year", ["1983", "2019"], "number", [1983, 2019]],
    ["start", ["1983", "2019-04"], "date", ["1983", "2019-04"]],
    ["signed", ["2019-04-15", "2020-02-29T10:00:00Z"], "date", ["2019-04-15", "2020-02-29"]],
    ["when", ["2019-02-30", "2019-04-15"], "string", ["2019-02-30", "2019-04-15"]],
    ["confirmed", ["true", "FALSE", "yes", "No"], "boolean", [true, false, true, false]],
    ["tags", ["a|b", "c"], "list", [["a", "b"], ["c"]]],
    [
      "keywords",
      ["x; y", "z; w"],
      "list",
      [
        ["x", "y"],
        ["z", "w"],
      ],
    ],
    ["remark", ["first; then second", "plain"], "string", ["first; then second", "plain"]],
    ["description", ["one | two", "three"], "string", ["one | two", "three"]],
    ["mixed", ["1", "two"], "string", ["1", "two"]],
    ["sparse", ["", "4"], "number", [undefined, 4]],
  ])("%s %j is read as %s", (header, cells, kind, values) => {
    expect(read(header, cells)).toEqual({ kind, values });
  });
});

describe("problems", () => {
  it("points at the opening quote of a field that never closes", () => {
    const problems = problemsOf(readCsv([fixture("hostile/unterminated-quote.csv")]));
    expect(problems).toEqual([
      expect.objectContaining({ severity: "error", file: "unterminated-quote.csv", line: 3, column: 5 }),
    ]);
    expect(problems[0]!.message).toContain("never closed");
  });

  it("points at the first extra field of rows that have too many, listing a few and counting the rest", () => {
    const rows = Array.from({ length: PROBLEMS_PER_KIND + 3 }, (_, i) => `a${i},b${i},c,d`);
    const problems = problemsOf(readCsv([csv("e.csv", ["source,target,note", ...rows].join("\n"))]));
    expect(problems.slice(0, 2).map((p) => [p.line, p.column])).toEqual([
      [2, 9],
      [3, 9],
    ]);
    expect(problems).toHaveLength(PROBLEMS_PER_KIND + 1);
    expect(problems[0]!.message).toBe(
      "This row has 4 fields but the header has 3; the extra ones start here.",
    );
    expect(problems.at(-1)!.message).toBe("… and 3 more rows with more fields than the header.");
  });

  it("reads a row with too few fields as empty cells, with a warning", () => {
    const graph = graphOf(readCsv([csv("e.csv", "source,target,note\na,b\n")]));
    expect(graph.edges[0]!.attributes.note).toBeUndefined();
    expect(graph.warnings).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 2,
        message: "This row has 2 fields but the header has 3; the missing ones are read as empty.",
      }),
    ]);
  });

  it.each([
    [
      "no source or target column",
      [csv("e.csv", "a,b,c\n1,2,3\n")],
      "The edge file needs a source and a target column; found: a, b, c. Rename two columns, e.g. From and To.",
    ],
    [
      "two files, neither with source and target",
      [csv("n.csv", "id,name\n1,x\n"), csv("m.csv", "a,b\n1,2\n")],
      "The edge file needs a source and a target column; found: id, name (n.csv); a, b (m.csv). Rename two columns, e.g. From and To.",
    ],
    [
      "two edge files",
      [csv("e.csv", "source,target\na,b\n"), csv("f.csv", "from,to\na,b\n")],
      "Both e.csv and f.csv have a source and a target column, so neither reads as the node table.",
    ],
    [
      "a node file without id or label",
      [csv("n.csv", "party,size\nx,1\n"), csv("e.csv", "source,target\na,b\n")],
      "The node file needs an id or a label column; found: party, size.",
    ],
    ["an empty file", [csv("e.csv", "")], "The file is empty."],
    ["only a byte-order mark and blank lines", [csv("e.csv", "\uFEFF\n\n  \n")], "The file is empty."],
    [
      "a header and nothing else",
      [csv("e.csv", "source,target\n")],
      "The file has a header (source, target) but no rows below it.",
    ],
    [
      "three files",
      [csv("a", "x"), csv("b", "x"), csv("c", "x")],
      "3 files were given; choose one edge file, or one node file and one edge file together.",
    ],
    ["no file", [], "No file was given."],
  ])("%s", (_name, files, message) => {
    expect(problemsOf(readCsv(files)).map((p) => p.message)).toContain(message);
  });

  it("suggests what a list of nodes is for", () => {
    const [problem] = problemsOf(readCsv([csv("n.csv", "Label,Type\nA,Person\n")]));
    expect(problem!.suggestion).toBe(
      "This looks like a list of nodes: choose it together with the edge file.",
    );
  });

  it("names unknown nodes with their line, column and a close match, a few and then a count", () => {
    const edges = [
      "source,target",
      "quds-force,hezbolah",
      ...Array.from({ length: 6 }, (_, i) => `quds-force,nobody-${i}`),
    ];
    const problems = problemsOf(
      readCsv([
        csv("nodes.csv", "id,label\nquds-force,Quds Force\nhezbollah,Hezbollah\n"),
        csv("edges.csv", edges.join("\n")),
      ]),
    );
    expect(problems[0]).toEqual({
      severity: "error",
      file: "edges.csv",
      path: "target",
      line: 2,
      column: 12,
      message: 'unknown node "hezbolah": nodes.csv does not list it.',
      suggestion: 'did you mean "hezbollah"?',
    });
    expect(problems).toHaveLength(PROBLEMS_PER_KIND + 1);
    expect(problems.at(-1)!.message).toBe("… and 2 more edge ends name nodes the node table does not list.");
  });

  it("skips rows without a source or a target, with a warning", () => {
    const graph = graphOf(readCsv([csv("e.csv", "source,target\na,b\n,c\nd,\n")]));
    expect(pairs(graph)).toEqual(["a>b"]);
    expect(graph.warnings.map((w) => [w.line, w.path])).toEqual([
      [3, "source"],
      [4, "target"],
    ]);
  });

  it("warns about a direction it does not know and renames a repeated column", () => {
    const graph = graphOf(readCsv([csv("e.csv", "source,target,directed,note,note\na,b,sideways,x,y\n")]));
    expect(graph.edges[0]!.directed).toBeUndefined();
    expect(plain(graph.edges[0]!.attributes)).toEqual({ note: "x", "note (2)": "y" });
    expect(graph.warnings.map((w) => w.message)).toEqual([
      'Two columns are named "note"; column 5 is read as "note (2)".',
      '"sideways" is not a direction; the edge takes the file\'s default.',
    ]);
  });
});

describe("hostile files", () => {
  it(`refuses a header of a million columns without parsing it (the limit is ${MAX_COLUMNS})`, () => {
    const header = "column,".repeat(999_999) + "column";
    const [problem] = problemsOf(readCsv([csv("wide.csv", `${header}\n1,2\n`)]));
    expect(problem).toMatchObject({ line: 1, column: 1 });
    expect(problem!.message).toBe(
      "The header has 1,000,000 columns; the explorer reads at most 16,384 (as many as Excel).",
    );
  });

  it("refuses a binary file named .csv", () => {
    const { text } = decodeText(fixtureBytes("hostile/binary.csv"));
    expect(problemsOf(readCsv([csv("binary.csv", text)])).map((p) => p.message)).toEqual([
      "This is not a text table: it contains binary data. Is it the right file?",
    ]);
  });

  it("reads text that is not UTF-8 with a warning that says where and what to do", () => {
    const { text, invalid } = decodeText(fixtureBytes("hostile/invalid-utf8.csv"));
    expect(invalid).toBe(2);
    const graph = graphOf(readCsv([csv("invalid-utf8.csv", text)]));
    expect(graph.nodes.map((n) => n.id)).toEqual(["M\uFFFDnchen", "Z\uFFFDrich"]);
    expect(graph.warnings).toEqual([
      expect.objectContaining({
        line: 2,
        column: 2,
        message: "2 characters are not valid UTF-8 and shown as �.",
      }),
    ]);
  });

  it("keeps __proto__ and constructor as plain column names and node ids", () => {
    const graph = graphOf(readCsv([fixture("hostile/proto-keys.csv")]));
    expect(graph.nodes.map((n) => n.id)).toEqual(["__proto__", "constructor", "prototype"]);
    const [first] = graph.edges;
    expect(Object.getPrototypeOf(first!.attributes)).toBeNull();
    expect(Object.keys(first!.attributes)).toEqual([
      "__proto__",
      "constructor",
      "toString",
      "hasOwnProperty",
    ]);
    expect(first!.attributes["__proto__"]).toBe("x");
    expect(first!.attributes.hasOwnProperty).toBe(1);
    expect(graph.edgeAttributes.map((a) => a.key)).toEqual([
      "__proto__",
      "constructor",
      "toString",
      "hasOwnProperty",
    ]);
    expectNoPollution();
  });
});
