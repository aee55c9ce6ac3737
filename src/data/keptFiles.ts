/**
 * Files opened from disk, kept in this browser (IndexedDB) so that a reload, or a link naming the
 * file (?file=<name>), opens them again: the text or bytes as they were read, with the mapping that
 * was chosen. A few of the latest are kept, each up to a bounded size; a file too large is not kept,
 * and the caller says so. A record that is missing or does not read back is dropped, never fatal;
 * storage that throws or does not answer within KEEP_ANSWER_MS is reported, and opening goes on.
 */
import { createStore, del, get, set, type UseStore } from "idb-keyval";
import type { Mapping } from "../domain/formats/types";
import { callWithinTime } from "../domain/withinTime";
import type { FilePart } from "./importReaders";

/** Larger files are not kept: a reload would have to copy them out of the browser's storage again. */
export const KEEP_MAX_BYTES = 50 * 1024 * 1024;
/** How many files are kept; opening another drops the oldest. */
export const KEEP_COUNT = 5;
/** How long keeping or reading a file may take: a file opened must never wait on the browser's storage. */
export const KEEP_ANSWER_MS = 3000;

const VERSION = 1;

export interface KeptFile {
  version: typeof VERSION;
  /** The name the URL carries: one file's name, or "a.csv + b.csv" for a pair. */
  name: string;
  parts: FilePart[];
  /** The mapping chosen for a file of another format; null for the app's own JSON. */
  mapping: Mapping | null;
  savedAt: number;
}

/** "unavailable": the browser has no IndexedDB at all; "failed": it refused this one. */
export type KeepOutcome = "kept" | "too-large" | "unavailable" | "failed";

let store: UseStore | null = null;
function keptStore(): UseStore {
  store ??= createStore("pne-kept-files", "files");
  return store;
}

const INDEX = "index";
const keyOf = (name: string) => `file:${name}`;

export function sizeOf(parts: readonly FilePart[]): number {
  return parts.reduce((sum, p) => sum + ("text" in p ? p.text.length * 2 : p.bytes.byteLength), 0);
}

async function names(): Promise<string[]> {
  const index = await get<unknown>(INDEX, keptStore());
  return Array.isArray(index) ? index.filter((n): n is string => typeof n === "string") : [];
}

export async function keepFile(
  name: string,
  parts: FilePart[],
  mapping: Mapping | null,
): Promise<KeepOutcome> {
  if (typeof indexedDB === "undefined") return "unavailable";
  if (sizeOf(parts) > KEEP_MAX_BYTES) return "too-large";
  const record: KeptFile = { version: VERSION, name, parts, mapping, savedAt: Date.now() };
  try {
    await callWithinTime(async () => {
      await set(keyOf(name), record, keptStore());
      const kept = [name, ...(await names()).filter((n) => n !== name)];
      for (const dropped of kept.slice(KEEP_COUNT)) await del(keyOf(dropped), keptStore());
      await set(INDEX, kept.slice(0, KEEP_COUNT), keptStore());
    }, KEEP_ANSWER_MS);
    return "kept";
  } catch {
    return "failed";
  }
}

function isPart(value: unknown): value is FilePart {
  if (typeof value !== "object" || value === null) return false;
  const part = value as Record<string, unknown>;
  return (
    typeof part.name === "string" && (typeof part.text === "string" || part.bytes instanceof ArrayBuffer)
  );
}

function isKept(value: unknown, name: string): value is KeptFile {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.version === VERSION &&
    record.name === name &&
    Array.isArray(record.parts) &&
    record.parts.length > 0 &&
    record.parts.every(isPart) &&
    (record.mapping === null || typeof record.mapping === "object")
  );
}

/**
 * The kept file of that name: "missing" when this browser has none (another browser's link),
 * "corrupt" when what is stored does not read back (it is dropped), and "unreadable" when the
 * storage throws or does not answer (nothing is dropped: it may answer next time).
 */
export async function keptFile(name: string): Promise<KeptFile | "missing" | "corrupt" | "unreadable"> {
  if (typeof indexedDB === "undefined") return "missing";
  let record: unknown;
  try {
    record = await callWithinTime(() => get<unknown>(keyOf(name), keptStore()), KEEP_ANSWER_MS);
  } catch {
    return "unreadable";
  }
  if (record === undefined) return "missing";
  if (isKept(record, name)) return record;
  void forgetFile(name);
  return "corrupt";
}

export async function forgetFile(name: string): Promise<void> {
  try {
    await callWithinTime(async () => {
      await del(keyOf(name), keptStore());
      await set(
        INDEX,
        (await names()).filter((n) => n !== name),
        keptStore(),
      );
    }, KEEP_ANSWER_MS);
  } catch {
    // Storage gone: nothing left to forget.
  }
}
