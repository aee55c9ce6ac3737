import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readGexf } from "../../../src/domain/formats/gexf";
import { readGraphml } from "../../../src/domain/formats/graphml";
import type { ReadResult } from "../../../src/domain/formats/types";
import { MAX_NESTING_DEPTH as MAX_DEPTH } from "../../../src/domain/limits";
import {
  ENTITY_REFUSAL,
  ENTITY_SUGGESTION,
  decodeReferences,
  hexColor,
  listValue,
  overallSpan,
  partialDate,
  readXml,
  type XmlElement,
} from "../../../src/domain/formats/xml";

const fixture = (name: string) => readFileSync(`tests/fixtures/formats/${name}`, "utf8");

function rootOf(text: string): XmlElement {
  const result = readXml(text, "f.xml");
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.root;
}

describe("readXml: what it expands and keeps", () => {
  it.each<[string, string, string]>([
    ["the five predefined entities", "&lt;&gt;&amp;&quot;&apos;", `<>&"'`],
    ["decimal and hex character references", "&#65;&#x42;&#x1F600;", "AB😀"],
    ["a reference to a character XML cannot hold, as written", "&#0;x", "&#0;x"],
    ["an undeclared entity, as written", "&nbsp;", "&nbsp;"],
    ["CDATA, untouched", "<![CDATA[&amp; <b>]]>", "&amp; <b>"],
    ["line breaks in text", "one\r\ntwo\nthree", "one\ntwo\nthree"],
  ])("text: %s", (_name, inner, expected) => {
    expect(rootOf(`<a>${inner}</a>`).text).toBe(expected);
  });

  it.each<[string, string, string]>([
    ["entities", "x &amp; y", "x & y"],
    ["tabs and line breaks become spaces", "a\tb\nc", "a b c"],
    ["character references for them survive", "a&#9;b&#10;c&#13;", "a\tb\nc\r"],
  ])("attributes: %s", (_name, value, expected) => {
    expect(rootOf(`<a v="${value}"/>`).attributes.v).toBe(expected);
  });

  it("resolves namespaces, default and prefixed, and keeps each element's position", () => {
    const root = rootOf(
      '<?xml version="1.0"?>\n<g xmlns="urn:g" xmlns:viz="urn:viz">\n  <node>\n    <viz:color r="1"/>\n  </node>\n</g>',
    );
    const node = root.children[0]!;
    const color = node.children[0]!;
    expect([root.namespace, node.namespace, color.namespace, color.local, color.name]).toEqual([
      "urn:g",
      "urn:g",
      "urn:viz",
      "color",
      "viz:color",
    ]);
    expect([root.line, node.line, node.column, color.line, color.column]).toEqual([2, 3, 3, 4, 5]);
  });

  it("skips a byte-order mark, and counts columns after it as an editor does", () => {
    const result = readXml('\uFEFF<a x="1" x="2"/>', "bom.xml");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ line: 1, column: 11 });
  });

  it("reads a DOCTYPE that only names an external DTD, without fetching it, and says so", () => {
    const result = readXml(
      '<!DOCTYPE graphml SYSTEM "http://graphml.graphdrawing.org/dtds/graphml.dtd">\n<graphml/>',
      "old.graphml",
    );
    expect(result.ok && result.root.local).toBe("graphml");
    expect(result.ok && result.warnings.map((w) => [w.line, w.column, w.message])).toEqual([
      [
        1,
        1,
        "The file names an external DTD; the explorer never fetches anything, so it was read without it.",
      ],
    ]);
  });

  it("warns once about entities XML does not define", () => {
    const result = readXml("<a>&nbsp;<b>&copy;&nbsp;</b></a>", "html.xml");
    expect(result.ok && result.warnings.map((w) => w.message)).toEqual([
      "The file uses &nbsp;, &copy;, which XML does not define without a DOCTYPE; kept as written.",
    ]);
  });

  it("reads a file nested up to the limit", () => {
    const text = "<a>".repeat(MAX_DEPTH) + "</a>".repeat(MAX_DEPTH);
    expect(readXml(text, "deep.xml").ok).toBe(true);
  });
});

/** Every problem names the file and says where, with a line and a column. */
function errorsOf(result: ReadResult) {
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  for (const problem of result.problems) {
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.severity).toBe("error");
  }
  return result.problems.map(({ file, line, column, message, suggestion }) => ({
    file,
    line,
    column,
    message,
    suggestion,
  }));
}

const NOT_XML = "GEXF and GraphML files are XML: they begin with <?xml …?>, <gexf …> or <graphml …>.";
const CUT_SHORT = "The file may have been cut short: export or download it again.";
const TOO_DEEP = `Elements are nested more than ${MAX_DEPTH} deep here, which no graph file needs; the explorer stops reading.`;

describe("hostile and broken files get one clear problem, never a throw or a hang", () => {
  const deepClosed = "<graphml>" + "<node>".repeat(200_000) + "</node>".repeat(200_000) + "</graphml>";
  const deepOpen = '<?xml version="1.0"?>\n<gexf>\n' + "<a>".repeat(200_000);

  it.each<[string, string, number, number, string, string | undefined]>([
    ["billion laughs", fixture("hostile/billion-laughs.gexf"), 3, 2, ENTITY_REFUSAL, ENTITY_SUGGESTION],
    [
      "an external entity (file:///etc/passwd)",
      fixture("hostile/external-entity.graphml"),
      3,
      3,
      ENTITY_REFUSAL,
      ENTITY_SUGGESTION,
    ],
    [
      "a remote parameter entity",
      fixture("hostile/parameter-entity.gexf"),
      3,
      3,
      ENTITY_REFUSAL,
      ENTITY_SUGGESTION,
    ],
    [
      "a DOCTYPE inside the document",
      '<gexf>\n  <!DOCTYPE x [<!ENTITY a "aaaa">]>\n</gexf>',
      2,
      3,
      "A <!DOCTYPE …> or <!ENTITY …> declaration stands inside the document, where XML does not allow one.",
      ENTITY_SUGGESTION,
    ],
    [
      "a file cut short",
      fixture("hostile/unclosed.graphml"),
      6,
      7,
      "The file ends before <data>, opened here, is closed (and 3 elements around it).",
      CUT_SHORT,
    ],
    [
      "a tag closed by the wrong end tag",
      fixture("hostile/mismatched.gexf"),
      6,
      5,
      "This is not well-formed XML: <node>, opened on line 5, column 7, is not closed before </nodes>.",
      undefined,
    ],
    [
      "a tag missing its closing “>”",
      '<gexf>\n  <nodes>\n    <node id="n2" label="B"\n  </nodes>\n</gexf>',
      4,
      3,
      "This is not well-formed XML: the tag before </nodes> is not closed: a “>” or “/>” is missing.",
      undefined,
    ],
    [
      "an attribute without a value",
      '<gexf>\n  <node id="n1" hidden/>\n</gexf>',
      2,
      17,
      'This is not well-formed XML: hidden has no value (write hidden="…").',
      undefined,
    ],
    [
      "an unterminated quote",
      fixture("hostile/unterminated-quote.gexf"),
      5,
      26,
      "This is not well-formed XML: the value of label= that starts here has no closing quote.",
      undefined,
    ],
    [
      "200,000-deep nesting, closed",
      deepClosed,
      1,
      1 + 9 + 6 * (MAX_DEPTH - 1),
      TOO_DEEP,
      expect.any(String) as unknown as string,
    ],
    [
      "200,000-deep nesting, never closed",
      deepOpen,
      3,
      1 + 3 * (MAX_DEPTH - 1),
      TOO_DEEP,
      expect.any(String) as unknown as string,
    ],
    [
      "JSON",
      fixture("hostile/not-xml.graphml"),
      1,
      1,
      'This file is not XML: it begins with "{\\"nodes\\": [{\\"id\\": \\"a\\"}], \\"edges\\": []}". It looks like JSON.',
      NOT_XML,
    ],
    [
      "CSV",
      fixture("hostile/csv.gexf"),
      1,
      1,
      'This file is not XML: it begins with "id,label,type".',
      NOT_XML,
    ],
    ["an image", fixture("hostile/image.gexf"), 1, 1, "This is a binary file, not XML.", NOT_XML],
    [
      "a ZIP archive",
      "PK\u0003\u0004\u0014\u0000",
      1,
      1,
      "This is a ZIP archive (perhaps a spreadsheet), not XML.",
      NOT_XML,
    ],
    ["an empty file", "  \n ", 1, 1, "The file is empty.", NOT_XML],
  ])("%s", (_name, text, line, column, message, suggestion) => {
    for (const read of [readGexf, readGraphml]) {
      expect(errorsOf(read(text, "hostile.xml"))).toEqual([
        { file: "hostile.xml", line, column, message, suggestion },
      ]);
    }
  });

  it.each<[string, (text: string, file: string) => ReadResult, string, string]>([
    [
      "an SVG opened as GraphML",
      readGraphml,
      fixture("hostile/svg.graphml"),
      "This is an XML file whose root element is <svg>, not GraphML: a GraphML file's root element is <graphml>.",
    ],
    [
      "a GraphML file opened as GEXF",
      readGexf,
      fixture("graphml/gephi.graphml"),
      "This is a GraphML file, not GEXF: a GEXF file's root element is <gexf>.",
    ],
    [
      "a GEXF file opened as GraphML",
      readGraphml,
      fixture("gexf/static-1.2.gexf"),
      "This is a GEXF file, not GraphML: a GraphML file's root element is <graphml>.",
    ],
    [
      "a GEXF file without a graph",
      readGexf,
      '<gexf xmlns="http://gexf.net/1.3" version="1.3"><meta/></gexf>',
      "This GEXF file has no <graph> element, so there is nothing to open.",
    ],
    [
      "a GraphML file without a graph",
      readGraphml,
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d0"/></graphml>',
      "This GraphML file has no <graph> element, so there is nothing to open.",
    ],
  ])("%s says what it is", (_name, read, text, message) => {
    expect(errorsOf(read(text, "f.xml")).map((p) => p.message)).toEqual([message]);
  });
});

describe("values", () => {
  it.each<[string, string | undefined]>([
    ["2019", "2019"],
    ["2019-04", "2019-04"],
    ["2019-04-15", "2019-04-15"],
    ["2019-04-15T10:30:00Z", "2019-04-15"],
    ["2019-04-15T10:30:00.5+02:00", "2019-04-15"],
    [" 2019-04-15 ", "2019-04-15"],
    ["19", undefined],
    ["2019-4-5", undefined],
    ["soon", undefined],
  ])("partialDate(%j) = %j", (raw, expected) => {
    expect(partialDate(raw)).toBe(expected);
  });

  it.each<[{ start?: string; end?: string }[], { start?: string; end?: string }]>([
    [[], {}],
    [[{ start: "2003", end: "2005" }], { start: "2003", end: "2005" }],
    [
      [
        { start: "2003-05", end: "2004" },
        { start: "2003", end: "2004-06" },
      ],
      { start: "2003", end: "2004" },
    ],
    [[{ start: "1990", end: "1995" }, { end: "2000" }], { end: "2000" }],
    [[{ start: "1990", end: "1995" }, { start: "2011" }], { start: "1990" }],
  ])("overallSpan(%j) = %j", (intervals, span) => {
    expect(overallSpan(intervals)).toEqual(span);
  });

  it.each<[string, string | undefined]>([
    ["#1F4E99", "#1f4e99"],
    ["1f4e99", "#1f4e99"],
    ["#abc", "#aabbcc"],
    ["#1F4E99FF", "#1f4e99"],
    ["green", undefined],
  ])("hexColor(%j) = %j", (raw, expected) => {
    expect(hexColor(raw)).toBe(expected);
  });

  it.each<[string, string[]]>([
    ["a|b|c", ["a", "b", "c"]],
    ["[a, b, c]", ["a", "b", "c"]],
    ["['a', \"b\"]", ["a", "b"]],
    ["solo", ["solo"]],
    ["", []],
  ])("listValue(%j) = %j", (raw, expected) => {
    expect(listValue(raw)).toEqual(expected);
  });

  it("decodes references in one pass, so an escaped ampersand stays escaped text", () => {
    expect(decodeReferences("&amp;lt;")).toBe("&lt;");
  });
});
