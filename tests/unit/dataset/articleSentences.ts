/**
 * The article's text as a list of sentences, for the coverage table of the Quds Force dataset
 * (graph-data/quds-force.coverage.json) and its test.
 *
 * A sentence ends at a line break, or inside a line at ". ", "? " or "! " followed by a capital
 * letter. Each sentence keeps the exact text that follows it up to the next one (`separator`: the
 * spaces and line breaks), so the sentences re-joined give the article back byte for byte and can
 * be hashed without the article at hand.
 */
import { createHash } from "node:crypto";

export interface Sentence {
  text: string;
  /** What follows the sentence in the article, up to the next sentence: spaces and line breaks. */
  separator: string;
}

/**
 * A line break with the blank space around it, or the blank space after ". ", "? " or "! " before
 * a capital letter. Blank space includes the no-break spaces the article has in places.
 */
const BOUNDARY = /[^\S\n]*\n\s*|(?<=[.?!])[^\S\n]+(?=\p{Lu})/gu;

/** Splits a text that starts with a sentence (as the article does, with its title). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    sentences.push({ text: text.slice(start, match.index), separator: match[0] });
    start = match.index + match[0].length;
  }
  const trailing = /\s*$/.exec(text.slice(start))?.[0] ?? "";
  const last = text.slice(start, text.length - trailing.length);
  if (last) sentences.push({ text: last, separator: trailing });
  else if (sentences.length > 0) sentences[sentences.length - 1]!.separator += trailing;
  return sentences;
}

/** The sentences joined with their separators: the article exactly, when nothing was edited. */
export function joinSentences(sentences: readonly Sentence[]): string {
  return sentences.map((s) => s.text + s.separator).join("");
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Folds runs of white space to one space, so texts compare by their words. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
