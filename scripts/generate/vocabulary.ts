/**
 * The vocabulary a generated dataset is written in (its node types and relationship types), read from a
 * dataset in graph-data/, so generated data reads the same in the app as the bundled data and follows
 * it when it changes. The generator itself never reads files: callers load a vocabulary here and pass it.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { nodeTypeSchema, relationshipTypeSchema, type Dataset } from "../../src/domain/dataset/schema";

export type Vocabulary = Pick<Dataset, "nodeTypes" | "relationshipTypes">;

/** The bundled dataset, wherever the caller runs from. */
export const BUNDLED_VOCABULARY = new URL("../../graph-data/quds-force.json", import.meta.url);

// Only the vocabulary is read: the rest of the file may be mid-edit without stopping the generator.
const vocabularySchema = z.object({
  nodeTypes: z.array(nodeTypeSchema).min(1),
  relationshipTypes: z.array(relationshipTypeSchema).min(1),
});

/** The vocabulary of a dataset file (a path is read from the working directory); throws with the reason. */
export function readVocabulary(file: string | URL = BUNDLED_VOCABULARY): Vocabulary {
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
