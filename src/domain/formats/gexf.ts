/** PLACEHOLDER: the GEXF reader arrives on merge; take that version. */
import { notAvailableYet } from "./placeholder";
import type { ReadResult } from "./types";

export function readGexf(_text: string, file: string): ReadResult {
  return notAvailableYet(file, "GEXF");
}
