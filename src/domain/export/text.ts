/**
 * The words that travel with an export: file names, the sources footer printed under images, the
 * "copy citations" text, and citations flattened to one cell for the CSV and GraphML writers.
 * An export leaves the app, so it must carry its own sources: every export names the sources its
 * actors and relationships cite, numbered in dataset order.
 */
import { citationsOfNode, safeHttpUrl } from "../dataset/citations";
import { exportedEdges, exportedNodes, type ExportElements, type ExportScope } from "./scope";
import type { DatasetIndex } from "../dataset/datasetIndex";
import type { Citation, GraphEdge, GraphNode, Source } from "../dataset/schema";
import { formatDateRange, formatPartialDate } from "../dataset/dates";
import { claimProvenance, describeProvenance } from "../formats/provenance";

export const APP_NAME = "Proxy Network Explorer";

// --- File names ---------------------------------------------------------------------------------

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** "2026-11-25" in the user's own calendar: the day they exported on, not the UTC day. */
export function isoDay(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Ids are slugs already; this only guards against a stray character ending up in a file name. */
function fileSlug(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "dataset" : slug;
}

/** "quds-force-graph-2026-11-25.png": sorts by dataset, then scope, then day in a folder. */
export function exportFileName(datasetId: string, scope: ExportScope, date: Date, extension: string): string {
  return `${fileSlug(datasetId)}-${scope}-${isoDay(date)}.${extension.replace(/^\.+/, "")}`;
}

// --- Sources ------------------------------------------------------------------------------------

/** Every citation the exported actors (attributes included) and relationships make. */
function exportedCitations(index: DatasetIndex, elements: ExportElements): Citation[] {
  return [
    ...exportedNodes(index, elements).flatMap(citationsOfNode),
    ...exportedEdges(index, elements).flatMap((edge) => edge.citations),
  ];
}

/** The sources behind the export, each once, in the dataset's order (so numbers are stable). */
export function sourcesCitedBy(index: DatasetIndex, elements: ExportElements): Source[] {
  const cited = new Set(exportedCitations(index, elements).map((citation) => citation.source));
  return index.dataset.sources.filter((source) => cited.has(source.id));
}

/** Ends a sentence with a full stop unless it already ends with punctuation ("Why?" stays). */
function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** "Title. Publisher, Author, 8 April 2019. https://…": only the parts the dataset knows. */
export function formatSourceReference(source: Source): string {
  const details = [source.publisher, source.author, source.published && formatPartialDate(source.published)]
    .filter(Boolean)
    .join(", ");
  const url = safeHttpUrl(source.url);
  return [sentence(source.title), details && sentence(details), url].filter(Boolean).join(" ");
}

function numberedSources(sources: readonly Source[]): Map<string, number> {
  return new Map(sources.map((source, i) => [source.id, i + 1]));
}

// --- Image footer -------------------------------------------------------------------------------

export function exportLine(index: DatasetIndex, date: Date): string {
  return `Exported from ${APP_NAME} on ${isoDay(date)} · ${index.dataset.title}`;
}

/**
 * The lines printed under an exported image: "[n] reference" per source, the first prefixed
 * "Sources: ", then, for a dataset imported from a file, how many claims quote a source and how many
 * cite only the file, then the export line. An image has room for only so many lines, so past
 * `maxLines - 1` source lines the last one says how many more there are (the JSON and citation
 * list exports carry them all).
 */
export function composeFooterLines(
  index: DatasetIndex,
  elements: ExportElements,
  date: Date,
  maxLines = 8,
): string[] {
  const sources = sourcesCitedBy(index, elements);
  const provenance = claimProvenance(index.dataset, elements);
  const fileOnly = provenance.fileOnly > 0 ? describeProvenance(provenance) : null;
  const lines = sourceLines(sources, Math.max(1, maxLines - (fileOnly ? 2 : 1)));
  if (lines.length > 0) lines[0] = `Sources: ${lines[0]}`;
  return [...lines, ...(fileOnly ? [fileOnly] : []), exportLine(index, date)];
}

function sourceLines(sources: readonly Source[], budget: number): string[] {
  const listed = (items: readonly Source[]) =>
    items.map((source, i) => `[${i + 1}] ${formatSourceReference(source)}`);
  if (sources.length <= budget) return listed(sources);
  const shown = sources.slice(0, budget - 1);
  const rest = sources.length - shown.length;
  return [...listed(shown), shown.length === 0 ? `${rest} sources` : `… and ${rest} more sources`];
}

// --- Citations as text --------------------------------------------------------------------------

/** The readable name of an actor: its label, or its id if the dataset lost track of it. */
function actorLabel(index: DatasetIndex, nodeId: string): string {
  return index.nodesById.get(nodeId)?.label ?? nodeId;
}

/** "Trains" reads as a verb inside a sentence ("trains"), but "UN member" keeps its capitals. */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

export function relationshipLabel(index: DatasetIndex, edge: GraphEdge): string {
  return index.relationshipTypesById.get(edge.type)?.label ?? edge.type;
}

/** "Quds Force trains Hezbollah": the relationship read from source to target. */
export function relationshipSentence(index: DatasetIndex, edge: GraphEdge): string {
  const verb = inSentence(relationshipLabel(index, edge));
  return `${actorLabel(index, edge.source)} ${verb} ${actorLabel(index, edge.target)}`;
}

/** "“quote” — Source title (locator)": one citation as a data-file cell reads it. */
export function formatCitation(index: DatasetIndex, citation: Citation): string {
  const title = index.sourcesById.get(citation.source)?.title ?? citation.source;
  const where = citation.locator ? ` (${citation.locator})` : "";
  return citation.quote ? `“${citation.quote}” — ${title}${where}` : `${title}${where}`;
}

/** An actor's citations as text, attribute citations prefixed with what they support ("Size: …"). */
export function nodeCitationTexts(index: DatasetIndex, node: GraphNode): string[] {
  return [
    ...node.citations.map((citation) => formatCitation(index, citation)),
    ...(node.attributes ?? []).flatMap((attribute) =>
      attribute.citations.map((citation) => `${attribute.label}: ${formatCitation(index, citation)}`),
    ),
  ];
}

export function edgeCitationTexts(index: DatasetIndex, edge: GraphEdge): string[] {
  return edge.citations.map((citation) => formatCitation(index, citation));
}

/** The ids of the sources a list of citations names, each once, in order of first use. */
export function citedSourceIds(citations: readonly Citation[]): string[] {
  return [...new Set(citations.map((citation) => citation.source))];
}

// --- "Copy citations" ---------------------------------------------------------------------------

/**
 * The text "copy citations" puts on the clipboard, meant to be pasted into notes or a report:
 *
 *     Iran’s Quds Force and its regional network: 3 actors, 2 relationships.
 *
 *     Sources
 *     [1] An article.
 *     [2] Treasury press release. U.S. Department of the Treasury, 25 October 2007. https://…
 *
 *     Relationships
 *     Quds Force trains Hezbollah (from 1982): “cultivate one of its first allied militias” [1]
 *     United States sanctions Quds Force (from 25 October 2007): [2, press release]
 *
 *     Actors
 *     Quds Force: “Iran’s Quds Force is in charge” [1, paragraph 1]
 *     Quds Force, Size (10,000 to 20,000 members): “about 10,000 to 20,000 members” [1, paragraph 8]
 *
 * Every claim line ends with bracketed numbers into the source list, with the locator beside the
 * number, so each quote can be checked against its source. Empty sections are left out.
 */
export function formatCitationList(index: DatasetIndex, elements: ExportElements): string {
  const nodes = exportedNodes(index, elements);
  const edges = exportedEdges(index, elements);
  const sources = sourcesCitedBy(index, elements);
  const numbers = numberedSources(sources);
  const cite = (citations: readonly Citation[]) => citationsInline(citations, numbers);
  const sections = [
    [`${index.dataset.title}: ${count(nodes.length, "actor")}, ${count(edges.length, "relationship")}.`],
    section(
      "Sources",
      sources.map((source, i) => `[${i + 1}] ${formatSourceReference(source)}`),
    ),
    section(
      "Relationships",
      edges.map((edge) => `${relationshipHeading(index, edge)}: ${cite(edge.citations)}`),
    ),
    section(
      "Actors",
      nodes.flatMap((node) => actorClaimLines(node, cite)),
    ),
  ];
  return `${sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join("\n"))
    .join("\n\n")}\n`;
}

/** "1 actor", "3 actors". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function section(heading: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : [heading, ...lines];
}

function relationshipHeading(index: DatasetIndex, edge: GraphEdge): string {
  const dates = formatDateRange(edge.start, edge.end);
  return dates ? `${relationshipSentence(index, edge)} (${dates})` : relationshipSentence(index, edge);
}

function actorClaimLines(node: GraphNode, cite: (citations: readonly Citation[]) => string): string[] {
  return [
    `${node.label}: ${cite(node.citations)}`,
    ...(node.attributes ?? []).map(
      (attribute) => `${node.label}, ${attribute.label} (${attribute.value}): ${cite(attribute.citations)}`,
    ),
  ];
}

/** “quote” [1, paragraph 4]; [2, press release] */
function citationsInline(citations: readonly Citation[], numbers: ReadonlyMap<string, number>): string {
  return citations
    .map((citation) => {
      const ref = [numbers.get(citation.source) ?? "?", citation.locator].filter(Boolean).join(", ");
      return citation.quote ? `“${citation.quote}” [${ref}]` : `[${ref}]`;
    })
    .join("; ");
}
