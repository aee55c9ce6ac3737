/**
 * Finding an actor by name, tolerant of typos and of the many ways Arabic and Persian names are
 * written in English ("Hizballah" / "Hezbollah", "Anasrullah" / "Ansarallah", "Soleiman" / "Soleimani").
 *
 * Two matchers run side by side: Fuse.js over the folded names (typos), and a comparison of consonant
 * skeletons from the start of any word (transliterations, which mostly differ in vowels and doubled
 * letters). Skeletons are compared from word starts only: inside long names they match too much.
 */
import { distance } from "fastest-levenshtein";
import Fuse from "fuse.js";
import { LABEL_SHOWN_CHARS } from "../limits";
import type { GraphNode } from "./schema";

export interface SearchResult {
  nodeId: string;
  label: string;
  /** The alias that matched, when it was not the label. */
  matchedAlias?: string;
  /** 0 is an exact match; lower is better. */
  score: number;
}

interface SearchEntry {
  nodeId: string;
  label: string;
  name: string;
  folded: string;
  /** The skeleton of the name from each word's start: "Qasem Soleimani" -> ["ksmslmn", "slmn"]. */
  skeletonsFromWords: string[];
}

/** Lower case, no diacritics, apostrophes, hyphens or spaces: "Bashar al-Assad" -> "basharalassad". */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Consonant skeleton of a name: vowels and "w"/"y" glides dropped, "h" after a consonant dropped,
 * letters that transliterations swap merged (q/k/c, z/s, d/t), doubled letters collapsed.
 */
export function nameSkeleton(name: string): string {
  return foldName(name)
    .replace(/[aeiouyw]/g, "")
    .replace(/(.)h/g, "$1")
    .replace(/[qkc]/g, "k")
    .replace(/[zs]/g, "s")
    .replace(/[dt]/g, "t")
    .replace(/(.)\1+/g, "$1");
}

function skeletonsFromWords(name: string): string[] {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.map((_, i) => nameSkeleton(words.slice(i).join(""))).filter(Boolean);
}

/** How well a query skeleton matches an entry's word-start skeletons; undefined when it does not. */
function skeletonScore(querySkeleton: string, entry: SearchEntry): number | undefined {
  if (querySkeleton.length < 3) return undefined;
  let best: number | undefined;
  for (const skeleton of entry.skeletonsFromWords) {
    if (skeleton.startsWith(querySkeleton)) return 0.15;
    if (querySkeleton.length >= 4) {
      const edits = distance(querySkeleton, skeleton.slice(0, querySkeleton.length));
      if (edits <= 1) best = Math.min(best ?? 1, 0.3);
    }
  }
  return best;
}

export interface ActorSearch {
  search(query: string, limit?: number): SearchResult[];
}

export function buildActorSearch(nodes: readonly GraphNode[]): ActorSearch {
  // Names are searched as far as they are shown: the word skeletons grow with the square of the words.
  const entries: SearchEntry[] = nodes.flatMap((node) =>
    [node.label, ...(node.aliases ?? [])].map((name) => ({
      nodeId: node.id,
      label: node.label,
      name,
      folded: foldName(name.slice(0, LABEL_SHOWN_CHARS)),
      skeletonsFromWords: skeletonsFromWords(name.slice(0, LABEL_SHOWN_CHARS)),
    })),
  );
  const fuse = new Fuse(entries, {
    keys: ["folded"],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.3,
  });

  return {
    search(query: string, limit = 8): SearchResult[] {
      const folded = foldName(query);
      if (!folded) return [];
      const querySkeleton = nameSkeleton(query);
      const scores = new Map<SearchEntry, number>();
      for (const hit of fuse.search(folded))
        scores.set(hit.item, rankScore(hit.item, folded, hit.score ?? 1));
      for (const entry of entries) {
        const score = skeletonScore(querySkeleton, entry);
        if (score !== undefined) scores.set(entry, Math.min(scores.get(entry) ?? 1, score));
      }
      return bestPerActor(scores)
        .sort((a, b) => a.score - b.score || a.label.localeCompare(b.label))
        .slice(0, limit);
    },
  };
}

/** Exact and prefix matches outrank fuzzy ones; Fuse's score (0 best) breaks ties. */
function rankScore(entry: SearchEntry, folded: string, fuseScore: number): number {
  if (entry.folded === folded) return 0;
  if (entry.folded.startsWith(folded)) return 0.05 + fuseScore * 0.1;
  if (entry.folded.includes(folded)) return 0.1 + fuseScore * 0.1;
  return 0.2 + fuseScore;
}

function bestPerActor(scores: Map<SearchEntry, number>): SearchResult[] {
  const best = new Map<string, SearchResult>();
  for (const [entry, score] of scores) {
    const previous = best.get(entry.nodeId);
    if (previous && previous.score <= score) continue;
    best.set(entry.nodeId, {
      nodeId: entry.nodeId,
      label: entry.label,
      matchedAlias: entry.name === entry.label ? undefined : entry.name,
      score,
    });
  }
  return [...best.values()];
}
