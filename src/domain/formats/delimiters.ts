/**
 * Which character separates a delimited text's columns: the one that every one of the first
 * records has the same number of (quotes respected), the most of them winning. Shared by content
 * detection and the CSV reader, so that both read a file the same way.
 */

export interface Delimiter {
  char: string;
  label: string;
}

export const DELIMITERS: readonly Delimiter[] = [
  { char: ",", label: "CSV (comma-separated)" },
  { char: ";", label: "CSV (semicolon-separated)" },
  { char: "\t", label: "TSV (tab-separated)" },
  { char: "|", label: "CSV (pipe-separated)" },
];

/**
 * How many of each delimiter each of the first `records` non-blank records has. A quote opens a
 * quoted field only at the start of a field, and "" inside one is a quote, as in RFC 4180.
 * A record still open when the text ends is left out: it may have been cut off.
 */
export function delimiterCounts(text: string, records = 10): number[][] {
  const counts: number[][] = [];
  let current = DELIMITERS.map(() => 0);
  let quoted = false;
  let fieldStart = true;
  let blank = true;
  for (let i = 0; i < text.length && counts.length < records; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') i += 1;
        else quoted = false;
      }
      continue;
    }
    if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      if (!blank) counts.push(current);
      current = DELIMITERS.map(() => 0);
      fieldStart = true;
      blank = true;
      continue;
    }
    if (char !== " ") blank = false;
    if (char === '"' && fieldStart) {
      quoted = true;
      continue;
    }
    const index = DELIMITERS.findIndex((delimiter) => delimiter.char === char);
    if (index !== -1) current[index] = (current[index] ?? 0) + 1;
    fieldStart = index !== -1;
  }
  return counts;
}

/**
 * The delimiter the records agree on, or undefined when none does (a single column, or prose).
 * `preferred` breaks a tie (a .tsv file's tab); otherwise the order of DELIMITERS does.
 */
export function guessDelimiter(text: string, complete: boolean, preferred?: string): Delimiter | undefined {
  const counts = delimiterCounts(complete ? `${text}\n` : text);
  if (counts.length === 0) return undefined;
  const consistent = DELIMITERS.map((_, d) => {
    const perRecord = counts.map((record) => record[d] ?? 0);
    const first = perRecord[0] ?? 0;
    return first > 0 && perRecord.every((count) => count === first) ? first : 0;
  });
  const best = Math.max(...consistent);
  if (best === 0) return undefined;
  const tied = DELIMITERS.filter((_, d) => consistent[d] === best);
  return tied.find((delimiter) => delimiter.char === preferred) ?? tied[0];
}

/**
 * The delimiter to parse a whole file with: the agreed one, else the one the header has most of
 * (rows with the wrong number of fields are then reported), else a comma (a single column).
 */
export function fileDelimiter(text: string): string {
  const agreed = guessDelimiter(text.slice(0, 1 << 20), text.length <= 1 << 20);
  if (agreed) return agreed.char;
  const header = delimiterCounts(text, 1)[0] ?? [];
  const most = Math.max(0, ...header);
  return most === 0 ? "," : (DELIMITERS[header.indexOf(most)]?.char ?? ",");
}
