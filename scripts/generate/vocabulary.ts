/**
 * The vocabulary a generated dataset is written in (its node types and relationship types), read from
 * the datasets in graph-data/, so generated data reads the same in the app as the bundled data and
 * follows it when it changes. By default it is every bundled dataset's vocabulary together (each type
 * once, the first dataset's wording winning), so the synthetic network has every kind of tie the
 * bundled ones have. The generator itself never reads files: callers load a vocabulary and pass it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { z } from "zod";
import { nodeTypeSchema, relationshipTypeSchema, type Dataset } from "../../src/domain/dataset/schema";

export type Vocabulary = Pick<Dataset, "nodeTypes" | "relationshipTypes">;

/** The folder of bundled datasets, wherever the caller runs from. */
const BUNDLED = new URL("../../graph-data/", import.meta.url);
/** The bundled dataset read first: the default one in the app. */
export const BUNDLED_VOCABULARY = new URL("quds-force.json", BUNDLED);

/** The bundled dataset files, the default one first, then by name. */
export function bundledDatasetFiles(): URL[] {
  const others = readdirSync(BUNDLED)
    .filter((name) => name.endsWith(".json") && !/\.(schema|coverage)\.json$/.test(name))
    .filter((name) => name !== "quds-force.json")
    .sort();
  return [BUNDLED_VOCABULARY, ...others.map((name) => new URL(name, BUNDLED))];
}

/** Every bundled dataset's vocabulary together: each type id once, as the first dataset declares it. */
export function readBundledVocabulary(): Vocabulary {
  const merged: Vocabulary = { nodeTypes: [], relationshipTypes: [] };
  for (const file of bundledDatasetFiles()) {
    const { nodeTypes, relationshipTypes } = readVocabulary(file);
    const add = <T extends { id: string }>(into: T[], types: T[]) =>
      into.push(...types.filter((type) => !into.some((known) => known.id === type.id)));
    add(merged.nodeTypes, nodeTypes);
    add(merged.relationshipTypes, relationshipTypes);
  }
  return merged;
}

// Only the vocabulary is read: the rest of the file may be mid-edit without stopping the generator.
const vocabularySchema = z.object({
  nodeTypes: z.array(nodeTypeSchema).min(1),
  relationshipTypes: z.array(relationshipTypeSchema).min(1),
});

/** The vocabulary of one dataset file (a path is read from the working directory); throws with the reason. */
export function readVocabulary(file: string | URL): Vocabulary {
  const name = file instanceof URL ? file.pathname : file;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${name}: cannot read a dataset (${error instanceof Error ? error.message : error})`);
  }
  const parsed = vocabularySchema.safeParse(value);
  if (!parsed.success) throw new Error(`${name}: no usable vocabulary\n${z.prettifyError(parsed.error)}`);
  return { nodeTypes: parsed.data.nodeTypes, relationshipTypes: parsed.data.relationshipTypes };
}
