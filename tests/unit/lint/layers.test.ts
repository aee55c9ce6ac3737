// The layer rules in eslint.config.js, run by ESLint itself on sample imports placed in each folder:
// every forbidden arrow fails with the layer's message, and the allowed ones pass.
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function importProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("layers only point down", () => {
  // The first run loads the parsers and plugins, which takes seconds on a busy machine.
  beforeAll(() => importProblems("src/domain/x.ts", ""), 120_000);

  it.each([
    ["src/domain/view/x.ts", 'import { x } from "react";'],
    ["src/domain/view/x.ts", 'import { x } from "zustand";'],
    ["src/domain/view/x.ts", 'import x from "cytoscape";'],
    ["src/domain/view/x.ts", 'import { x } from "../../store/selectors";'],
    ["src/domain/view/x.ts", 'import { x } from "../../cy/registry";'],
    ["src/domain/view/x.ts", 'import { x } from "../../components/search/SearchBox";'],
    ["src/domain/view/x.ts", 'import { x } from "../../data/loads";'],
    ["src/data/x.ts", 'import { x } from "../store";'],
    ["src/data/x.ts", 'import { x } from "../components/open/DatasetMenu";'],
    ["src/data/x.ts", 'import x from "cytoscape";'],
    ["src/store/x.ts", 'import { x } from "../components/open/DatasetMenu";'],
    ["src/store/x.ts", 'import { x } from "../cy/controller";'],
    ["src/store/x.ts", 'import { x } from "react";'],
    ["src/cy/x.ts", 'import { x } from "../store";'],
    ["src/cy/x.ts", 'import { x } from "../store/selectors";'],
    ["src/cy/x.ts", 'import { x } from "../components/canvas/GraphCanvas";'],
    ["src/cy/x.ts", 'import { x } from "zustand";'],
    ["src/components/canvas/x.ts", 'import x from "cytoscape";'],
    ["src/components/canvas/x.ts", 'import x from "cytoscape-fcose";'],
    ["src/testing/x.ts", 'import x from "cytoscape";'],
  ])("%s may not say %s", async (file, code) => {
    expect(await importProblems(file, code)).toHaveLength(1);
  });

  it.each([
    ["src/domain/view/x.ts", 'import { x } from "../dataset/schema";'],
    ["src/data/x.ts", 'import { x } from "../domain/validation/validate";'],
    ["src/store/x.ts", 'import { x } from "../data/loads";'],
    ["src/store/x.ts", 'import { create as x } from "zustand";'],
    ["src/cy/x.ts", 'import x from "cytoscape";'],
    ["src/cy/x.ts", 'import { x } from "../domain/view/types";'],
    ["src/components/canvas/x.ts", 'import { x } from "../../store";'],
    ["src/components/canvas/x.ts", 'import { x } from "../../cy/registry";'],
    ["src/components/canvas/x.ts", 'import { x } from "react";'],
    ["src/testing/x.ts", 'import type { Core as x } from "cytoscape";'],
    ["src/testing/x.ts", 'import { x } from "../store";'],
    ["tests/unit/x.ts", 'import x from "cytoscape";'],
  ])("%s may say %s", async (file, code) => {
    expect(await importProblems(file, code)).toEqual([]);
  });

  it("says why, in the layer's words", async () => {
    const [message] = await importProblems("src/cy/x.ts", 'import { x } from "../store";');
    expect(message).toContain("never reads the store");
  });
});
