// Content detection: each format from its first bytes (whatever the file is called), what other
// files look like in words a person can act on, byte-order marks and UTF-16, and the list of formats
// the file picker offers.
import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import writeExcelFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import {
  decodeText,
  DETECTION_BYTES,
  detectFormat,
  FILE_ACCEPT,
  SUPPORTED_FORMATS,
  SUPPORTED_FORMATS_SENTENCE,
} from "../../../src/domain/formats/detect";
import type { FormatId } from "../../../src/domain/formats/types";
import { fixtureBytes } from "./helpers";

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: "le" | "be", bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const pair = [code & 0xff, code >> 8];
    bytes.push(...(endian === "le" ? pair : pair.reverse()));
  }
  return new Uint8Array(bytes);
}

const zip = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));

const GEXF =
  '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph/></gexf>';
const QUDS = new Uint8Array(readFileSync("graph-data/quds-force.json"));
// What JSON.stringify writes, as the app's generator and most scripts do: no line breaks at all.
const MINIFIED_QUDS = utf8(JSON.stringify(JSON.parse(readFileSync("graph-data/quds-force.json", "utf8"))));

describe("formats the explorer reads, from their content", () => {
  it.each<[string, Uint8Array, string, FormatId, string]>([
    [
      "the app's own dataset, cut off at the detection limit",
      QUDS.subarray(0, DETECTION_BYTES),
      "quds-force.json",
      "app-json",
      "Proxy Network Explorer dataset (JSON)",
    ],
    [
      "the app's own dataset minified (one line), cut off at the detection limit",
      MINIFIED_QUDS.subarray(0, DETECTION_BYTES),
      "quds-force.json",
      "app-json",
      "Proxy Network Explorer dataset (JSON)",
    ],
    [
      "a one-line graphology JSON file cut off at the detection limit",
      utf8(
        `{"options":{"type":"directed"},"nodes":[${'{"key":"n","attributes":{"label":"N"}},'.repeat(3000)}`,
      ),
      "g.json",
      "graphology-json",
      "graphology JSON",
    ],
    [
      "the app's own dataset after a UTF-8 byte-order mark",
      new Uint8Array([0xef, 0xbb, 0xbf, ...QUDS.subarray(0, 2000)]),
      "q.json",
      "app-json",
      "Proxy Network Explorer dataset (JSON)",
    ],
    ["GEXF 1.3", utf8(GEXF), "g.gexf", "gexf", "GEXF 1.3 (Gephi)"],
    ["GEXF named .json", utf8(GEXF), "export.json", "gexf", "GEXF 1.3 (Gephi)"],
    [
      "GEXF without a version, after a comment",
      utf8("<!-- made by hand -->\n<gexf><graph/></gexf>"),
      "g.xml",
      "gexf",
      "GEXF (Gephi)",
    ],
    [
      "GraphML",
      utf8('<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'),
      "g.graphml",
      "graphml",
      "GraphML",
    ],
    [
      "GraphML from yEd",
      utf8(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">',
      ),
      "g.graphml",
      "graphml",
      "GraphML (yEd)",
    ],
    [
      "Cytoscape.js elements",
      fixtureBytes("cytoscape/elements-list.json"),
      "e.json",
      "cytoscape-json",
      "Cytoscape.js JSON",
    ],
    [
      "Cytoscape.js elements by group",
      fixtureBytes("cytoscape/elements-by-group.json"),
      "e.json",
      "cytoscape-json",
      "Cytoscape.js JSON",
    ],
    [
      "a Cytoscape desktop export",
      fixtureBytes("cytoscape/desktop.cyjs"),
      "p.cyjs",
      "cytoscape-json",
      "Cytoscape desktop JSON (.cyjs)",
    ],
    [
      "{ nodes, edges } of Cytoscape elements",
      utf8('{"nodes":[{"data":{"id":"a"}}],"edges":[]}'),
      "e.json",
      "cytoscape-json",
      "Cytoscape.js JSON",
    ],
    [
      "graphology's example",
      fixtureBytes("graphology/serialized.json"),
      "g.json",
      "graphology-json",
      "graphology JSON",
    ],
    [
      "a graph saved by Gephi Lite",
      fixtureBytes("graphology/gephi-lite.json"),
      "g.json",
      "graphology-json",
      "graphology JSON",
    ],
    ["a comma-separated edge list", utf8("source,target\na,b\n"), "e.csv", "csv", "CSV (comma-separated)"],
    [
      "a semicolon-separated one",
      utf8("source;target;note\na;b;x, y\n"),
      "e.csv",
      "csv",
      "CSV (semicolon-separated)",
    ],
    ["a tab-separated one", utf8("source\ttarget\na\tb\n"), "e.tsv", "csv", "TSV (tab-separated)"],
    ["a pipe-separated one", utf8("source|target\na|b\n"), "e.txt", "csv", "CSV (pipe-separated)"],
    [
      "Kumu elements, with quoted commas and pipes in cells",
      fixtureBytes("kumu/elements.csv"),
      "elements.csv",
      "csv",
      "CSV (comma-separated)",
    ],
    [
      "quoted line breaks",
      utf8('source,target,note\na,b,"one\ntwo, three"\nb,c,x\n'),
      "e",
      "csv",
      "CSV (comma-separated)",
    ],
    [
      "CSV in UTF-16 with a byte-order mark",
      utf16("source,target\na,b\n", "le", true),
      "e.csv",
      "csv",
      "CSV (comma-separated)",
    ],
    [
      "CSV in UTF-16 big-endian without one",
      utf16("source\ttarget\na\tb\n", "be", false),
      "e.csv",
      "csv",
      "TSV (tab-separated)",
    ],
    ["one column, named .csv", utf8("Label\nA\nB\n"), "nodes.csv", "csv", "CSV (one column)"],
    ["a CSV named .xlsx", utf8("source,target\na,b\n"), "e.xlsx", "csv", "CSV (comma-separated)"],
  ])("%s", (_name, head, fileName, format, label) => {
    expect(detectFormat(head, fileName)).toEqual({ kind: "format", format, label });
  });

  it("finds a workbook by the xl/ entries of its zip", async () => {
    const buffer = await writeExcelFile([
      ["source", "target"],
      ["a", "b"],
    ] as never).toBuffer();
    expect(detectFormat(new Uint8Array(buffer), "book.bin")).toEqual({
      kind: "format",
      format: "xlsx",
      label: "Excel workbook (.xlsx)",
    });
  });

  it.each([
    [".tsv", "TSV (tab-separated)"],
    [".csv", "CSV (comma-separated)"],
    ["", "CSV (comma-separated)"],
  ])("lets the extension %j break a tie between delimiters", (extension, label) => {
    expect(detectFormat(utf8("a,b\tc\n1,2\t3\n"), `file${extension}`)).toMatchObject({ label });
  });
});

describe("what other files look like", () => {
  const oldOffice = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  it.each<[string, Uint8Array, string, string]>([
    [
      "an HTML page named .csv",
      utf8("<!DOCTYPE html>\n<html><head><title>Sign in</title>"),
      "data.csv",
      "an HTML page (perhaps a download link rather than the file)",
    ],
    [
      "an HTML page without a doctype",
      utf8("  <html lang=en><body>"),
      "data.json",
      "an HTML page (perhaps a download link rather than the file)",
    ],
    ["a PDF", utf8("%PDF-1.7\n%âãÏÓ"), "report.csv", "a PDF document"],
    [
      "JSON nested 100,000 deep (it would overflow a recursive reader)",
      utf8(`${"[".repeat(100_000)}${"]".repeat(100_000)}`),
      "deep.json",
      "JSON nested more than 512 levels deep, which no graph file is (it may be damaged)",
    ],
    [
      "prose in a .txt file",
      utf8("Meeting notes\n\nNothing here is a graph.\n"),
      "notes.txt",
      "plain text, not a table or a graph format the explorer knows",
    ],
    ["a PNG named .csv", fixtureBytes("hostile/binary.csv"), "binary.csv", "a PNG image"],
    ["binary data", new Uint8Array([1, 2, 3, 0, 0, 0, 250, 251, 7, 8]), "data.csv", "binary data, not text"],
    [
      "a ZIP archive",
      zip({ "nodes.csv": "id\na" }),
      "graph.zip",
      "a ZIP archive (unpack it and open the file inside)",
    ],
    [
      "an old .xls workbook",
      oldOffice,
      "book.xls",
      "an old Excel workbook (.xls): save it as .xlsx or CSV and open that",
    ],
    [
      "an Office 97 file with another name",
      oldOffice,
      "book",
      "an Office 97–2003 file (an old .xls, .doc or .ppt): save it as .xlsx or CSV and open that",
    ],
    [
      "an OpenDocument spreadsheet (its mimetype entry stored uncompressed, first, as the standard asks)",
      zipSync({
        mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
        "content.xml": strToU8("<x/>"),
      }),
      "book.ods",
      "an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV and open that",
    ],
    [
      "an OpenDocument file whose mimetype is compressed",
      zip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }),
      "book.ods",
      "an OpenDocument file (.ods, .odt): save it as .xlsx or CSV and open that",
    ],
    [
      "a Word document",
      zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>" }),
      "doc.docx",
      "a Word document",
    ],
    [
      "a gzip file",
      new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0]),
      "graph.gexf.gz",
      "a gzip-compressed file (decompress it and open what is inside)",
    ],
    ["a JSON list", utf8("[1, 2, 3]"), "list.json", "a JSON list"],
    [
      "other JSON",
      utf8('{"name": "x", "version": 2}'),
      "package.json",
      "JSON, but not a graph format the explorer knows",
    ],
    [
      "a node-link file",
      utf8('{"directed": true, "nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a"}]}'),
      "graph.json",
      "JSON, but not a graph format the explorer knows (its nodes and links look like a D3 or NetworkX node-link file)",
    ],
    [
      "a Gephi Lite project",
      utf8('{"type": "gephi-lite", "version": "1.0.0", "graphDataset": {}}'),
      "p.json",
      "a Gephi Lite project file (in Gephi Lite, export the graph as GEXF or graphology JSON and open that)",
    ],
    [
      "an SVG",
      utf8('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'),
      "g.graphml",
      "an SVG image",
    ],
    [
      "other XML",
      utf8("<?xml version='1.0'?><rss version='2.0'>"),
      "feed.xml",
      "an XML document (<rss>), but not GEXF or GraphML",
    ],
    [
      "prose",
      utf8("Dear reader,\nthis is a letter.\nIt has no columns at all.\n"),
      "letter.md",
      "plain text, not a table or a graph format the explorer knows",
    ],
    ["an empty file", new Uint8Array(), "e.csv", "an empty file"],
    ["white space", utf8(" \n\t\n"), "e.csv", "an empty text file"],
  ])("%s", (_name, head, fileName, looksLike) => {
    expect(detectFormat(head, fileName)).toEqual({ kind: "unknown", looksLike });
  });
});

describe("decodeText", () => {
  it.each([
    ["UTF-8", utf8("Zürich"), "utf-8"],
    ["UTF-8 with a byte-order mark", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Zürich")]), "utf-8"],
    ["UTF-16LE with a byte-order mark", utf16("Zürich", "le", true), "utf-16le"],
    ["UTF-16BE with a byte-order mark", utf16("Zürich", "be", true), "utf-16be"],
    ["UTF-16LE without one", utf16("Zürich, Genève", "le", false), "utf-16le"],
    ["UTF-16BE without one", utf16("Zürich, Genève", "be", false), "utf-16be"],
  ])("%s", (_name, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.startsWith("Zürich")).toBe(true);
    expect(decoded.invalid).toBe(0);
  });

  it("counts the bytes that are not UTF-8", () => {
    expect(decodeText(fixtureBytes("hostile/invalid-utf8.csv"))).toEqual({
      text: "source,target\nM\uFFFDnchen,Z\uFFFDrich\n",
      encoding: "utf-8",
      invalid: 2,
    });
  });
});

describe("the supported formats", () => {
  it("lists every format once, each with extensions and MIME types", () => {
    const ids: FormatId[] = [
      "app-json",
      "gexf",
      "graphml",
      "csv",
      "xlsx",
      "cytoscape-json",
      "graphology-json",
    ];
    expect(SUPPORTED_FORMATS.map((f) => f.format)).toEqual(ids);
    for (const format of SUPPORTED_FORMATS) {
      expect(format.extensions.length).toBeGreaterThan(0);
      expect(format.extensions.every((e) => e.startsWith("."))).toBe(true);
      expect(format.mimeTypes.length).toBeGreaterThan(0);
    }
  });

  it("gives the file picker an accept list and messages a sentence naming them all", () => {
    expect(FILE_ACCEPT.split(",")).toEqual(
      expect.arrayContaining([".json", ".gexf", ".graphml", ".csv", ".tsv", ".xlsx", ".cyjs"]),
    );
    expect(new Set(FILE_ACCEPT.split(",")).size).toBe(FILE_ACCEPT.split(",").length);
    for (const name of [
      "JSON",
      "GEXF",
      "GraphML",
      "CSV",
      "TSV",
      "Kumu",
      "Excel",
      "Cytoscape",
      "graphology",
      "Gephi Lite",
    ]) {
      expect(SUPPORTED_FORMATS_SENTENCE).toContain(name);
    }
  });
});
