/**
 * Citations as a reader sees them: which sources a panel cites (each listed once, numbered in order
 * of first use), how a source is described, and which links are safe to open.
 */
import type { DatasetIndex } from "./datasetIndex";
import { formatPartialDate } from "./dates";
import type { Citation, GraphNode, Source } from "./schema";

/** Every citation a node makes, its attributes' included, in reading order. */
export function citationsOfNode(node: GraphNode): Citation[] {
  return [...node.citations, ...(node.attributes ?? []).flatMap((a) => a.citations)];
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
