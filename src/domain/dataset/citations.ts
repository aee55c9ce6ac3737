/**
 * Citations as a reader sees them: which sources a panel cites (each listed once, numbered in order
 * of first use), how a source is described, which links are safe to open, and how a source states a
 * claim (its stance) in words.
 */
import type { DatasetIndex } from "./datasetIndex";
import { formatPartialDate } from "./dates";
import type { Citation, GraphEdge, GraphNode, Source, Stance } from "./schema";

/** Every citation a node makes, its attributes' included, in reading order. */
export function citationsOfNode(node: GraphNode): Citation[] {
  return [...node.citations, ...(node.attributes ?? []).flatMap((a) => a.citations)];
}

/** Every citation a relationship makes, its attributes' included (the measure of a designation). */
export function citationsOfEdge(edge: GraphEdge): Citation[] {
  return [...edge.citations, ...(edge.attributes ?? []).flatMap((a) => a.citations)];
}

/** The sources behind a list of citations, once each, numbered 1.. in order of first use. */
export function numberSources(citations: readonly Citation[], index: DatasetIndex): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const citation of citations) {
    if (!numbers.has(citation.source) && index.sourcesById.has(citation.source)) {
      numbers.set(citation.source, numbers.size + 1);
    }
  }
  return numbers;
}

export function sourcesInOrder(numbers: ReadonlyMap<string, number>, index: DatasetIndex): Source[] {
  return [...numbers.keys()].flatMap((id) => {
    const source = index.sourcesById.get(id);
    return source ? [source] : [];
  });
}

/** A link is opened only when it is a well-formed http(s) URL; anything else is shown as text. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The source's descriptive line: "Publisher · Author · 8 April 2019". */
export function describeSource(source: Source): string {
  return [source.publisher, source.author, source.published && formatPartialDate(source.published)]
    .filter(Boolean)
    .join(" · ");
}

// --- How a source states a claim ----------------------------------------------------------------

/** A citation's stance; a citation that gives none states its claim as fact. */
export function stanceOf(citation: Citation): Stance {
  return citation.stance ?? "fact";
}

export function isStatedAsFact(citation: Citation): boolean {
  return stanceOf(citation) === "fact";
}

/**
 * How a relationship (or any cited statement) is stated across its citations: "fact" when every
 * source states it in its own voice, "mixed" when some do and some only report it or disagree,
 * "disputed" when none states it as fact and at least one marks it disputed, "claim" when every
 * citation reports someone's claim. Nothing cited (which the validator rejects) counts as "fact":
 * no citation says otherwise.
 */
export type StatedAs = "fact" | "mixed" | "claim" | "disputed";

export function statedAs(citations: readonly Citation[]): StatedAs {
  const facts = citations.filter(isStatedAsFact).length;
  if (facts === citations.length) return "fact";
  if (facts > 0) return "mixed";
  return citations.some((c) => stanceOf(c) === "disputed") ? "disputed" : "claim";
}

/** Not stated as fact by any of its citations: a claim or a disputed point only. */
export function isClaimedOnly(citations: readonly Citation[]): boolean {
  const stated = statedAs(citations);
  return stated === "claim" || stated === "disputed";
}

/**
 * What the panel says beside a quote: nothing for a fact, "Reported as a claim by <claimedBy>" for a
 * claim, "The sources disagree" for a disputed point. The format does not tell a claim from an
 * accusation, so the wording does not guess: it is a claim, and `claimedBy` says whose.
 */
export function stanceWords(citation: Citation): string | undefined {
  switch (stanceOf(citation)) {
    case "fact":
      return undefined;
    case "claim":
      return citation.claimedBy ? `Reported as a claim by ${citation.claimedBy}` : "Reported as a claim";
    case "disputed":
      return "The sources disagree";
  }
}

/** The short form exports print after a citation: "claim of <claimedBy>", "disputed"; none for a fact. */
export function stanceTag(citation: Citation): string | undefined {
  switch (stanceOf(citation)) {
    case "fact":
      return undefined;
    case "claim":
      return citation.claimedBy ? `claim of ${citation.claimedBy}` : "claim";
    case "disputed":
      return "disputed";
  }
}
