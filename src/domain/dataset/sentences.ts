/**
 * Relationships written as sentences, for the path finder's steps (and anywhere a relationship is
 * read out): "Iran arms Ansar Allah", "the Quds Force is part of the IRGC", and a claim still reads
 * as a claim ("According to the U.S. Treasury, Iran funds …"), a disputed one as disputed. The words
 * come from the relationship type's label; the actors stay ids, so a component can make them links.
 */
import { statedAs } from "./citations";
import type { DatasetIndex } from "./datasetIndex";
import { relationshipClause } from "./relationships";
import type { Citation, GraphEdge } from "./schema";

/** Labels ending in one of these are a state, not an act: "Part of" reads "is part of". */
const TRAILING_PREPOSITIONS = new Set(["of", "with", "to", "in", "into", "by", "from", "on", "at", "for"]);
/** Past-tense verbs that do end in a preposition ("Took part in"), which therefore take no "is". */
const IRREGULAR_PAST = new Set([
  "took",
  "gave",
  "made",
  "sent",
  "met",
  "fought",
  "led",
  "held",
  "went",
  "broke",
]);

/**
 * A relationship type's label as the verb of a sentence: "Trains" -> "trains", "Carried out" ->
 * "carried out", "Part of" -> "is part of", "Allied with" -> "is allied with"; capitals past the first
 * letter are kept ("UN member" stays). A heuristic on the label's words: the format has no verb field.
 */
export function verbPhrase(label: string): string {
  const words = label.trim().split(/\s+/);
  const first = words[0] ?? "";
  const lowered = /^\p{Lu}\p{Ll}/u.test(first) ? first.charAt(0).toLowerCase() + first.slice(1) : first;
  const phrase = [lowered, ...words.slice(1)].join(" ");
  const last = (words[words.length - 1] ?? "").toLowerCase();
  const isState =
    words.length > 1 && TRAILING_PREPOSITIONS.has(last) && !IRREGULAR_PAST.has(first.toLowerCase());
  return isState ? `is ${phrase}` : phrase;
}

export type Attribution =
  | { kind: "fact" }
  /** No source states it in its own voice: each reports the claim of `claimedBy` (may be empty). */
  | { kind: "claim"; claimedBy: string[] }
  | { kind: "disputed" };

export interface RelationshipSentence {
  subject: string;
  verb: string;
  object: string;
  attribution: Attribution;
}

/** Whose claim a relationship is, in the order its citations name them, each once. */
function claimants(citations: readonly Citation[]): string[] {
  return [...new Set(citations.flatMap((c) => (c.claimedBy ? [c.claimedBy.trim()] : [])))];
}

/** How the sources state a relationship, for the sentence: one source stating it as fact makes it a fact. */
export function attributionOf(citations: readonly Citation[]): Attribution {
  const stated = statedAs(citations);
  if (stated === "claim") return { kind: "claim", claimedBy: claimants(citations) };
  if (stated === "disputed") return { kind: "disputed" };
  return { kind: "fact" };
}

/** A relationship as a sentence, read from its source to its target (an undirected one from `from`). */
export function relationshipSentence(
  index: DatasetIndex,
  edge: GraphEdge,
  from: string,
): RelationshipSentence {
  const { subject, object } = relationshipClause(index, edge, from);
  const type = index.relationshipTypesById.get(edge.type);
  return {
    subject,
    verb: verbPhrase(type?.label ?? edge.type),
    object,
    attribution: attributionOf(edge.citations),
  };
}

/** "A, B and C". */
export function listed(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The words before the actors: "According to X, ", "Disputed: ", or nothing for a fact. */
export function attributionPrefix(attribution: Attribution): string {
  switch (attribution.kind) {
    case "fact":
      return "";
    case "claim":
      return attribution.claimedBy.length > 0
        ? `According to ${listed(attribution.claimedBy)}, `
        : "Reportedly, ";
    case "disputed":
      return "Disputed: ";
  }
}

/** The whole sentence as text, with actors named by `labelOf`: "According to X, Iran funds Hamas." */
export function sentenceText(sentence: RelationshipSentence, labelOf: (id: string) => string): string {
  const prefix = attributionPrefix(sentence.attribution);
  const subject = labelOf(sentence.subject);
  return `${prefix}${subject} ${sentence.verb} ${labelOf(sentence.object)}.`;
}
