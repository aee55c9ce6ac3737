// XLSX import: workbooks made in the test with write-excel-file (Kumu's Elements and Connections
// layout, sheets chosen by the user, one or two sheets read by their columns), read through the
// same table model as CSV; and files that are not workbooks, or are hostile ones, refused in words.
//
// Kumu's workbook layout is from its import guide (docs.kumu.io, stored kumu/docs guides/import.md):
// Label in A1 of the elements sheet, From and To in A1 and B1 of the connections sheet, values
// separated by "|", and sheets whose name contains "(ignore)" left out of the import.
import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import writeExcelFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { listSheets, readXlsx } from "../../../src/domain/formats/xlsx";
import { expectNoPollution, graphOf, node, pairs, plain, problemsOf } from "./helpers";

type Cell = string | number | boolean | Date | null | { value: Date; format: string };
interface Sheet {
  sheet: string;
  data: Cell[][];
}

async function workbook(sheets: Sheet[]): Promise<ArrayBuffer> {
  const buffer = await writeExcelFile(sheets as never).toBuffer();
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

/** The workbook with one sheet's XML changed, as a hand-edited (or hostile) file would be. */
function edited(bytes: ArrayBuffer, path: string, edit: (xml: string) => string): ArrayBuffer {
  const files = unzipSync(new Uint8Array(bytes));
  files[path] = strToU8(edit(strFromU8(files[path]!)));
  const zipped = zipSync(files);
  return zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength) as ArrayBuffer;
}

function zipOf(files: Record<string, string>): ArrayBuffer {
  const zipped = zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])),
  );
  return zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength) as ArrayBuffer;
}

const day = (iso: string) => ({ value: new Date(`${iso}T00:00:00Z`), format: "yyyy-mm-dd" });

const KUMU: Sheet[] = [
  {
    sheet: "Elements",
    data: [
      ["Label", "Type", "Description", "Tags", "Founded", "Members", "Active"],
      [
        "Jeff Mohr",
        "Person",
        "Co-Founder and CEO, always up for learning",
        "Founder|Male|Runner",
        null,
        null,
        true,
      ],
      [
        "Kumu",
        "Company",
        "A web-based platform for mapping relationships...",
        "Mapping|Technology",
        day("2011-06-01"),
        12,
        false,
      ],
    ],
  },
  {
    sheet: "Connections",
    data: [
      ["From", "To", "Type", "Direction", "Label"],
      ["Jeff Mohr", "Kumu", "Founder", "directed", "co-founded"],
    ],
  },
  { sheet: "Notes (ignore)", data: [["Anything"], ["not a table"]] },
];

describe("reading workbooks", () => {
  it("reads Kumu's Elements and Connections sheets and leaves the (ignore) sheet alone", async () => {
    const graph = graphOf(await readXlsx(await workbook(KUMU), "kumu.xlsx"));
    expect(graph.format).toBe("xlsx");
    expect(graph.formatLabel).toBe("Excel workbook in Kumu's layout (elements and connections)");
    expect(graph.file).toBe("kumu.xlsx");
    expect(graph.directedByDefault).toBe(false);
    expect(pairs(graph)).toEqual(["Jeff Mohr>Kumu"]);
    expect(graph.edges[0]).toMatchObject({
      directed: true,
      label: "co-founded",
      locator: 'sheet "Connections", row 2',
    });
    const kumu = node(graph, "Kumu");
    expect(kumu.locator).toBe('sheet "Elements", row 3');
    expect(plain(kumu.attributes)).toEqual({
      Type: "Company",
      Description: "A web-based platform for mapping relationships...",
      Tags: ["Mapping", "Technology"],
      Founded: "2011-06-01",
      Members: 12,
      Active: false,
    });
    expect(graph.nodeAttributes.map((a) => [a.key, a.kind])).toEqual([
      ["Type", "string"],
      ["Description", "string"],
      ["Tags", "list"],
      ["Founded", "date"],
      ["Members", "number"],
      ["Active", "boolean"],
    ]);
  });

  it.each([
    {
      name: "one sheet, an edge list",
      sheets: [
        {
          sheet: "Sheet1",
          data: [
            ["source", "target"],
            ["a", "b"],
          ],
        },
      ],
      label: "Excel workbook (edge list)",
      pairs: ["a>b"],
    },
    {
      name: "two sheets with other names, told apart by their columns",
      sheets: [
        {
          sheet: "Links",
          data: [
            ["Source", "Target"],
            ["x", "y"],
          ],
        },
        {
          sheet: "People",
          data: [
            ["Id", "Name"],
            ["x", "X"],
            ["y", "Y"],
          ],
        },
      ],
      label: "Excel workbook (nodes and edges)",
      pairs: ["x>y"],
    },
    {
      name: "Nodes and Edges sheets among others",
      sheets: [
        { sheet: "Read me", data: [["About this workbook"]] },
        { sheet: "Nodes", data: [["id"], ["a"], ["b"]] },
        {
          sheet: "Edges",
          data: [
            ["from", "to"],
            ["a", "b"],
          ],
        },
      ],
      label: "Excel workbook in Kumu's layout (elements and connections)",
      pairs: ["a>b"],
    },
    {
      name: "a table that starts below empty rows",
      sheets: [{ sheet: "Data", data: [[null], [null], ["source", "target"], ["a", "b"]] }],
      label: "Excel workbook (edge list)",
      pairs: ["a>b"],
    },
  ])("$name", async ({ sheets, label, pairs: expected }) => {
    const graph = graphOf(await readXlsx(await workbook(sheets as Sheet[]), "book.xlsx"));
    expect(graph.formatLabel).toBe(label);
    expect(pairs(graph)).toEqual(expected);
  });

  it("counts rows as the sheet numbers them, empty rows included", async () => {
    const graph = graphOf(
      await readXlsx(
        await workbook([{ sheet: "Data", data: [[null], ["source", "target"], [null], ["a", "b"]] }]),
        "b.xlsx",
      ),
    );
    expect(graph.edges[0]!.locator).toBe('sheet "Data", row 4');
  });

  it("reads the sheets a person chose, and says which sheets there are when a name is wrong", async () => {
    const bytes = await workbook([
      { sheet: "People", data: [["Label"], ["a"], ["b"]] },
      {
        sheet: "Links 2023",
        data: [
          ["From", "To"],
          ["a", "b"],
        ],
      },
      {
        sheet: "Links 2019",
        data: [
          ["From", "To"],
          ["b", "a"],
        ],
      },
    ]);
    const [unchosen] = problemsOf(await readXlsx(bytes, "b.xlsx"));
    expect(unchosen).toMatchObject({
      message:
        'The workbook has 3 sheets ("People", "Links 2023", "Links 2019") and none is named Connections.',
      suggestion: "Choose the sheet that holds the edges, and the one that holds the nodes.",
    });
    const graph = graphOf(await readXlsx(bytes, "b.xlsx", { elements: "People", connections: "links 2019" }));
    expect(pairs(graph)).toEqual(["b>a"]);
    const [wrong] = problemsOf(await readXlsx(bytes, "b.xlsx", { connections: "Links2" }));
    expect(wrong!.message).toBe(
      'The workbook has no sheet "Links2"; its sheets are "People", "Links 2023", "Links 2019".',
    );
  });

  it("lists the sheets with their columns and rows, for the person to choose", async () => {
    const list = await listSheets(await workbook(KUMU), "kumu.xlsx");
    expect(list).toEqual({
      ok: true,
      sheets: [
        {
          name: "Elements",
          columns: ["Label", "Type", "Description", "Tags", "Founded", "Members", "Active"],
          rows: 2,
          ignored: false,
        },
        {
          name: "Connections",
          columns: ["From", "To", "Type", "Direction", "Label"],
          rows: 1,
          ignored: false,
        },
        { name: "Notes (ignore)", columns: ["Anything"], rows: 1, ignored: true },
      ],
    });
  });

  it("gives a problem's sheet, cell, row and column as Excel names them", async () => {
    const bytes = await workbook([
      { sheet: "Elements", data: [["Label"], ["Hezbollah"]] },
      {
        sheet: "My connections",
        data: [
          ["From", "To"],
          ["Hezbollah", "Hezbolah"],
        ],
      },
    ]);
    const [problem] = problemsOf(
      await readXlsx(bytes, "b.xlsx", { elements: "Elements", connections: "My connections" }),
    );
    expect(problem).toEqual({
      severity: "error",
      file: "b.xlsx",
      path: "'My connections'!B2",
      line: 2,
      column: 2,
      message: 'unknown node "Hezbolah": sheet "Elements" does not list it.',
      suggestion: 'did you mean "Hezbollah"?',
    });
  });

  it("says what a sheet without source and target columns has", async () => {
    const [problem] = problemsOf(
      await readXlsx(
        await workbook([
          {
            sheet: "Sheet1",
            data: [
              ["a", "b"],
              [1, 2],
            ],
          },
        ]),
        "b.xlsx",
      ),
    );
    expect(problem!.message).toBe(
      "The connections sheet needs a source and a target column; found: a, b. Rename two columns, e.g. From and To.",
    );
  });

  it("keeps __proto__ and constructor as plain column names and node ids", async () => {
    // Written as placeholders and renamed in the XML: write-excel-file 4.1 keys its shared strings
    // by text in a plain object, so it cannot write "__proto__" or "constructor" itself.
    const written = await workbook([
      {
        sheet: "E",
        data: [
          ["source", "target", "PROTO", "CTOR"],
          ["PROTO", "CTOR", "x", "y"],
        ],
      },
    ]);
    const bytes = edited(written, "xl/sharedStrings.xml", (xml) =>
      xml.replace("<t>PROTO</t>", "<t>__proto__</t>").replace("<t>CTOR</t>", "<t>constructor</t>"),
    );
    const graph = graphOf(await readXlsx(bytes, "b.xlsx"));
    expect(pairs(graph)).toEqual(["__proto__>constructor"]);
    expect(Object.keys(graph.edges[0]!.attributes)).toEqual(["__proto__", "constructor"]);
    expectNoPollution();
  });
});

describe("files that are not workbooks, and hostile ones", () => {
  const bytes = (values: number[]) => new Uint8Array(values).buffer;

  it.each([
    ["an empty file", bytes([]), "The file is empty."],
    [
      "an old .xls workbook",
      bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      "This is an old Excel workbook (.xls, Excel 97–2003), which the explorer cannot read.",
    ],
    [
      "a text file",
      new TextEncoder().encode("source,target\na,b\n").buffer,
      "This is not an Excel workbook (.xlsx): it does not start like one.",
    ],
    [
      "a damaged zip",
      bytes([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      "The workbook is damaged: it is not a readable ZIP archive.",
    ],
    [
      "an OpenDocument spreadsheet",
      zipOf({
        mimetype: "application/vnd.oasis.opendocument.spreadsheet",
        "content.xml": "<office:document-content/>",
      }),
      "This is an OpenDocument spreadsheet (.ods), not an Excel workbook.",
    ],
    [
      "a Word document",
      zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }),
      "This is a Word document, not an Excel workbook: it has no xl/workbook.xml.",
    ],
    [
      "a zip of other files",
      zipOf({ "data.csv": "a,b" }),
      "This is a ZIP archive, not an Excel workbook: it has no xl/workbook.xml.",
    ],
  ])("%s", async (_name, input, message) => {
    expect(problemsOf(await readXlsx(input as ArrayBuffer, "f.xlsx")).map((p) => p.message)).toEqual([
      message,
    ]);
  });

  it("refuses a sheet whose few bytes name a cell three billion cells away, before reading it", async () => {
    const bytes = edited(await workbook(KUMU), "xl/worksheets/sheet2.xml", (xml) =>
      xml.replace(
        "</sheetData>",
        '<row r="200000"><c r="XFD200000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
      ),
    );
    expect(bytes.byteLength).toBeLessThan(10_000);
    const [problem] = problemsOf(await readXlsx(bytes, "bomb.xlsx"));
    expect(problem!.message).toContain('Sheet "Connections" has values as far as cell XFD200000');
    const list = await listSheets(bytes, "bomb.xlsx");
    expect(list.ok && list.sheets.map((s) => s.problem !== undefined)).toEqual([false, true, false]);
  });

  it("does not count cells that are only formatted, far away as they may be", async () => {
    const bytes = edited(await workbook(KUMU), "xl/worksheets/sheet2.xml", (xml) =>
      xml.replace("</sheetData>", '<row r="200000"><c r="XFD200000" s="0"/></row></sheetData>'),
    );
    expect(pairs(graphOf(await readXlsx(bytes, "formatted.xlsx")))).toEqual(["Jeff Mohr>Kumu"]);
  });

  it("loads its reader only when a workbook is read (no static import of the libraries)", () => {
    const source = readFileSync("src/domain/formats/xlsx.ts", "utf8");
    const staticImports = [...source.matchAll(/^import (?!type )[^;]*from "([^"]+)";/gm)].map((m) => m[1]);
    expect(staticImports).not.toContain("read-excel-file/universal");
    expect(staticImports).not.toContain("fflate");
    expect(source).toContain('import("read-excel-file/universal")');
  });
});
