/** PLACEHOLDER: the XLSX reader arrives on merge; take that version. */
import { notAvailableYet } from "./placeholder";
import type { ReadResult } from "./types";

export function readXlsx(
  _bytes: ArrayBuffer,
  file: string,
  _sheets?: { elements?: string; connections?: string },
): Promise<ReadResult> {
  return Promise.resolve(notAvailableYet(file, "Excel"));
}

export function listSheets(_bytes: ArrayBuffer, _file: string): Promise<string[]> {
  return Promise.resolve([]);
}
