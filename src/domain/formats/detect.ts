/**
 * What a file is, from its first bytes: one of the formats the explorer reads, or a plain
 * description of what it looks like instead ("an HTML page (perhaps a download link rather than the
 * file)", "a PDF document"). Content decides; the file name's extension only breaks ties, because
 * files arrive misnamed (a .csv that is an HTML error page, a .json that is a GEXF export).
 *
 * Also the list of formats for the file picker and the drop overlay, and the text decoding the
 * readers' callers need (UTF-8, UTF-16 with or without a byte-order mark).
 */
import { MAX_NESTING_DEPTH } from "../limits";
import { offsetDeeperThan } from "../validation/jsonLocation";
import { visit } from "jsonc-parser";
import { guessDelimiter } from "./delimiters";
import type { Detection, FormatId } from "./types";

export interface SupportedFormat {
  format: FormatId;
  label: string;
  extensions: string[];
  mimeTypes: string[];
}

export const SUPPORTED_FORMATS: readonly SupportedFormat[] = [
  {
    format: "app-json",
    label: "Proxy Network Explorer dataset (JSON)",
    extensions: [".json"],
    mimeTypes: ["application/json"],
  },
  { format: "gexf", label: "GEXF (Gephi)", extensions: [".gexf"], mimeTypes: ["application/gexf+xml"] },
  {
    format: "graphml",
    label: "GraphML (yEd, Cytoscape, Gephi)",
    extensions: [".graphml", ".xml"],
    mimeTypes: ["application/graphml+xml", "application/xml", "text/xml"],
  },
  {
    format: "csv",
    label: "CSV or TSV (an edge list, or node and edge files; Kumu's layout too)",
    extensions: [".csv", ".tsv", ".txt"],
    mimeTypes: ["text/csv", "text/tab-separated-values", "text/plain"],
  },
  {
    format: "xlsx",
    label: "Excel workbook (.xlsx; Kumu's Elements and Connections sheets)",
    extensions: [".xlsx"],
    mimeTypes: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  },
  {
    format: "cytoscape-json",
    label: "Cytoscape JSON (Cytoscape.js, Cytoscape desktop .cyjs)",
    extensions: [".cyjs", ".json"],
    mimeTypes: ["application/json"],
  },
  {
    format: "graphology-json",
    label: "graphology JSON (Gephi Lite)",
    extensions: [".json"],
    mimeTypes: ["application/json"],
  },
];

/** For messages: "The explorer opens …". */
export const SUPPORTED_FORMATS_SENTENCE =
  "The explorer opens its own JSON datasets, GEXF (Gephi), GraphML (yEd, Cytoscape, Gephi), CSV or TSV " +
  "edge lists (with an optional node file; Kumu's layout too), Excel workbooks (.xlsx), Cytoscape JSON " +
  "(Cytoscape.js, .cyjs) and graphology JSON (Gephi Lite).";

/** The file input's accept attribute: every extension and MIME type above, once. */
export const FILE_ACCEPT = [
  ...new Set(SUPPORTED_FORMATS.flatMap((format) => [...format.extensions, ...format.mimeTypes])),
].join(",");

// --- Text ---------------------------------------------------------------------------------------

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** How many bytes were not valid in the encoding (each shown as U+FFFD). */
  invalid: number;
}

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, i) => bytes[at + i] === byte);
}

/**
 * UTF-16 without a byte-order mark shows itself in ASCII text as a zero byte in every other place:
 * the odd places for little-endian, the even ones for big-endian.
 */
function sniffUtf16(bytes: Uint8Array): TextEncoding | undefined {
  const length = Math.min(bytes.length - (bytes.length % 2), 1024);
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return undefined;
}

export function textEncoding(bytes: Uint8Array): TextEncoding {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return "utf-8";
  if (startsWith(bytes, [0xff, 0xfe])) return "utf-16le";
  if (startsWith(bytes, [0xfe, 0xff])) return "utf-16be";
  return sniffUtf16(bytes) ?? "utf-8";
}

/** The bytes as text, the byte-order mark removed; bytes the encoding cannot read become U+FFFD. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = textEncoding(bytes);
  let input = bytes;
  if (encoding === "utf-16be") {
    // Not every TextDecoder knows UTF-16BE; swapping each pair makes it little-endian.
    input = new Uint8Array(bytes.length - (bytes.length % 2));
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      input[i] = bytes[i + 1] as number;
      input[i + 1] = bytes[i] as number;
    }
  }
  const text = new TextDecoder(encoding === "utf-8" ? "utf-8" : "utf-16le").decode(input);
  let invalid = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) invalid += 1;
  return { text, encoding, invalid };
}

// --- Binary formats -----------------------------------------------------------------------------

const MAGIC: { bytes: number[]; at?: number; looksLike: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], looksLike: "a PDF document" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], looksLike: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], looksLike: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], looksLike: "a GIF image" },
  { bytes: [0x57, 0x45, 0x42, 0x50], at: 8, looksLike: "a WebP image" },
  { bytes: [0x1f, 0x8b], looksLike: "a gzip-compressed file (decompress it and open what is inside)" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], looksLike: "a 7-Zip archive (unpack it and open what is inside)" },
  { bytes: [0x52, 0x61, 0x72, 0x21], looksLike: "a RAR archive (unpack it and open what is inside)" },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], looksLike: "an SQLite database" },
];

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SAVE_AS = "save it as .xlsx or CSV and open that";

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot === -1 ? "" : fileName.slice(dot).toLowerCase();
}

/** A zip archive's kind, from the entry names its local headers show in the first bytes. */
function detectZip(head: Uint8Array, extension: string): Detection {
  // Entry names are ASCII in practice; each byte as one character is enough to find them.
  let names = "";
  for (let i = 0; i < head.length; i += 8192) names += String.fromCharCode(...head.subarray(i, i + 8192));
  if (names.includes("xl/workbook.xml") || names.includes("xl/worksheets/") || names.includes("xl/_rels/")) {
    return { kind: "format", format: "xlsx", label: "Excel workbook (.xlsx)" };
  }
  if (names.includes("application/vnd.oasis.opendocument.spreadsheet")) {
    return { kind: "unknown", looksLike: `an OpenDocument spreadsheet (.ods): ${SAVE_AS}` };
  }
  if (names.includes("mimetype") && names.includes("content.xml")) {
    return { kind: "unknown", looksLike: `an OpenDocument file (.ods, .odt): ${SAVE_AS}` };
  }
  if (names.includes("word/")) return { kind: "unknown", looksLike: "a Word document" };
  if (names.includes("ppt/")) return { kind: "unknown", looksLike: "a PowerPoint presentation" };
  // An Office file whose first entries are large may not show its xl/ entries this early.
  if (names.includes("[Content_Types].xml") && extension === ".xlsx") {
    return { kind: "format", format: "xlsx", label: "Excel workbook (.xlsx)" };
  }
  return { kind: "unknown", looksLike: "a ZIP archive (unpack it and open the file inside)" };
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.includes("\u0000")) return true;
  let control = 0;
  let replaced = 0;
  for (const char of sample) {
    const code = char.charCodeAt(0);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control += 1;
    if (char === "\uFFFD") replaced += 1;
  }
  return control > sample.length * 0.01 || (replaced > 8 && replaced > sample.length * 0.1);
}

// --- XML ----------------------------------------------------------------------------------------

/** The name of the first element, past the XML declaration, comments, processing instructions and a DOCTYPE. */
function rootElement(text: string): string | undefined {
  const tag = /<([A-Za-z_][\w.:-]*)/g;
  let searchFrom = 0;
  for (;;) {
    const skip = /^\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)/i.exec(text.slice(searchFrom));
    if (!skip) break;
    searchFrom += skip[0].length;
  }
  tag.lastIndex = searchFrom;
  return tag.exec(text)?.[1];
}

function detectXml(text: string): Detection {
  if (/^\s*<!doctype html/i.test(text)) return htmlPage();
  const root = rootElement(text);
  const local = root?.split(":").pop()?.toLowerCase();
  if (local === "gexf") {
    const rootTag = /<(?:\w+:)?gexf\b[^>]*>/i.exec(text)?.[0] ?? "";
    const version = /\sversion\s*=\s*["']([\d.]+)["']/.exec(rootTag)?.[1];
    return { kind: "format", format: "gexf", label: `GEXF${version ? ` ${version}` : ""} (Gephi)` };
  }
  if (local === "graphml") {
    const yed = /xmlns:y\s*=|yworks\.com/i.test(text);
    return { kind: "format", format: "graphml", label: yed ? "GraphML (yEd)" : "GraphML" };
  }
  if (local === "html") return htmlPage();
  if (local === "svg") return { kind: "unknown", looksLike: "an SVG image" };
  return {
    kind: "unknown",
    looksLike: root
      ? `an XML document (<${root}>), but not GEXF or GraphML`
      : "an XML document, but not GEXF or GraphML",
  };
}

function htmlPage(): Detection {
  return { kind: "unknown", looksLike: "an HTML page (perhaps a download link rather than the file)" };
}

// --- JSON ---------------------------------------------------------------------------------------

interface JsonShape {
  root: "object" | "array";
  keys: Set<string>;
  /** Keys of the first element of a list, by the list's path ("", "nodes", "elements", "elements.nodes"). */
  firstKeys: Map<string, Set<string>>;
  /** Top-level and options-level text values: type, generated_by, options.type. */
  values: Map<string, unknown>;
}

/** The shape of a JSON text's beginning; the head may be cut anywhere, so this never parses it whole. */
function jsonShape(text: string, root: "object" | "array"): JsonShape {
  const shape: JsonShape = { root, keys: new Set(), firstKeys: new Map(), values: new Map() };
  visit(text, {
    onObjectProperty(property, _offset, _length, _line, _column, pathSupplier) {
      const path = pathSupplier();
      if (path.length === 0) shape.keys.add(property);
      const last = path[path.length - 1];
      if (last === 0) {
        const list = path.slice(0, -1).join(".");
        const keys = shape.firstKeys.get(list) ?? new Set<string>();
        keys.add(property);
        shape.firstKeys.set(list, keys);
      }
    },
    onLiteralValue(value, _offset, _length, _line, _column, pathSupplier) {
      const path = pathSupplier();
      if (path.length <= 2 && path.every((segment) => typeof segment === "string"))
        shape.values.set(path.join("."), value);
    },
  });
  return shape;
}

function detectJson(text: string, root: "object" | "array"): Detection {
  if (offsetDeeperThan(text) !== -1) {
    return {
      kind: "unknown",
      looksLike: `JSON nested more than ${MAX_NESTING_DEPTH} levels deep, which no graph file is (it may be damaged)`,
    };
  }
  const shape = jsonShape(text, root);
  const first = (list: string) => shape.firstKeys.get(list) ?? new Set<string>();
  if (root === "array") {
    if (first("").has("data") || first("").has("group")) {
      return { kind: "format", format: "cytoscape-json", label: "Cytoscape.js JSON" };
    }
    return { kind: "unknown", looksLike: "a JSON list" };
  }
  const { keys } = shape;
  if (keys.has("formatVersion") && keys.has("nodeTypes")) {
    return { kind: "format", format: "app-json", label: "Proxy Network Explorer dataset (JSON)" };
  }
  const generator = shape.values.get("generated_by");
  if (keys.has("elements")) {
    const desktop =
      (typeof generator === "string" && generator.toLowerCase().startsWith("cytoscape")) ||
      keys.has("target_cytoscapejs_version");
    return {
      kind: "format",
      format: "cytoscape-json",
      label: desktop ? "Cytoscape desktop JSON (.cyjs)" : "Cytoscape.js JSON",
    };
  }
  if (shape.values.get("type") === "gephi-lite") {
    return {
      kind: "unknown",
      looksLike:
        "a Gephi Lite project file (in Gephi Lite, export the graph as GEXF or graphology JSON and open that)",
    };
  }
  if (keys.has("nodes") || keys.has("edges")) {
    const node = first("nodes");
    const edge = first("edges");
    if (node.has("data") || edge.has("data")) {
      return { kind: "format", format: "cytoscape-json", label: "Cytoscape.js JSON" };
    }
    const options = ["options.type", "options.multi", "options.allowSelfLoops"].some((key) =>
      shape.values.has(key),
    );
    if (node.has("key") || options || (edge.has("source") && !node.has("id"))) {
      return { kind: "format", format: "graphology-json", label: "graphology JSON" };
    }
    if (keys.has("links")) {
      return {
        kind: "unknown",
        looksLike:
          "JSON, but not a graph format the explorer knows (its nodes and links look like a D3 or NetworkX node-link file)",
      };
    }
  }
  return { kind: "unknown", looksLike: "JSON, but not a graph format the explorer knows" };
}

// --- Delimited text -----------------------------------------------------------------------------

function detectDelimited(text: string, extension: string, complete: boolean): Detection | undefined {
  const preferred = extension === ".tsv" ? "\t" : extension === ".csv" ? "," : undefined;
  const delimiter = guessDelimiter(text, complete, preferred);
  return delimiter && { kind: "format", format: "csv", label: delimiter.label };
}

// --- Detection ----------------------------------------------------------------------------------

/** How many bytes detection looks at; callers may pass more, and the rest is ignored. */
export const DETECTION_BYTES = 64 * 1024;

export function detectFormat(head: Uint8Array, fileName: string): Detection {
  const bytes = head.subarray(0, DETECTION_BYTES);
  const extension = extensionOf(fileName);
  if (bytes.length === 0) return { kind: "unknown", looksLike: "an empty file" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return detectZip(bytes, extension);
  }
  if (startsWith(bytes, OLE2)) {
    const what =
      extension === ".xls"
        ? "an old Excel workbook (.xls)"
        : "an Office 97–2003 file (an old .xls, .doc or .ppt)";
    return { kind: "unknown", looksLike: `${what}: ${SAVE_AS}` };
  }
  const magic = MAGIC.find((entry) => startsWith(bytes, entry.bytes, entry.at ?? 0));
  if (magic) return { kind: "unknown", looksLike: magic.looksLike };

  const { text: decoded } = decodeText(bytes);
  if (looksBinary(decoded)) return { kind: "unknown", looksLike: "binary data, not text" };
  // A whole file fits in the head: its last line is complete, not cut off.
  const complete = head.length < DETECTION_BYTES;
  const start = decoded.trimStart();
  if (start === "") return { kind: "unknown", looksLike: "an empty text file" };
  // JSON and XML are read as far as the head goes (a minified file is one long line).
  if (start.startsWith("<")) return detectXml(start);
  if (start.startsWith("{")) return detectJson(start, "object");
  if (start.startsWith("[")) return detectJson(start, "array");
  // A table's last line may be cut off: only whole lines are counted, when there is one.
  const lastNewline = start.lastIndexOf("\n");
  const lines = complete || lastNewline <= 0 ? start : start.slice(0, lastNewline);
  const delimited = detectDelimited(lines, extension, complete);
  if (delimited) return delimited;
  if ([".csv", ".tsv"].includes(extension)) {
    // One column has no delimiter to count; the name says it is meant as a table.
    return {
      kind: "format",
      format: "csv",
      label: extension === ".tsv" ? "TSV (tab-separated)" : "CSV (one column)",
    };
  }
  return { kind: "unknown", looksLike: "plain text, not a table or a graph format the explorer knows" };
}
