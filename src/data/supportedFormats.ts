/**
 * What the explorer opens, in words and for the file picker: every supported format with its
 * extensions, from the detector's SUPPORTED_FORMATS, and the messages that name a file's format.
 */
import { SUPPORTED_FORMATS } from "../domain/formats/detect";

const dotted = (extension: string) => (extension.startsWith(".") ? extension : `.${extension}`);

/** The picker's `accept`: every extension and MIME type, once each. */
export function acceptedFileTypes(): string {
  const all = SUPPORTED_FORMATS.flatMap((f) => [...f.extensions.map(dotted), ...f.mimeTypes]);
  return [...new Set(all)].join(",");
}

/** "GEXF (Gephi) (.gexf)", one per format. */
export function supportedFormatNames(): string[] {
  return SUPPORTED_FORMATS.map((f) => `${f.label} (${f.extensions.map(dotted).join(", ")})`);
}

/** The sentence the problems panel ends with when a file is not one the explorer opens. */
export function supportedFormatsText(): string {
  return `The explorer opens: ${supportedFormatNames().join("; ")}. CSV files open as a pair (a file of actors and a file of relationships) when chosen together.`;
}

/** "a GEXF 1.3 file", "an Excel workbook", "an XLSX file": the article as the label is read aloud. */
export function withArticle(label: string): string {
  if (/^(a|an|the) /i.test(label)) return label;
  const acronym = /^[A-Z]{2}/.test(label);
  const vowelSound = acronym ? /^[AEFHILMNORSX]/.test(label) : /^[aeiou]/i.test(label);
  return `${vowelSound ? "an" : "a"} ${label}`;
}

/**
 * A detector's label as a noun: "GEXF 1.3 (Gephi)" -> "GEXF 1.3 file (Gephi)", "graphology JSON" ->
 * "graphology JSON file"; a workbook or dataset is already one.
 */
export function asFileNoun(label: string): string {
  if (/\b(file|workbook|dataset)\b/i.test(label)) return label;
  const at = label.indexOf(" (");
  return at === -1 ? `${label} file` : `${label.slice(0, at)} file${label.slice(at)}`;
}

/** "a GEXF 1.3 file (Gephi)", "an Excel workbook (.xlsx)": what a file was found to be. */
export function describedFormat(label: string): string {
  return withArticle(asFileNoun(label));
}

/** "This is a GEXF 1.3 file (Gephi). Opening it…" */
export function openingMessage(label: string): string {
  return `This is ${describedFormat(label)}. Opening it…`;
}
