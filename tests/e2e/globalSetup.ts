// Serves the e2e build once for all browser test files and hands its URL to them. The import
// fixtures (tests/e2e/fixtures) are copied into the build so `?url=` links can fetch them from the
// app's own origin, and served a second time from another origin without CORS headers, for the
// CORS failure.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import type { TestProject } from "vitest/node";
// @ts-expect-error -- a plain .mjs helper shared with the benchmark
import { serveStatic } from "../../scripts/serveStatic.mjs";
import { smallDataset } from "../fixtures/smallDataset";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The same fixtures on another origin, which sends no CORS headers. */
    otherOriginUrl: string;
  }
}

type Server = { url: string; close(): Promise<void> };

export default async function setup(project: TestProject) {
  mkdirSync("dist-e2e/fixtures", { recursive: true });
  cpSync("tests/e2e/fixtures", "dist-e2e/fixtures", { recursive: true });
  writeFileSync("dist-e2e/fixtures/small.json", JSON.stringify(smallDataset(), null, 2));
  const server = (await serveStatic("dist-e2e")) as Server;
  const other = (await serveStatic("dist-e2e/fixtures")) as Server;
  project.provide("baseUrl", server.url);
  project.provide("otherOriginUrl", other.url);
  return async () => {
    await server.close();
    await other.close();
  };
}
