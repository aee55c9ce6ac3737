/**
 * PLACEHOLDER until the readers are merged: every reader answers "not available yet". The real
 * readers (gexf, graphml, csv, xlsx, cytoscapeJson, graphologyJson, detect) replace these modules
 * on merge; this file goes with them.
 */
import type { ReadResult } from "./types";

export function notAvailableYet(file: string, format: string): ReadResult {
  return {
    ok: false,
    problems: [
      { severity: "error", file, path: "", message: `Reading ${format} files is not available yet.` },
    ],
  };
}
