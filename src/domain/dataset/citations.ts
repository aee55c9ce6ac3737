/**
 * Citations as a reader sees them: which sources a panel cites (each listed once, numbered in order
 * of first use), how partial dates read, and which links are safe to open.
 */
import type { DatasetIndex } from "./datasetIndex";
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

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2019" -> "2019", "2019-04" -> "April 2019", "2019-04-15" -> "15 April 2019". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A date span as a phrase: "1983", "2003 – 2011", "from 2019", "until 2018"; "" when undated. */
export function formatDateRange(start?: string, end?: string): string {
  if (start && end)
    return start === end
      ? formatPartialDate(start)
      : `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  if (start) return `from ${formatPartialDate(start)}`;
  if (end) return `until ${formatPartialDate(end)}`;
  return "";
}

/** The source's descriptive line: "Publisher · Author · 8 April 2019". */
export function describeSource(source: Source): string {
  return [source.publisher, source.author, source.published && formatPartialDate(source.published)]
    .filter(Boolean)
    .join(" · ");
}
