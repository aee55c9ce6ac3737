// npm run generate -- --actors 10000 --relationships 30000 --seed 1 --out bench/data/10k.json [--positions] [--pretty]
// Writes a synthetic dataset in the app's format (see src/domain/generate.ts) and prints its size and
// how long it took. --positions gives every actor a saved position, so the app skips its layout.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { generateDataset } from "./generate/generateDataset";

const USAGE =
  "usage: npm run generate -- --actors N --relationships M [--seed S] --out FILE.json [--positions] [--pretty]";

function wholeNumber(name: string, text: string | undefined, fallback?: number): number {
  if (text === undefined && fallback !== undefined) return fallback;
  const value = Number(text);
  if (text === undefined || !Number.isSafeInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number >= 0\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

const { values } = parseArgs({
  options: {
    actors: { type: "string" },
    relationships: { type: "string" },
    seed: { type: "string" },
    out: { type: "string" },
    positions: { type: "boolean", default: false },
    pretty: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help || !values.out) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

const options = {
  actors: wholeNumber("actors", values.actors),
  relationships: wholeNumber("relationships", values.relationships),
  seed: wholeNumber("seed", values.seed, 1),
  positions: values.positions,
};
const started = performance.now();
let dataset;
try {
  dataset = generateDataset(options);
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(2);
}
const generated = performance.now();
const text = JSON.stringify(dataset, null, values.pretty ? 2 : undefined) + "\n";
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, text);
const written = performance.now();

const dated = dataset.edges.filter((e) => e.start || e.end).length;
console.log(
  `${values.out}: ${dataset.nodes.length} actors, ${dataset.edges.length} relationships, ` +
    `${dataset.sources.length} sources, ${dated} dated relationships` +
    `${options.positions ? ", every actor positioned" : ""} (seed ${options.seed}); ` +
    `${(text.length / 1048576).toFixed(1)} MB; generated in ${Math.round(generated - started)} ms, ` +
    `written in ${Math.round(written - generated)} ms`,
);
