/**
 * Values as foreign files hold them, made into the import contract's typed attributes: which kind a
 * column or key holds (number, boolean, date, list or plain text), partial ISO dates, "#rrggbb"
 * colours, and attribute records where a key read from a file ("__proto__", "constructor") is only
 * ever a key.
 */
import { calendarProblem, parsePartialDate } from "../dataset/dates";
import type { AttributeInfo, AttributeKind, AttributeValue } from "./types";

export type Attributes = Record<string, AttributeValue>;

/**
 * A record for keys that come from a file. With no prototype, `record["__proto__"] = v` stores a
 * key like any other instead of replacing the prototype, and "constructor" or "toString" are not
 * already there.
 */
export function attributeRecord(): Attributes {
  return Object.create(null) as Attributes;
}

// --- Dates --------------------------------------------------------------------------------------

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The partial ISO date ("1983", "2019-04", "2019-04-15") a text holds, when it is on the calendar.
 * An ISO date-time keeps its day: the dataset's dates are no more precise than that.
 */
export function partialDate(text: string): string | undefined {
  const trimmed = text.trim();
  const day = ISO_DATE_TIME.exec(trimmed)?.[1] ?? trimmed;
  if (parsePartialDate(day) === undefined || calendarProblem(day) !== undefined) return undefined;
  return day;
}

// --- Colours ------------------------------------------------------------------------------------

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+%?\s*)?\)$/i;

/** "#rrggbb" for "#rgb", "#rrggbb", "#rrggbbaa", "rgb(r, g, b)" or "rgba(…)"; alpha is dropped. */
export function hexColor(text: string): string | undefined {
  const trimmed = text.trim();
  const hex = HEX.exec(trimmed)?.[1];
  if (hex !== undefined) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex.slice(0, 6);
    return `#${full.toLowerCase()}`;
  }
  const rgb = RGB.exec(trimmed);
  if (!rgb) return undefined;
  const channels = rgb.slice(1, 4).map(Number);
  if (channels.some((channel) => channel > 255)) return undefined;
  return `#${channels.map((channel) => channel.toString(16).padStart(2, "0")).join("")}`;
}

// --- Text cells (CSV, spreadsheets) --------------------------------------------------------------

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** "007" and "0123" are codes, not numbers: reading them as numbers would lose the zeros. */
const LEADING_ZERO = /^[+-]?0\d/;
const TRUE_WORDS = new Set(["true", "yes"]);
const FALSE_WORDS = new Set(["false", "no"]);

export function numberOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed) || LEADING_ZERO.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

export function booleanOf(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** How a column's cells are read: a kind, and for lists the separator between items. */
export interface ColumnKind {
  kind: AttributeKind;
  separator?: string;
}

export interface ColumnHints {
  /** The column's kind is known (the app's own export): no inference. */
  kind?: AttributeKind;
  /** The column is known to hold lists with this separator (Kumu's Tags, the app's own aliases). */
  listSeparator?: string;
  /** The column is named like a date (start, end, date): years read as dates, not numbers. */
  dateColumn?: boolean;
  /** The column holds prose (a description): never split into a list. */
  text?: boolean;
  /** Separators the list heuristic may try, most likely first. */
  listSeparators?: readonly string[];
}

/** Tags are short: a cell whose parts are sentences is prose that happens to contain a separator. */
function looksLikeTags(values: readonly string[], separator: string, maxLength: number): boolean {
  let split = 0;
  for (const value of values) {
    const items = value.split(separator).map((item) => item.trim());
    if (items.length > 1) split += 1;
    if (items.some((item) => item === "" || item.length > maxLength || item.split(/\s+/).length > 5)) {
      return false;
    }
  }
  return split > 0;
}

/**
 * The kind of a column, inferred from all its non-empty cells: every cell must read as the kind,
 * otherwise the column is text. Years alone are numbers unless the column is named like a date.
 */
export function inferColumnKind(cells: readonly string[], hints: ColumnHints = {}): ColumnKind {
  if (hints.listSeparator !== undefined) return { kind: "list", separator: hints.listSeparator };
  if (hints.kind !== undefined) return { kind: hints.kind };
  const values = cells.map((cell) => cell.trim()).filter((cell) => cell !== "");
  if (values.length === 0) return { kind: "string" };
  if (hints.dateColumn && values.every((value) => partialDate(value) !== undefined)) return { kind: "date" };
  if (values.every((value) => booleanOf(value) !== undefined)) return { kind: "boolean" };
  if (values.every((value) => numberOf(value) !== undefined)) return { kind: "number" };
  if (values.every((value) => /\d{4}-\d{2}/.test(value) && partialDate(value) !== undefined)) {
    return { kind: "date" };
  }
  if (!hints.text) {
    for (const separator of hints.listSeparators ?? ["|"]) {
      // A semicolon also ends clauses, so it must split at least half the cells to count as a list.
      const common =
        separator.trim() !== ";" ||
        values.filter((value) => value.includes(separator)).length * 2 >= values.length;
      if (common && looksLikeTags(values, separator, separator.trim() === "|" ? 60 : 40)) {
        return { kind: "list", separator };
      }
    }
  }
  return { kind: "string" };
}

/** A cell's value as its column's kind; undefined for an empty cell. */
export function cellValue(cell: string, column: ColumnKind): AttributeValue | undefined {
  const text = cell.trim();
  if (text === "") return undefined;
  switch (column.kind) {
    case "number":
      return numberOf(text) ?? text;
    case "boolean":
      return booleanOf(text) ?? text;
    case "date":
      return partialDate(text) ?? text;
    case "list": {
      const items = text
        .split(column.separator ?? "|")
        .map((item) => item.trim())
        .filter((item) => item !== "");
      return items.length === 0 ? undefined : items;
    }
    case "string":
      return text;
  }
}

// --- JSON values (Cytoscape, graphology) --------------------------------------------------------

/** A JSON value as an attribute: primitives as they are, lists of primitives as text lists, objects as JSON text. */
export function jsonAttributeValue(value: unknown): AttributeValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== "object")) {
    return value.filter((item) => item !== null && item !== undefined).map(String);
  }
  return JSON.stringify(value) ?? undefined;
}

function kindOfValue(value: AttributeValue): AttributeKind {
  if (Array.isArray(value)) return "list";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "boolean";
  return "string";
}

function asText(value: AttributeValue): string {
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/**
 * The attributes a set of elements uses, each with one kind: a key whose values are all numbers
 * (or booleans, or lists) keeps that kind; a key of text that all reads as dates is a date, with
 * its values reduced to partial dates; a key with mixed values is text, and its values become text
 * so that every value matches its declared kind. Keys are listed in order of first use.
 */
export function settleAttributes(elements: readonly { attributes: Attributes }[]): AttributeInfo[] {
  const kinds = new Map<string, Set<AttributeKind>>();
  const dates = new Map<string, boolean>();
  for (const { attributes } of elements) {
    for (const key of Object.keys(attributes)) {
      const value = attributes[key] as AttributeValue;
      const seen = kinds.get(key) ?? new Set<AttributeKind>();
      seen.add(kindOfValue(value));
      kinds.set(key, seen);
      const isDate = typeof value === "string" && partialDate(value) !== undefined;
      dates.set(key, (dates.get(key) ?? true) && isDate);
    }
  }
  const infos: AttributeInfo[] = [];
  for (const [key, seen] of kinds) {
    const single = seen.size === 1 ? [...seen][0] : undefined;
    const kind: AttributeKind = single === "string" && dates.get(key) ? "date" : (single ?? "string");
    infos.push({ key, title: key, kind });
    if (kind === "string" || kind === "date") {
      for (const { attributes } of elements) {
        const value = attributes[key];
        if (value === undefined) continue;
        attributes[key] = kind === "date" ? (partialDate(value as string) ?? asText(value)) : asText(value);
      }
    }
  }
  return infos;
}
