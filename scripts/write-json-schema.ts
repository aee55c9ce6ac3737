/**
 * `npm run schema`: writes graph-data/dataset.schema.json, the JSON Schema editors use for completion
 * and inline checks, from `datasetJsonSchema()` so it never drifts from the zod schema.
 * Formatted with the repo's prettier settings so `prettier --check .` stays clean.
 * tests/unit/jsonSchema.test.ts fails when the committed file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { datasetJsonSchema } from "../src/domain/dataset/schema";

const OUTPUT = fileURLToPath(new URL("../graph-data/dataset.schema.json", import.meta.url));

async function main(): Promise<void> {
  const options = (await resolveConfig(OUTPUT)) ?? {};
  const json = await format(JSON.stringify(datasetJsonSchema(), null, 2), { ...options, filepath: OUTPUT });
  writeFileSync(OUTPUT, json);
  console.log(`wrote ${OUTPUT}`);
}

await main();
