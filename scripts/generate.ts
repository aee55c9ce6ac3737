// npm run generate -- --actors 10000 --relationships 30000 --seed 1 --out bench/data/10k.json
//   [--vocabulary graph-data/quds-force.json] [--positions] [--pretty]
// Writes a synthetic dataset in the app's format (see scripts/generate/generateDataset.ts) and prints its
// size and how long it took. Its node and relationship types are those of the --vocabulary dataset (the
// bundled ones together by default). --positions gives every actor a saved position, so the app skips its layout.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { generateDataset } from "./generate/generateDataset";
import { readBundledVocabulary, readVocabulary } from "./generate/vocabulary";

const USAGE =
  "usage: npm run generate -- --actors N --relationships M [--seed S] --out FILE.json [--vocabulary graph-data/DATASET.json] [--positions] [--pretty]";

/** Ends the run with a message and exit code 2, for anything the caller asked that cannot be done. */
function refuse(message: string): never {
  console.error(message);
  process.exit(2);
}

function wholeNumber(name: string, text: string | undefined, fallback?: number): number {
  if (text === undefined && fallback !== undefined) return fallback;
  const value = Number(text);
  if (text === undefined || !Number.isSafeInteger(value) || value < 0)
    refuse(`--${name} must be a whole number >= 0\n${USAGE}`);
  return value;
}

const { values } = parseArgs({
  options: {
    actors: { type: "string" },
    relationships: { type: "string" },
    seed: { type: "string" },
    out: { type: "string" },
    vocabulary: { type: "string" },
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
  dataset = generateDataset(
    options,
    values.vocabulary ? readVocabulary(values.vocabulary) : readBundledVocabulary(),
  );
} catch (error) {
  refuse(String(error instanceof Error ? error.message : error));
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
    `${options.positions ? ", every actor positioned" : ""} (seed ${options.seed}, vocabulary ${values.vocabulary ?? "graph-data/quds-force.json"}); ` +
    `${(text.length / 1048576).toFixed(1)} MB; generated in ${Math.round(generated - started)} ms, ` +
    `written in ${Math.round(written - generated)} ms`,
);
