/**
 * Where imported claims come from, said honestly. A file that names no sources is cited as itself: a
 * source of kind "dataset" titled after the file, whose note says it was imported and when, with a
 * locator per claim ("row 12", "node n3"), never a quote. These helpers make that source, recognise
 * it again in an open dataset, and count how many claims quote a source and how many rest on the
 * file alone, for the details panel and the exported footer.
 */
import type { Dataset, GraphEdge, GraphNode, Source } from "../dataset/schema";
import { countOf, formatCount } from "./mappingValues";

/** How every imported file's source note begins: how the app knows a source is a file it imported. */
export const IMPORT_NOTE_PREFIX = "Imported into Proxy Network Explorer from the file";

export function fileSource(id: string, file: string, formatLabel: string, importedOn: string): Source {
  return {
    id,
    title: file,
    kind: "dataset",
    note: `${IMPORT_NOTE_PREFIX} “${file}” (${formatLabel}) on ${importedOn}. The file names no source for the claims that cite it, so they cite the file, with where in it they are; it gives no quotes.`,
  };
}

export function isFileSource(source: Source | undefined): boolean {
  return source?.kind === "dataset" && (source.note?.startsWith(IMPORT_NOTE_PREFIX) ?? false);
}

export interface ClaimProvenance {
  /** Actors, relationships and attributes: every statement that cites something. */
  claims: number;
  /** Claims with a quote from a source other than an imported file. */
  quoted: number;
  /** Claims whose every citation is an imported file. */
  fileOnly: number;
  /** The imported files cited, by title. */
  files: string[];
}

/** Counts over the whole dataset, or over the given actors and relationships (an export's). */
export function claimProvenance(
  dataset: Dataset,
  only?: { nodeIds: ReadonlySet<string>; edgeIds: ReadonlySet<string> },
): ClaimProvenance {
  const files = new Set(dataset.sources.filter(isFileSource).map((s) => s.id));
  const titles = new Map(dataset.sources.map((s) => [s.id, s.title]));
  const cited = new Set<string>();
  let claims = 0;
  let quoted = 0;
  let fileOnly = 0;
  const count = (citations: GraphNode["citations"]) => {
    claims++;
    if (citations.some((c) => c.quote && !files.has(c.source))) quoted++;
    else if (citations.length > 0 && citations.every((c) => files.has(c.source))) fileOnly++;
    for (const c of citations) if (files.has(c.source)) cited.add(c.source);
  };
  const countElement = (element: GraphNode | GraphEdge) => {
    count(element.citations);
    for (const attribute of element.attributes ?? []) count(attribute.citations);
  };
  for (const node of dataset.nodes) if (!only || only.nodeIds.has(node.id)) countElement(node);
  for (const edge of dataset.edges) if (!only || only.edgeIds.has(edge.id)) countElement(edge);
  return { claims, quoted, fileOnly, files: [...cited].map((id) => titles.get(id) ?? id) };
}

/**
 * "312 of 1,204 claims quote a source; the rest cite only the file subset.graphml." Null when there
 * is nothing to count.
 */
export function describeProvenance(p: ClaimProvenance): string | null {
  if (p.claims === 0) return null;
  const unquoted = p.claims - p.quoted - p.fileOnly;
  const files = `the ${p.files.length === 1 ? "file" : "files"} ${p.files.join(" and ")}`;
  const quotedPart =
    p.quoted === p.claims
      ? `All ${countOf(p.claims, "claim")} quote a source`
      : p.quoted === 0
        ? `None of the ${countOf(p.claims, "claim")} quotes a source`
        : `${formatCount(p.quoted)} of ${countOf(p.claims, "claim")} quote a source`;
  const without = `${formatCount(unquoted)} cite${unquoted === 1 ? "s" : ""} a source without quoting it`;
  const fileOnly = `${formatCount(p.fileOnly)} cite${p.fileOnly === 1 ? "s" : ""} only ${files}`;
  if (p.fileOnly === 0) return unquoted === 0 ? `${quotedPart}.` : `${quotedPart}; ${without}.`;
  if (unquoted === 0) return `${quotedPart}; ${p.quoted === 0 ? "all" : "the rest"} cite only ${files}.`;
  return `${quotedPart}; ${without}, and ${fileOnly}.`;
}
