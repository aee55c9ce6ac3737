/**
 * The mapping chosen for a file, remembered per file shape (its format and sorted attribute keys) in
 * this browser's localStorage, so the next file of the same shape (next month's export of the same
 * spreadsheet) opens with the same choices preselected.
 */
import type { Mapping } from "../domain/formats/types";

const PREFIX = "pne-mapping:v1:";
/** Shapes are long; a hash keeps the keys short (collisions only preselect a mapping that is then checked). */
function keyOf(shape: string): string {
  let h = 2166136261;
  for (let i = 0; i < shape.length; i++) h = Math.imul(h ^ shape.charCodeAt(i), 16777619);
  return `${PREFIX}${(h >>> 0).toString(36)}:${shape.length}`;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function rememberMapping(shape: string, mapping: Mapping): void {
  try {
    storage()?.setItem(keyOf(shape), JSON.stringify({ shape, mapping }));
  } catch {
    // Full or blocked storage: the mapping is simply not remembered.
  }
}

export function rememberedMapping(shape: string): Mapping | null {
  try {
    const text = storage()?.getItem(keyOf(shape));
    if (!text) return null;
    const stored = JSON.parse(text) as { shape?: unknown; mapping?: unknown };
    return stored.shape === shape && typeof stored.mapping === "object" && stored.mapping !== null
      ? (stored.mapping as Mapping)
      : null;
  } catch {
    return null;
  }
}
