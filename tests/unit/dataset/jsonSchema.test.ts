// graph-data/dataset.schema.json is generated from the zod schema; this fails when it is stale.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datasetJsonSchema } from "../../../src/domain/dataset/schema";

const SCHEMA_FILE = new URL("../../../graph-data/dataset.schema.json", import.meta.url);
const HOW_TO_FIX = "run `npm run schema` to regenerate graph-data/dataset.schema.json";

describe("graph-data/dataset.schema.json", () => {
  it("exists", () => {
    expect(existsSync(SCHEMA_FILE), `the file is missing: ${HOW_TO_FIX}`).toBe(true);
  });

  it("matches datasetJsonSchema()", () => {
    const written: unknown = existsSync(SCHEMA_FILE)
      ? JSON.parse(readFileSync(SCHEMA_FILE, "utf8"))
      : undefined;
    expect(written, `the file is stale: ${HOW_TO_FIX}`).toEqual(datasetJsonSchema());
  });
});
