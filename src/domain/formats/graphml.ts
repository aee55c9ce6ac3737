/** PLACEHOLDER: the GraphML reader arrives on merge; take that version. */
import { notAvailableYet } from "./placeholder";
import type { ReadResult } from "./types";

export function readGraphml(_text: string, file: string): ReadResult {
  return notAvailableYet(file, "GraphML");
}
