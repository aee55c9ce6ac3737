/**
 * The layouts a user can choose, described for the toolbar, and the seeded randomness that makes the
 * same dataset draw the same picture on every load.
 */
export const LAYOUT_NAMES = ["fcose", "concentric", "breadthfirst", "circle", "grid"] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: "Force-directed",
  concentric: "Concentric (by connections)",
  breadthfirst: "Hierarchy (from an actor)",
  circle: "Circle",
  grid: "Grid",
};

export function isLayoutName(value: unknown): value is LayoutName {
  return typeof value === "string" && (LAYOUT_NAMES as readonly string[]).includes(value);
}

/** A 32-bit FNV-1a hash: turns a dataset id into a layout seed. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, fast, seedable PRNG with values in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `fn` with Math.random replaced by a seeded generator. Layout libraries (fCoSE's spectral
 * initialisation) draw from Math.random and offer no seed option; a synchronous run inside this
 * wrapper is therefore reproducible.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
