// Hostile and broken files fed to every reader of another format, without the safety net of
// readImported's try/catch: truncations and character edits of real files, nesting of any depth,
// huge strings, prototype keys as names and ids, invalid UTF-8 (decoded the way the app decodes a
// file), XML entities of every kind, random bytes as a spreadsheet. Whatever comes in, out comes a
// graph or a list of problems: never a throw, never a hang (each case is a test with a time-out),
// never a polluted prototype. Run counts are small so the file stays quick on a busy machine.
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { readCsv } from "../../../src/domain/formats/csv";
import { readCytoscapeJson } from "../../../src/domain/formats/cytoscapeJson";
import { decodeText, detectFormat } from "../../../src/domain/formats/detect";
import { readGexf } from "../../../src/domain/formats/gexf";
import { readGraphml } from "../../../src/domain/formats/graphml";
import { readGraphologyJson } from "../../../src/domain/formats/graphologyJson";
import type { ReadResult } from "../../../src/domain/formats/types";
import { readXlsx } from "../../../src/domain/formats/xlsx";
import { parseJson } from "../../../src/domain/validation/jsonLocation";
import { expectNoPollution, fixtureText } from "./helpers";

/** A JSON reader as the app runs it: parsed with positions first, then read. */
const viaJson =
  (read: (value: unknown, file: string) => ReadResult) =>
  (text: string, file: string): ReadResult => {
    const parsed = parseJson(text);
    return parsed.ok ? read(parsed.value, file) : { ok: false, problems: [] };
  };

interface TextReader {
  name: string;
  read(text: string, file: string): ReadResult;
  sample: string;
  /** Text nested `depth` levels deep, in the reader's own syntax. */
  nested(depth: number, closed: boolean): string;
}

const jsonNested = (depth: number, closed: boolean) =>
  `{"elements":${"[".repeat(depth)}${closed ? "]".repeat(depth) : ""}}`;
const xmlNested = (root: string) => (depth: number, closed: boolean) =>
  `<?xml version="1.0"?><${root}>${"<node>".repeat(depth)}${closed ? "</node>".repeat(depth) : ""}</${root}>`;

const READERS: TextReader[] = [
  {
    name: "GEXF",
    read: readGexf,
    sample: fixtureText("gexf/static-1.2.gexf"),
    nested: xmlNested("gexf"),
  },
  {
    name: "GraphML",
    read: readGraphml,
    sample: fixtureText("graphml/attributes.graphml"),
    nested: xmlNested("graphml"),
  },
  {
    name: "CSV",
    read: (text, file) => readCsv([{ name: file, text }]),
    sample: fixtureText("kumu/connections.csv"),
    nested: (depth) => `from,to\n${'"'.repeat(depth)},b\n`,
  },
  {
    name: "Cytoscape JSON",
    read: viaJson(readCytoscapeJson),
    sample: fixtureText("cytoscape/elements-by-group.json"),
    nested: jsonNested,
  },
  {
    name: "graphology JSON",
    read: viaJson(readGraphologyJson),
    sample: fixtureText("graphology/serialized.json"),
    nested: jsonNested,
  },
];

/** A graph, or problems (an empty list only where parseJson refused the text first). */
function expectAnswer(result: ReadResult): void {
  expect(typeof result.ok).toBe("boolean");
  if (result.ok) {
    expect(Array.isArray(result.graph.nodes)).toBe(true);
    expect(Array.isArray(result.graph.edges)).toBe(true);
  } else {
    for (const problem of result.problems) expect(typeof problem.message).toBe("string");
  }
}

const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];
const ODD = ["\uD800", "\uDFFF", "\u0000", "\uFFFD", "\uFEFF", "&amp;", "&#0;", "&#x110000;", "]]>", "<!--"];

/** An edit of the text: some characters removed, something hostile put in their place. */
const edit = (length: number) =>
  fc.record({
    at: fc.nat({ max: length }),
    remove: fc.nat({ max: 12 }),
    insert: fc.oneof(
      fc.constantFrom("{", "}", "[", "]", "<", ">", "/", '"', ",", ":", "\n", ...PROTOTYPE_KEYS, ...ODD),
      fc.string({ unit: "binary", maxLength: 8 }),
    ),
  });

afterEach(expectNoPollution);

describe.each(READERS)("the $name reader never throws, hangs or pollutes", (reader) => {
  const file = `fuzz-${reader.name}`;

  it("on every truncation of a real file", () => {
    fc.assert(
      fc.property(fc.nat({ max: reader.sample.length }), (length) =>
        expectAnswer(reader.read(reader.sample.slice(0, length), file)),
      ),
      { numRuns: 40 },
    );
  });

  it("on a real file with characters removed and hostile ones put in", () => {
    fc.assert(
      fc.property(fc.array(edit(reader.sample.length), { minLength: 1, maxLength: 4 }), (edits) => {
        let text = reader.sample;
        for (const { at, remove, insert } of edits)
          text = text.slice(0, at) + insert + text.slice(at + remove);
        expectAnswer(reader.read(text, file));
      }),
      { numRuns: 30 },
    );
  });

  it.each([
    [10, true],
    [600, true],
    [20_000, true],
    [20_000, false],
  ])("on nesting %i levels deep (closed: %s)", (depth, closed) => {
    expectAnswer(reader.read(reader.nested(depth, closed), file));
  });

  it("on a 2 MB string inside a real file", () => {
    const huge = "W".repeat(2 * 1024 * 1024);
    const at = reader.sample.indexOf('"') + 1 || reader.sample.length >> 1;
    expectAnswer(reader.read(reader.sample.slice(0, at) + huge + reader.sample.slice(at), file));
  });

  it("on prototype keys in place of every word", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROTOTYPE_KEYS), fc.nat({ max: 30 }), (key, skip) => {
        let seen = 0;
        const text = reader.sample.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (word) =>
          seen++ % (skip + 2) === 0 ? key : word,
        );
        expectAnswer(reader.read(text, file));
      }),
      { numRuns: 30 },
    );
  });

  it("on invalid UTF-8, decoded as the app decodes a file", () => {
    const bytes = fc.uint8Array({ maxLength: 300 });
    fc.assert(
      fc.property(bytes, fc.nat({ max: reader.sample.length }), (noise, at) => {
        const sample = strToU8(reader.sample);
        const mixed = new Uint8Array([...sample.slice(0, at), ...noise, ...sample.slice(at)]);
        const decoded = decodeText(mixed);
        expect(typeof decoded).toBe("object");
        expectAnswer(reader.read(new TextDecoder().decode(mixed), file));
      }),
      { numRuns: 30 },
    );
  });
});

describe("XML entities of every kind are refused or read, never expanded past their size", () => {
  const doctypes = [
    '<!DOCTYPE g [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
    '<!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE g [<!ENTITY % p SYSTEM "http://example.org/x.dtd"> %p;]>',
    '<!DOCTYPE g SYSTEM "http://example.org/graph.dtd">',
    "<!DOCTYPE g [",
  ];
  const bodies = ["&c;", "&x;", "&#9999999;", "&#x41;&lt;&gt;&amp;&quot;&apos;", "&undefined;", "&"];
  it.each(READERS.filter((r) => r.name === "GEXF" || r.name === "GraphML"))("$name", (reader) => {
    for (const doctype of doctypes)
      for (const body of bodies) {
        const text = reader.sample
          .replace(/^<\?xml[^>]*\?>/, (declaration) => declaration + doctype)
          .replace(/label="[^"]*"/, `label="${body}"`);
        const result = reader.read(text, "entities.xml");
        expectAnswer(result);
        if (result.ok)
          for (const node of result.graph.nodes) expect(JSON.stringify(node).length).toBeLessThan(10_000);
      }
  });
});

describe("the spreadsheet reader and the detector on random bytes", () => {
  it("readXlsx answers random bytes, and zip files of random parts, with problems", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc
            .dictionary(
              fc.constantFrom(
                "[Content_Types].xml",
                "xl/workbook.xml",
                "xl/worksheets/sheet1.xml",
                "xl/sharedStrings.xml",
              ),
              fc.string({ maxLength: 80 }),
            )
            .map((files) =>
              zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]))),
            ),
        ),
        async (bytes) => {
          const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
          expectAnswer(await readXlsx(buffer as ArrayBuffer, "fuzz.xlsx"));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("detectFormat tells something of any bytes, under any name", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom("x.json", "x.gexf", "x.graphml", "x.csv", "x.xlsx", "__proto__", ""),
        (bytes, name) => {
          const detection = detectFormat(bytes, name);
          expect(["format", "unknown"]).toContain(detection.kind);
        },
      ),
      { numRuns: 200 },
    );
  });
});
