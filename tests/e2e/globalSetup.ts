// Serves the e2e build once for all browser test files and hands its URL to them.
import type { TestProject } from "vitest/node";
// @ts-expect-error -- a plain .mjs helper shared with the benchmark
import { serveStatic } from "../../scripts/serveStatic.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = (await serveStatic("dist-e2e")) as { url: string; close(): Promise<void> };
  project.provide("baseUrl", server.url);
  return () => server.close();
}
