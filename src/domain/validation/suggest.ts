/**
 * "Did you mean ...?" for misspelt ids, field names and enum values.
 *
 * Deliberately conservative: a wrong suggestion sends a person down the wrong path, so only near
 * misses (small edit distance for the word's length) and case-only differences are offered.
 */
import { distance } from "fastest-levenshtein";

export function didYouMean(candidate: string): string {
  return `did you mean "${candidate}"?`;
}

/** The largest edit distance that still reads as a typo of a word this long. */
function typoTolerance(length: number): number {
  // Never allow rewriting the whole word: for two-letter inputs everything is within distance 2.
  return Math.min(Math.max(2, Math.floor(length * 0.3)), length - 1);
}

/**
 * The name closest to `input`, ignoring case, if it is close enough to be a typo.
 * `names` maps a name to what should be suggested for it (an id for a label, say); earlier names
 * win ties, so callers list their preferred kind of name (ids) first.
 */
export function closestName(input: string, names: ReadonlyMap<string, string>): string | undefined {
  const wanted = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [name, suggestion] of names) {
    const d = distance(wanted, name.toLowerCase());
    if (d < bestDistance) {
      best = suggestion;
      bestDistance = d;
    }
  }
  if (best === undefined || best === input) return undefined;
  return bestDistance <= typoTolerance(wanted.length) ? best : undefined;
}

/** The closest of `candidates` to `input`, if it is close enough to be a typo. */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const names = new Map<string, string>();
  for (const candidate of candidates) names.set(candidate, candidate);
  return closestName(input, names);
}

/** A ready-made suggestion sentence, or undefined when nothing is close. */
export function suggestFrom(input: string, candidates: Iterable<string>): string | undefined {
  const match = closestMatch(input, candidates);
  return match === undefined ? undefined : didYouMean(match);
}
