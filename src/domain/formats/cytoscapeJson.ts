/** PLACEHOLDER: the Cytoscape JSON reader arrives on merge; take that version. */
import { notAvailableYet } from "./placeholder";
import type { ReadResult } from "./types";

export function readCytoscapeJson(_value: unknown, file: string): ReadResult {
  return notAvailableYet(file, "Cytoscape JSON");
}
