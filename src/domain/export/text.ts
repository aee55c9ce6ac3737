/**
 * The words that travel with an export: file names, the sources footer printed under images, the
 * "copy citations" text, and citations flattened to one cell for the CSV and GraphML writers.
 * An export leaves the app, so it must carry its own sources: every export names the sources its
 * actors and relationships cite, numbered in dataset order. It also carries how each source states
 * what it is cited for: a citation that reports someone's claim says "(claim of X)", a disputed one
 * "(disputed)"; a citation without such a mark is the source's own statement of fact.
 */
import { citationsOfEdge, citationsOfNode, safeHttpUrl, stanceOf, stanceTag } from "../dataset/citations";
import { exportedEdges, exportedNodes, type ExportElements, type ExportScope } from "./scope";
import type { DatasetIndex } from "../dataset/datasetIndex";
import { asVerb } from "../dataset/relationships";
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
export function exportFileName(
  datasetId: string,
  scope: ExportScope | "table",
  date: Date,
  extension: string,
): string {
  return `${fileSlug(datasetId)}-${scope}-${isoDay(date)}.${extension.replace(/^\.+/, "")}`;
}

// --- Sources ------------------------------------------------------------------------------------

/** Every citation the exported actors and relationships make, their attributes' included. */
function exportedCitations(index: DatasetIndex, elements: ExportElements): Citation[] {
  return [
    ...exportedNodes(index, elements).flatMap(citationsOfNode),
    ...exportedEdges(index, elements).flatMap(citationsOfEdge),
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
  const stances = stancesBySource(exportedCitations(index, elements));
  const provenance = claimProvenance(index.dataset, elements);
  const fileOnly = provenance.fileOnly > 0 ? describeProvenance(provenance) : null;
  const lines = sourceLines(sources, Math.max(1, maxLines - (fileOnly ? 2 : 1)), (source) =>
    sourceStanceNote(stances.get(source.id)),
  );
  if (lines.length > 0) lines[0] = `Sources: ${lines[0]}`;
  return [...lines, ...(fileOnly ? [fileOnly] : []), exportLine(index, date)];
}

interface SourceStances {
  /** Whose claims the source is cited as reporting, in order of first use. */
  claimants: Set<string>;
  /** Cited for a claim that does not say whose (the validator rejects these; an export still says so). */
  anonymousClaim: boolean;
  disputed: boolean;
}

/** Per source, what it is cited for other than its own statements of fact. */
function stancesBySource(citations: readonly Citation[]): Map<string, SourceStances> {
  const bySource = new Map<string, SourceStances>();
  for (const citation of citations) {
    const stance = stanceOf(citation);
    if (stance === "fact") continue;
    let entry = bySource.get(citation.source);
    if (!entry) {
      entry = { claimants: new Set(), anonymousClaim: false, disputed: false };
      bySource.set(citation.source, entry);
    }
    if (stance === "disputed") entry.disputed = true;
    else if (citation.claimedBy) entry.claimants.add(citation.claimedBy);
    else entry.anonymousClaim = true;
  }
  return bySource;
}

/** " (cited for claims of A; B and disputed points)", or "" for a source cited only for facts. */
function sourceStanceNote(stances: SourceStances | undefined): string {
  if (!stances) return "";
  const parts = [
    stances.claimants.size > 0 ? `claims of ${[...stances.claimants].join("; ")}` : "",
    stances.claimants.size === 0 && stances.anonymousClaim ? "claims" : "",
    stances.disputed ? "disputed points" : "",
  ].filter(Boolean);
  return parts.length > 0 ? ` (cited for ${parts.join(" and ")})` : "";
}

function sourceLines(
  sources: readonly Source[],
  budget: number,
  note: (source: Source) => string = () => "",
): string[] {
  const listed = (items: readonly Source[]) =>
    items.map((source, i) => `[${i + 1}] ${formatSourceReference(source)}${note(source)}`);
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

export function relationshipLabel(index: DatasetIndex, edge: GraphEdge): string {
  return index.relationshipTypesById.get(edge.type)?.label ?? edge.type;
}

/** "Quds Force trains Hezbollah": the relationship read from source to target. */
export function relationshipSentence(index: DatasetIndex, edge: GraphEdge): string {
  const verb = asVerb(relationshipLabel(index, edge));
  return `${actorLabel(index, edge.source)} ${verb} ${actorLabel(index, edge.target)}`;
}

/**
 * What follows a citation in an export: " (claim of X)" or " (disputed)", then " (note: …)" when
 * the citation has a note; nothing for a plain statement of fact.
 */
export function citationStanceSuffix(citation: Citation): string {
  const tag = stanceTag(citation);
  return `${tag ? ` (${tag})` : ""}${citation.note ? ` (note: ${citation.note})` : ""}`;
}

/** "“quote” — Source title (locator) (claim of X)": one citation as a data-file cell reads it. */
export function formatCitation(index: DatasetIndex, citation: Citation): string {
  const title = index.sourcesById.get(citation.source)?.title ?? citation.source;
  const where = citation.locator ? ` (${citation.locator})` : "";
  const text = citation.quote ? `“${citation.quote}” — ${title}${where}` : `${title}${where}`;
  return text + citationStanceSuffix(citation);
}

/** An element's citations as text, attribute citations prefixed with what they support ("Size: …"). */
function citationTexts(index: DatasetIndex, element: GraphNode | GraphEdge): string[] {
  return [
    ...element.citations.map((citation) => formatCitation(index, citation)),
    ...(element.attributes ?? []).flatMap((attribute) =>
      attribute.citations.map((citation) => `${attribute.label}: ${formatCitation(index, citation)}`),
    ),
  ];
}

export function nodeCitationTexts(index: DatasetIndex, node: GraphNode): string[] {
  return citationTexts(index, node);
}

/** A relationship's citations as text, its attributes' ("Measure: …") included. */
export function edgeCitationTexts(index: DatasetIndex, edge: GraphEdge): string[] {
  return citationTexts(index, edge);
}

/** "Size: 10,000 members; Founded: 1982": attributes in one cell. */
export function attributesText(element: GraphNode | GraphEdge): string {
  return (element.attributes ?? []).map((a) => `${a.label}: ${a.value}`).join("; ");
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
 *     Quds Force supports Hamas: “provides material support to … Hamas” [2] (claim of the State Department)
 *
 *     Actors
 *     Quds Force: “Iran’s Quds Force is in charge” [1, paragraph 1]
 *     Quds Force, Size (10,000 to 20,000 members): “about 10,000 to 20,000 members” [1, paragraph 8]
 *
 * Every claim line ends with bracketed numbers into the source list, with the locator beside the
 * number, so each quote can be checked against its source, and a reported claim or disputed point
 * says so after its reference. Empty sections are left out.
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
      edges.flatMap((edge) => relationshipClaimLines(index, edge, cite)),
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

function relationshipClaimLines(
  index: DatasetIndex,
  edge: GraphEdge,
  cite: (citations: readonly Citation[]) => string,
): string[] {
  const heading = relationshipHeading(index, edge);
  return [
    `${heading}: ${cite(edge.citations)}`,
    ...(edge.attributes ?? []).map(
      (attribute) => `${heading}, ${attribute.label} (${attribute.value}): ${cite(attribute.citations)}`,
    ),
  ];
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
      const cited = citation.quote ? `“${citation.quote}” [${ref}]` : `[${ref}]`;
      return cited + citationStanceSuffix(citation);
    })
    .join("; ");
}
