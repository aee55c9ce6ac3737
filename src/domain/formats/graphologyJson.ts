/** PLACEHOLDER: the graphology JSON reader arrives on merge; take that version. */
import { notAvailableYet } from "./placeholder";
import type { ReadResult } from "./types";

export function readGraphologyJson(_value: unknown, file: string): ReadResult {
  return notAvailableYet(file, "graphology JSON");
}
