/**
 * The one way the import readers read XML (GEXF, GraphML): text in, a small element tree out, or
 * problems a person can act on, each with a line and a column. Pure, for the worker and for Node.
 *
 * Parsing is fast-xml-parser's: its validator for well-formedness errors with positions, its parser
 * for the tree. Around it, this module owns what makes reading a file from anyone safe, and one
 * quick pass over the tags that finds each element's line and column:
 * - a DOCTYPE that declares entities is refused before anything is parsed (entities are how a few
 *   hundred bytes expand to gigabytes, "billion laughs", and how external entities pull in files);
 *   a DOCTYPE that only names an external DTD is read without it: nothing is ever fetched;
 * - only the five predefined entities and numeric character references are expanded, here, never
 *   by the parser;
 * - nesting deeper than MAX_NESTING_DEPTH is refused before the parser builds anything, so neither it nor
 *   the readers' walks can run out of stack.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { MAX_NESTING_DEPTH } from "../limits";
import type { Problem } from "../validation/problems";
import type { AttributeInfo, AttributeKind, AttributeValue } from "./types";

export interface XmlElement {
  /** As written, with its prefix: "viz:color". */
  name: string;
  /** Without the prefix: "color". */
  local: string;
  /** The namespace URI its prefix (or the default namespace) stands for; "" for none. */
  namespace: string;
  /** Attribute values as written in the file, entities expanded; keys as written ("yfiles.type"). */
  attributes: Readonly<Record<string, string>>;
  children: XmlElement[];
  /** The element's own text and CDATA, in order, without its children's text. */
  text: string;
  line: number;
  column: number;
}

export type XmlReadResult =
  { ok: true; root: XmlElement; warnings: Problem[] } | { ok: false; problems: Problem[] };

export const ENTITY_REFUSAL =
  "This file declares XML entities, which the explorer does not read (they can be used to make a file expand without limit).";
export const ENTITY_SUGGESTION = "Remove the <!DOCTYPE …> block.";

/** Reads `text` as XML. Never throws: every failure is a problem with a line and a column. */
export function readXml(text: string, file: string): XmlReadResult {
  const { at, offsetOf } = createPositions(text);
  const fail = (offset: number, message: string, suggestion?: string): XmlReadResult => ({
    ok: false,
    problems: [problemAt(file, at(offset), "error", "", message, suggestion)],
  });

  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const notXml = notXmlReason(text, start);
  if (notXml) return fail(notXml.offset, notXml.message, notXml.suggestion);

  const doctype = readDoctype(text, start);
  if (doctype.entityAt !== undefined) return fail(doctype.entityAt, ENTITY_REFUSAL, ENTITY_SUGGESTION);
  const warnings: Problem[] = [];
  if (doctype.externalAt !== undefined) {
    warnings.push(
      problemAt(
        file,
        at(doctype.externalAt),
        "warning",
        "",
        "The file names an external DTD; the explorer never fetches anything, so it was read without it.",
      ),
    );
  }

  const structure = scanStructure(text, doctype.end);
  if (structure.tooDeepAt !== undefined) {
    return fail(
      structure.tooDeepAt,
      `Elements are nested more than ${MAX_NESTING_DEPTH} deep here, which no graph file needs; the explorer stops reading.`,
      "Check that the file is a GEXF or GraphML file and that its tags are closed.",
    );
  }
  if (structure.declarationAt !== undefined) {
    return fail(
      structure.declarationAt,
      "A <!DOCTYPE …> or <!ENTITY …> declaration stands inside the document, where XML does not allow one.",
      ENTITY_SUGGESTION,
    );
  }

  const validation = XMLValidator.validate(start === 0 ? text : text.slice(start));
  if (validation !== true) {
    const { line, col, msg } = validation.err;
    const unclosed = structure.unclosed;
    // With several elements left open the validator names them all at line 1; say where instead.
    if (unclosed && /^(Unclosed tag|Invalid '\[)/.test(msg)) {
      const others = unclosed.open - 1;
      return fail(
        unclosed.offset,
        `The file ends before <${unclosed.name}>, opened here, is closed` +
          (others > 0 ? ` (and ${others} element${others === 1 ? "" : "s"} around it)` : "") +
          ".",
        "The file may have been cut short: export or download it again.",
      );
    }
    const position = { line: line || 1, column: (col || 1) + (line === 1 || !line ? start : 0) };
    const quote = /have open quote/.test(msg) ? unclosedQuote(text, offsetOf(position)) : undefined;
    if (quote) {
      return fail(
        quote.offset,
        `This is not well-formed XML: the value of ${quote.name}= that starts here has no closing quote.`,
      );
    }
    return {
      ok: false,
      problems: [
        problemAt(file, position, "error", "", `This is not well-formed XML: ${plainXmlMessage(msg)}`),
      ],
    };
  }

  let ordered: unknown;
  try {
    ordered = new XMLParser(PARSER_OPTIONS).parse(text);
  } catch (error) {
    return fail(
      doctype.end,
      `The XML could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const root = buildTree(ordered, text, structure.starts, at, warnings, file);
  if (!root) return fail(start, "The file has no root element.");
  return { ok: true, root, warnings };
}

// --- Positions and problems ---------------------------------------------------------------------

export interface Position {
  line: number;
  column: number;
}

/**
 * 1-based line and column (in UTF-16 code units, as editors count) of an offset in the text, and
 * back. Line starts are found once, when first needed.
 */
function createPositions(text: string): {
  at: (offset: number) => Position;
  offsetOf: (p: Position) => number;
} {
  let starts: number[] | undefined;
  const lineStarts = () => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    return starts;
  };
  const offsetOf = ({ line, column }: Position) => (lineStarts()[line - 1] ?? 0) + column - 1;
  const at = (offset: number) => {
    const lines = lineStarts();
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lines[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lines[low]! + 1 };
  };
  return { at, offsetOf };
}

export function problemAt(
  file: string,
  position: Position,
  severity: Problem["severity"],
  path: string,
  message: string,
  suggestion?: string,
): Problem {
  const problem: Problem = { severity, file, path, line: position.line, column: position.column, message };
  if (suggestion !== undefined) problem.suggestion = suggestion;
  return problem;
}

/** What a reader says when it fails in a way it did not foresee. */
export function unexpectedProblem(file: string, error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  return problemAt(
    file,
    { line: 1, column: 1 },
    "error",
    "",
    `The explorer could not read this file: ${detail}`,
  );
}

/** A problem about an element, located at its start tag. */
export function elementProblem(
  file: string,
  element: XmlElement,
  severity: Problem["severity"],
  message: string,
  suggestion?: string,
): Problem {
  return problemAt(file, element, severity, describeElement(element), message, suggestion);
}

/** `node "n3"`, `edge "e1"`, `key "d0"`, or the bare name: how a problem's path names an element. */
export function describeElement(element: XmlElement): string {
  const id = element.attributes.id;
  return id === undefined ? element.local : `${element.local} ${JSON.stringify(id)}`;
}

// --- Before parsing: is it XML, its DOCTYPE, its depth --------------------------------------------

function notXmlReason(
  text: string,
  start: number,
): { offset: number; message: string; suggestion: string } | undefined {
  const suggestion = "GEXF and GraphML files are XML: they begin with <?xml …?>, <gexf …> or <graphml …>.";
  const head = text.slice(start, start + 4096);
  if (head.startsWith("PK\u0003\u0004")) {
    return { offset: start, message: "This is a ZIP archive (perhaps a spreadsheet), not XML.", suggestion };
  }
  // eslint-disable-next-line no-control-regex -- looking for the bytes of a binary file
  const binary = /[\u0000-\u0008\u000e-\u001f]/.exec(head);
  if (binary) return { offset: start, message: "This is a binary file, not XML.", suggestion };
  const first = /\S/.exec(head);
  if (!first) return { offset: start, message: "The file is empty.", suggestion };
  if (first[0] === "<") return undefined;
  const offset = start + first.index;
  const line = text.slice(offset, offset + 40).split(/\r?\n/)[0] ?? "";
  const looksLike = first[0] === "{" || first[0] === "[" ? " It looks like JSON." : "";
  return {
    offset,
    message: `This file is not XML: it begins with ${JSON.stringify(line)}.${looksLike}`,
    suggestion,
  };
}

interface Doctype {
  /** Where the prolog's DOCTYPE ends (or the prolog itself, when there is none). */
  end: number;
  entityAt?: number;
  externalAt?: number;
}

/**
 * Finds a DOCTYPE in the prolog (before the root element) and what it declares. Entity
 * declarations are looked for anywhere inside it, quoted literals and comments skipped.
 */
function readDoctype(text: string, start: number): Doctype {
  let i = start;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith("<?", i)) i = after(text, "?>", i);
    else if (text.startsWith("<!--", i)) i = after(text, "-->", i + 4);
    else break;
  }
  if (!text.startsWith("<!DOCTYPE", i)) return { end: i };
  const doctypeAt = i;
  const result: Doctype = { end: text.length };
  let inSubset = false;
  for (i += 9; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") i = after(text, c, i + 1) - 1;
    else if (text.startsWith("<!--", i)) i = after(text, "-->", i + 4) - 1;
    else if (c === "[") inSubset = true;
    else if (c === "]") inSubset = false;
    else if (text.startsWith("<!ENTITY", i)) {
      result.entityAt = i;
      return result;
    } else if (!inSubset && /^\s(SYSTEM|PUBLIC)\s/.test(text.slice(i, i + 8))) {
      result.externalAt ??= doctypeAt;
    } else if (c === ">" && !inSubset) {
      result.end = i + 1;
      return result;
    }
  }
  return result;
}

/** The offset just after the next `token` from `from`, or the end of the text. */
function after(text: string, token: string, from: number): number {
  const index = text.indexOf(token, from);
  return index === -1 ? text.length : index + token.length;
}

interface Structure {
  /** Where every start tag is, in document order: the elements' positions (see buildTree). */
  starts: number[];
  tooDeepAt?: number;
  declarationAt?: number;
  /** The innermost element still open at the end of the text, and how many are open. */
  unclosed?: { offset: number; name: string; open: number };
}

/**
 * One quick pass over the tags: notes where each element starts, refuses a file nested deeper than
 * MAX_NESTING_DEPTH before the validator or the parser builds anything, finds DOCTYPE or ENTITY
 * declarations past the prolog, and notes where an unclosed element starts. Malformed tags are left
 * to the validator, which says what is wrong with them.
 */
function scanStructure(text: string, from: number): Structure {
  const starts: number[] = [];
  const open: number[] = [];
  const tagEnd = /[>"']/g;
  let i = text.indexOf("<", from);
  while (i !== -1) {
    let next: number;
    const c = text.charCodeAt(i + 1);
    if (c === 33 /* ! */) {
      if (text.startsWith("<!--", i)) next = after(text, "-->", i + 4);
      else if (text.startsWith("<![CDATA[", i)) next = after(text, "]]>", i + 9);
      else return { starts, declarationAt: i };
    } else if (c === 63 /* ? */) next = after(text, "?>", i + 2);
    else {
      // The tag's closing ">", skipping quoted attribute values (which may hold ">").
      tagEnd.lastIndex = i + 1;
      let end = text.length;
      for (let match = tagEnd.exec(text); match; match = tagEnd.exec(text)) {
        if (match[0] === ">") {
          end = match.index;
          break;
        }
        const close = text.indexOf(match[0], match.index + 1);
        if (close === -1) break;
        tagEnd.lastIndex = close + 1;
      }
      if (c === 47 /* / */) open.pop();
      else {
        starts.push(i);
        if (text.charCodeAt(end - 1) !== 47) {
          open.push(i);
          if (open.length > MAX_NESTING_DEPTH) return { starts, tooDeepAt: i };
        }
      }
      next = end + 1;
    }
    i = text.indexOf("<", next);
  }
  const innermost = open.at(-1);
  if (innermost === undefined) return { starts };
  const name = /^[^\s/>]*/.exec(text.slice(innermost + 1, innermost + 200))?.[0] ?? "";
  return { starts, unclosed: { offset: innermost, name, open: open.length } };
}

/**
 * Where the attribute value that never closes begins, in the tag around `offset`: the validator
 * only says which tag. A value running into a "<" has swallowed the rest of its tag.
 */
function unclosedQuote(text: string, offset: number): { offset: number; name: string } | undefined {
  const tagStart = text.lastIndexOf("<", offset);
  if (tagStart === -1) return undefined;
  const attribute = /\s+([^\s=/>]+)\s*=\s*(["'])/y;
  attribute.lastIndex =
    tagStart + 1 + (/^[^\s/>]*/.exec(text.slice(tagStart + 1, tagStart + 200))?.[0].length ?? 0);
  for (let match = attribute.exec(text); match; match = attribute.exec(text)) {
    const quoteAt = attribute.lastIndex - 1;
    const close = text.indexOf(match[2]!, quoteAt + 1);
    if (close === -1 || text.slice(quoteAt + 1, close).includes("<"))
      return { offset: quoteAt, name: match[1]! };
    attribute.lastIndex = close + 1;
  }
  return undefined;
}

/** fast-xml-parser's messages, in plainer words where they are cryptic. */
function plainXmlMessage(message: string): string {
  return (
    message
      .replace(
        /^Attributes for '([^']*)' have open quote\.$/,
        "an attribute value of <$1> has no closing quote.",
      )
      .replace(/^char '&' is not expected\.$/, "a bare “&” (write &amp; for an ampersand).")
      .replace(/^Start tag expected\.$/, "no element found.")
      // "<node id="n2" label="B"" then "</nodes>": the parser reads the next tag as an attribute.
      .replace(
        /^boolean attribute '<([^']*)' is not allowed\.$/,
        "the tag before <$1> is not closed: a “>” or “/>” is missing.",
      )
      .replace(/^boolean attribute '([^']*)' is not allowed\.$/, '$1 has no value (write $1="…").')
      .replace(
        /^Expected closing tag '(.+)' \(opened in line (\d+), col (\d+)\) instead of closing tag '(.+)'\.$/,
        "<$1>, opened on line $2, column $3, is not closed before </$4>.",
      )
  );
}

// --- Parsing and the tree -------------------------------------------------------------------------

const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Entities are expanded by decodeReferences below, and only the predefined ones.
  processEntities: false,
  htmlEntities: false,
  cdataPropName: "#cdata",
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: MAX_NESTING_DEPTH + 8,
  // Callbacks would get a path string built for every tag; nothing here reads it (a quarter faster).
  jPath: false,
} as const;

/** One entry of fast-xml-parser's ordered output: `{ tag: children, ":@": attributes }` or text. */
type OrderedEntry = Record<string, unknown> & { ":@"?: Record<string, string> };

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Expands the five predefined entities and numeric references; anything else stays as written. */
export function decodeReferences(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g, (reference, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return isXmlChar(code) ? String.fromCodePoint(code) : reference;
    }
    return PREDEFINED[name] ?? reference;
  });
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** XML turns tabs and line breaks in attribute values into spaces; character references survive. */
function attributeValue(raw: string): string {
  return decodeReferences(raw.replace(/[\t\n\r]/g, " "));
}

/**
 * Builds the tree from fast-xml-parser's ordered output, in document order and without recursion
 * (depth is bounded, but a worker's stack is small). The k-th element is the k-th start tag the
 * structure scan found, which gives its position: cheaper than the parser's own metadata, which
 * doubles its time on large files.
 */
function buildTree(
  ordered: unknown,
  text: string,
  starts: readonly number[],
  at: (offset: number) => Position,
  warnings: Problem[],
  file: string,
): XmlElement | undefined {
  if (!Array.isArray(ordered)) return undefined;
  const unknownEntities = new Set<string>();
  let root: XmlElement | undefined;
  let elementIndex = 0;
  let lastOffset = 0;
  type Frame = {
    entries: OrderedEntry[];
    next: number;
    parent: XmlElement | undefined;
    scope: Map<string, string>;
  };
  const stack: Frame[] = [
    {
      entries: ordered as OrderedEntry[],
      next: 0,
      parent: undefined,
      scope: new Map([["xml", XML_NAMESPACE]]),
    },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.entries.length) {
      stack.pop();
      continue;
    }
    const entry = frame.entries[frame.next++]!;
    const { parent, scope } = frame;
    const name = entryName(entry);
    if (name === undefined) continue;
    if (name === "#text" || name === "#cdata") {
      if (parent) parent.text += textOf(entry, name, unknownEntities);
      continue;
    }
    const raw = entry[":@"];
    const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
    let elementScope = scope;
    if (raw) {
      for (const key in raw) {
        const value = attributeValue(raw[key]!);
        attributes[key] = value;
        if (key === "xmlns" || key.startsWith("xmlns:")) {
          if (elementScope === scope) elementScope = new Map(scope);
          elementScope.set(key === "xmlns" ? "" : key.slice(6), value);
        }
      }
    }
    const offset = starts[elementIndex++];
    // The scan and the parser agree on well-formed text; should they not, keep the last position.
    if (offset !== undefined && text.startsWith(name, offset + 1)) lastOffset = offset;
    const colon = name.indexOf(":");
    const { line, column } = at(lastOffset);
    const element: XmlElement = {
      name,
      local: colon === -1 ? name : name.slice(colon + 1),
      namespace: elementScope.get(colon === -1 ? "" : name.slice(0, colon)) ?? "",
      attributes,
      children: [],
      text: "",
      line,
      column,
    };
    if (parent) parent.children.push(element);
    else root ??= element;
    const children = entry[name];
    if (Array.isArray(children) && children.length > 0) {
      stack.push({ entries: children as OrderedEntry[], next: 0, parent: element, scope: elementScope });
    }
  }
  if (unknownEntities.size > 0 && root) {
    const names = [...unknownEntities].slice(0, 3).map((n) => `&${n};`);
    warnings.push(
      elementProblem(
        file,
        root,
        "warning",
        `The file uses ${names.join(", ")}, which XML does not define without a DOCTYPE; kept as written.`,
      ),
    );
  }
  return root;
}

/** The tag (or "#text", "#cdata") an ordered entry stands for: its one key besides ":@". */
function entryName(entry: OrderedEntry): string | undefined {
  for (const key in entry) if (key !== ":@") return key;
  return undefined;
}

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

function textOf(entry: OrderedEntry, name: string, unknownEntities: Set<string>): string {
  const value = entry[name];
  if (name === "#cdata") {
    return Array.isArray(value)
      ? (value as OrderedEntry[]).map((part) => String(part["#text"] ?? "")).join("")
      : "";
  }
  const text = String(value ?? "");
  if (text.includes("&")) {
    for (const match of text.matchAll(/&([A-Za-z_][\w.-]*);/g)) {
      if (!(match[1]! in PREDEFINED)) unknownEntities.add(match[1]!);
    }
  }
  return decodeReferences(text);
}

// --- Reading the tree -----------------------------------------------------------------------------

export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local);
}

export function firstChild(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((child) => child.local === local);
}

/** The first element named `local` below `element`, depth first, in document order. */
export function firstDescendant(element: XmlElement, local: string): XmlElement | undefined {
  const stack = [...element.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.local === local) return next;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return undefined;
}

/** All the text inside an element, its children's included, in document order. */
export function textContent(element: XmlElement): string {
  if (element.children.length === 0) return element.text;
  let text = "";
  const stack = [element];
  while (stack.length > 0) {
    const next = stack.pop()!;
    // An element's own text comes whole before its children's: mixed content is not kept in order.
    text += next.text;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return text;
}

// --- Values, shared by the GEXF and GraphML readers -----------------------------------------------

/**
 * A date as the app writes it ("2019", "2019-04", "2019-04-15") from an ISO date or date-time
 * ("2019-04-15T10:00:00Z" keeps its day); undefined for anything else.
 */
export function partialDate(raw: string): string | undefined {
  const match =
    /^\s*(\d{4})(-\d{2})?(-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(
      raw,
    );
  if (!match || (match[3] !== undefined && match[2] === undefined)) return undefined;
  return `${match[1]}${match[2] ?? ""}${match[3] ?? ""}`;
}

/** Sort keys that order partial dates by when they begin, or by when they end ("2019" ends last). */
const beginning = (date: string) => date.padEnd(10, "-00");
const ending = (date: string) => date.padEnd(10, "-99");

/**
 * The overall span of several intervals: the earliest start and the latest end, where a missing
 * start or end (open on that side) wins.
 */
export function overallSpan(intervals: readonly { start?: string; end?: string }[]): {
  start?: string;
  end?: string;
} {
  if (intervals.length === 0) return {};
  let start: string | undefined = intervals[0]!.start;
  let end: string | undefined = intervals[0]!.end;
  let openStart = start === undefined;
  let openEnd = end === undefined;
  for (const interval of intervals.slice(1)) {
    if (interval.start === undefined) openStart = true;
    else if (start === undefined || beginning(interval.start) < beginning(start)) start = interval.start;
    if (interval.end === undefined) openEnd = true;
    else if (end === undefined || ending(interval.end) > ending(end)) end = interval.end;
  }
  const span: { start?: string; end?: string } = {};
  if (!openStart && start !== undefined) span.start = start;
  if (!openEnd && end !== undefined) span.end = end;
  return span;
}

/** "#rrggbb" from "#rgb", "#rrggbb" or "#rrggbbaa" (with or without "#"); undefined otherwise. */
export function hexColor(raw: string): string | undefined {
  const match = /^\s*#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\s*$/.exec(raw);
  if (!match) return undefined;
  const hex = match[1]!.toLowerCase();
  if (hex.length === 3) return `#${[...hex].map((c) => c + c).join("")}`;
  return `#${hex.slice(0, 6)}`;
}

/** "#rrggbb" from red, green and blue from 0 to 255 (clamped, rounded). */
export function rgbColor(r: number, g: number, b: number): string {
  const channel = (value: number) =>
    Math.round(Math.min(255, Math.max(0, value)))
      .toString(16)
      .padStart(2, "0");
  return `#${channel(r)}${channel(g)}${channel(b)}`;
}

/** A finite number, or undefined for empty or non-numeric text ("NaN", "INF", "12px"). */
export function finiteNumber(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  const value = Number(raw.trim());
  return Number.isFinite(value) ? value : undefined;
}

export function parseBoolean(raw: string): boolean | undefined {
  const value = raw.trim().toLowerCase();
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  return undefined;
}

/** A list attribute: "[a, b]" (Gephi, quoted or not) or "a|b" (GEXF 1.2) to its items. */
export function listValue(raw: string): string[] {
  const text = raw.trim();
  if (text === "") return [];
  const bracketed = /^\[(.*)\]$/s.exec(text);
  const items = bracketed ? bracketed[1]!.split(",") : text.split(text.includes("|") ? "|" : ",");
  return items.map((item) => item.trim().replace(/^(["'])(.*)\1$/s, "$2")).filter((item) => item !== "");
}

/** A value read as its attribute's kind; undefined when the text does not fit the kind. */
export function typedValue(kind: AttributeKind, raw: string): AttributeValue | undefined {
  switch (kind) {
    case "number":
      return finiteNumber(raw);
    case "boolean":
      return parseBoolean(raw);
    case "date":
      return partialDate(raw);
    case "list":
      return listValue(raw);
    case "string":
      return raw;
  }
}

/**
 * Declares text attributes whose every value is a date ("2019", "2019-04-15") as dates, so the
 * mapping can offer them for actors' and relationships' dates.
 */
export function withDateKinds(
  infos: readonly AttributeInfo[],
  elements: readonly { attributes: Record<string, AttributeValue> }[],
): AttributeInfo[] {
  return infos.map((info) => {
    if (info.kind !== "string") return info;
    let seen = false;
    for (const element of elements) {
      const value = element.attributes[info.key];
      if (value === undefined || value === "") continue;
      if (typeof value !== "string" || partialDate(value) !== value) return info;
      seen = true;
    }
    return seen ? { ...info, kind: "date" } : info;
  });
}

/**
 * Collects values that do not fit their declared type (kept as text) and says so once per
 * attribute, at the first one.
 */
export class MisfitValues {
  private readonly byKey = new Map<
    string,
    { title: string; type: string; count: number; first: XmlElement; raw: string }
  >();

  note(key: string, title: string, type: string, element: XmlElement, raw: string): void {
    const entry = this.byKey.get(key);
    if (entry) entry.count++;
    else this.byKey.set(key, { title, type, count: 1, first: element, raw });
  }

  problems(file: string): Problem[] {
    return [...this.byKey.values()].map(({ title, type, count, first, raw }) =>
      elementProblem(
        file,
        first,
        "warning",
        `Attribute ${JSON.stringify(title)} is declared as ${type}, but ${count === 1 ? "one value is" : `${count} values are`} not (the first, ${JSON.stringify(raw.slice(0, 40))}, is here); ${count === 1 ? "it is" : "they are"} kept as text.`,
      ),
    );
  }
}

/** Counts something the reader skipped or changed, and says so once, where it first happened. */
export class Tally {
  private count = 0;
  private first: XmlElement | undefined;

  note(element: XmlElement): void {
    this.count++;
    this.first ??= element;
  }

  problem(file: string, message: (count: number) => string, suggestion?: string): Problem[] {
    return this.first ? [elementProblem(file, this.first, "warning", message(this.count), suggestion)] : [];
  }
}

/** "1 edge", "3 edges". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/**
 * Sets `record[key]`, also when a file names an attribute "__proto__": plain assignment would
 * change the record's prototype instead of adding a value.
 */
export function setValue<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === "__proto__") {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    record[key] = value;
  }
}
