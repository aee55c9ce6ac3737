// Facts about the bundled dataset, read from the file itself, so the browser tests check the canvas
// against the data rather than against numbers copied into the test.
import { readFileSync } from "node:fs";
import type { Dataset } from "../../src/domain/dataset/schema";

export function readBundledDataset(file = "quds-force.json"): Dataset {
  return JSON.parse(readFileSync(new URL(`../../graph-data/${file}`, import.meta.url), "utf8")) as Dataset;
}
