/**
 * JSON text: parsing with plain-language syntax errors, and finding where a JSON path sits in the
 * text (1-based line and column) so problems can point at the right line of a pretty-printed file.
 *
 * Built on jsonc-parser in strict JSON mode (no comments, no trailing commas) because, unlike
 * JSON.parse, it reports offsets and keeps a tree with positions.
 */
import { parse, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { MAX_NESTING_DEPTH } from "../limits";
import type { PathSegment } from "./problems";

const STRICT_JSON = { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false };

export interface TextPosition {
  line: number;
  column: number;
}

export interface JsonSyntaxError extends TextPosition {
  message: string;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/** Editors on Windows may save a byte-order mark; a space keeps every offset where it was. */
function withoutByteOrderMark(text: string): string {
  return text.startsWith("\uFEFF") ? ` ${text.slice(1)}` : text;
}

/** Turns offsets into 1-based lines and columns. */
export function positionFinder(text: string): (offset: number) => TextPosition {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}

/**
 * The offset of the first bracket nested deeper than `limit`, or -1: one linear pass over the text
 * (strings skipped), so a hostile file is refused before anything recurses into it.
 */
export function offsetDeeperThan(text: string, limit = MAX_NESTING_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > limit) return i;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return -1;
}

export function parseJson(rawText: string): JsonParseResult {
  const text = withoutByteOrderMark(rawText);
  if (text.trim() === "") return { ok: false, error: { line: 1, column: 1, message: "the file is empty" } };
  const tooDeep = offsetDeeperThan(text);
  if (tooDeep !== -1) {
    const message =
      `lists and objects are nested more than ${MAX_NESTING_DEPTH} levels deep here, which no dataset or ` +
      "graph file needs; the file may be damaged: open the original file, or have it written again";
    return { ok: false, error: { message, ...positionFinder(text)(tooDeep) } };
  }
  // The browser's parser is several times faster and accepts exactly strict JSON; jsonc-parser is
  // only needed to say where and why a file does not parse.
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // described below
  }
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, STRICT_JSON);
  const first = errors[0];
  if (first === undefined) return { ok: true, value };
  // Later errors are mostly echoes of the first one, so only the first is reported.
  const { message, offset } = describeSyntaxError(text, first);
  return { ok: false, error: { message, ...positionFinder(text)(offset) } };
}

export interface LongestString {
  /** Its length as written, quotes and escapes included (0 when there is none). */
  length: number;
  /** The offset of its opening quote; -1 when there is none. */
  at: number;
}

/**
 * The longest string in the text, by a loop that jumps from quote to quote: no parsing, so any text
 * can be measured before anything parses it. Text that is not valid JSON is measured all the same;
 * an unclosed string runs to the end. (Nesting is measured by offsetDeeperThan.)
 */
export function longestJsonString(text: string): LongestString {
  const longest: LongestString = { length: 0, at: -1 };
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 34 /* " */) continue;
    let end = text.indexOf('"', i + 1);
    while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
    const close = end === -1 ? text.length - 1 : end;
    if (close - i + 1 > longest.length) {
      longest.length = close - i + 1;
      longest.at = i;
    }
    i = close;
  }
  return longest;
}

/** The end of the last token before `offset`: where a missing comma or colon belongs. */
function endOfPreviousToken(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(text[i - 1] ?? "")) i--;
  return i;
}

/** Whether `offset` is inside an object or an array, by a quick bracket count that skips strings. */
function enclosingContainer(text: string, offset: number): "object" | "array" | undefined {
  const open: string[] = [];
  let inString = false;
  for (let i = 0; i < offset && i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") open.push(char);
    else if (char === "}" || char === "]") open.pop();
  }
  const innermost = open.at(-1);
  return innermost === "{" ? "object" : innermost === "[" ? "array" : undefined;
}

/** The offset of a comma that directly precedes "}" or "]", which jsonc-parser reports as a missing name or value. */
function trailingCommaBefore(text: string, error: ParseError, code: string): number | undefined {
  if (code !== "PropertyNameExpected" && code !== "ValueExpected") return undefined;
  const closer = text[error.offset];
  const comma = endOfPreviousToken(text, error.offset) - 1;
  return (closer === "}" || closer === "]") && text[comma] === "," ? comma : undefined;
}

function describeSyntaxError(text: string, error: ParseError): { message: string; offset: number } {
  const code = printParseErrorCode(error.error);
  const previous = endOfPreviousToken(text, error.offset);
  const trailingComma = trailingCommaBefore(text, error, code);
  if (trailingComma !== undefined) {
    const closer = text[error.offset] ?? "";
    return {
      message: `trailing comma: JSON does not allow a comma before "${closer}"`,
      offset: trailingComma,
    };
  }
  const atEnd = text.slice(error.offset).trim() === "";
  if (atEnd && code !== "UnexpectedEndOfString") {
    const expected = EXPECTED_AT_END[code];
    return { message: `unexpected end of file${expected ? `: ${expected}` : ""}`, offset: previous };
  }
  if (code === "CommaExpected") {
    const closing = enclosingContainer(text, error.offset) === "array" ? "bracket" : "brace";
    return { message: `expected a comma or closing ${closing}`, offset: previous };
  }
  if (code === "ColonExpected") {
    return { message: "expected a colon after the property name", offset: previous };
  }
  if (code === "InvalidSymbol") {
    return {
      message: describeUnexpectedText(text.slice(error.offset, error.offset + error.length)),
      offset: error.offset,
    };
  }
  return { message: SYNTAX_MESSAGES[code] ?? `invalid JSON (${code})`, offset: error.offset };
}

function describeUnexpectedText(symbol: string): string {
  if (symbol.startsWith("'")) return "strings and property names must use double quotes, not single quotes";
  if (/^[A-Za-z_]/.test(symbol)) {
    return `unexpected ${JSON.stringify(symbol)}: text must be in double quotes; the only bare words are true, false and null`;
  }
  return `unexpected character ${JSON.stringify(symbol)}`;
}

const EXPECTED_AT_END: Partial<Record<string, string>> = {
  CloseBraceExpected: 'a closing brace "}" is missing',
  CloseBracketExpected: 'a closing bracket "]" is missing',
  ValueExpected: "expected a value",
  CommaExpected: "the data stops in the middle",
  ColonExpected: "expected a colon after the property name",
  PropertyNameExpected: "expected a property name",
};

const SYNTAX_MESSAGES: Partial<Record<string, string>> = {
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  CloseBraceExpected: 'expected a closing brace "}"',
  CloseBracketExpected: 'expected a closing bracket "]"',
  EndOfFileExpected: "unexpected text after the end of the data: a file holds a single JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString:
    "unterminated string: a closing double quote is missing (line breaks inside text are written \\n)",
  UnexpectedEndOfNumber: "incomplete number",
  InvalidUnicode: "invalid \\u escape in a string",
  InvalidEscapeCharacter: "invalid escape in a string: use \\\\ for a backslash",
  InvalidCharacter: "control character in a string: write line breaks as \\n and tabs as \\t",
};

/**
 * Whether an object in the JSON text names a field twice (JSON readers keep only the last). Counting
 * the field names written in the text against the fields of the parsed value answers this in one
 * quick pass; only when they differ is the text parsed into a tree to find where.
 */
export function hasRepeatedFields(text: string, value: unknown): boolean {
  return fieldNamesInText(text) !== fieldsIn(value);
}

/** The strings in valid JSON text that are followed by a colon: the field names. */
function fieldNamesInText(text: string): number {
  let names = 0;
  let start = text.indexOf('"');
  while (start !== -1) {
    let end = text.indexOf('"', start + 1);
    while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
    if (end === -1) break;
    let next = end + 1;
    while (next < text.length && isJsonWhitespace(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === 58 /* : */) names++;
    start = text.indexOf('"', next);
  }
  return names;
}

/** A quote preceded by an odd number of backslashes is part of the string. */
function isEscaped(text: string, quoteAt: number): boolean {
  let backslashes = 0;
  for (let i = quoteAt - 1; i >= 0 && text.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 1;
}

function isJsonWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function fieldsIn(value: unknown): number {
  if (Array.isArray(value)) {
    let count = 0;
    for (const item of value) count += fieldsIn(item);
    return count;
  }
  if (value === null || typeof value !== "object") return 0;
  let count = 0;
  for (const key of Object.keys(value)) count += 1 + fieldsIn((value as Record<string, unknown>)[key]);
  return count;
}

export interface JsonLocator {
  /** Where the path is: its property name, or the nearest enclosing value that exists. */
  locate(at: readonly PathSegment[]): TextPosition | undefined;
  /** Paths of property names written more than once in one object (each path once). */
  duplicateKeys(): PathSegment[][];
}

/** Maps JSON paths to positions in `text`; undefined when the text does not parse into a tree. */
export function createLocator(rawText: string): JsonLocator | undefined {
  const text = withoutByteOrderMark(rawText);
  const root = parseTree(text, [], STRICT_JSON);
  if (!root) return undefined;
  const positionOf = positionFinder(text);
  return {
    locate(at) {
      const { node, complete } = deepestNode(root, at);
      // A found value is reported at its property name ("target": ...), which is where people look;
      // a missing one at the object that should hold it.
      const anchor = complete && node.parent?.type === "property" ? node.parent : node;
      return positionOf(anchor.offset);
    },
    duplicateKeys: () => findDuplicateKeys(root, []),
  };
}

function propertyName(property: Node): string | undefined {
  const key = property.children?.[0];
  return typeof key?.value === "string" ? key.value : undefined;
}

/** The node at `at`, or the deepest ancestor that exists. */
function deepestNode(root: Node, at: readonly PathSegment[]): { node: Node; complete: boolean } {
  let node = root;
  for (const segment of at) {
    const child = childAt(node, segment);
    if (!child) return { node, complete: false };
    node = child;
  }
  return { node, complete: true };
}

function childAt(node: Node, segment: PathSegment): Node | undefined {
  if (node.type === "array" && typeof segment === "number") return node.children?.[segment];
  if (node.type !== "object" || typeof segment !== "string") return undefined;
  // The last property wins, as it does when the text is parsed into a value.
  const property = node.children?.filter((candidate) => propertyName(candidate) === segment).at(-1);
  return property?.children?.[1];
}

function findDuplicateKeys(node: Node, at: PathSegment[]): PathSegment[][] {
  const found: PathSegment[][] = [];
  if (node.type === "array") {
    node.children?.forEach((child, index) => found.push(...findDuplicateKeys(child, [...at, index])));
  }
  if (node.type === "object") {
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (const property of node.children ?? []) {
      const name = propertyName(property);
      const value = property.children?.[1];
      if (name === undefined) continue;
      if (seen.has(name) && !repeated.has(name)) found.push([...at, name]);
      if (seen.has(name)) repeated.add(name);
      seen.add(name);
      if (value) found.push(...findDuplicateKeys(value, [...at, name]));
    }
  }
  return found;
}
