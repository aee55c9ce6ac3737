/** PLACEHOLDER: the CSV reader arrives on merge; take that version. */
import { notAvailableYet } from "./placeholder";
import type { ReadResult } from "./types";

export function readCsv(files: { name: string; text: string }[]): ReadResult {
  return notAvailableYet(files.map((f) => f.name).join(" + "), "CSV");
}
