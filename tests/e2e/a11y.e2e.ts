// axe-core in the real app, in every state a user reaches: the overview, an actor and a relationship
// selected, the path finder, focus mode, the export dialog, the mapping dialog, the problems panel and
// the table view (both tables, a row selected).
// Any violation of impact moderate or higher fails the test; the report names rule, impact and nodes.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appPagePerTest, clickNode } from "./browser";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const FAILING_IMPACTS = new Set(["moderate", "serious", "critical"]);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe on the whole page and returns one line per violation at moderate or above. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not cover:
  // a <script> tag with axe's source would be inline script, which the policy rightly refuses.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return (found as Violation[])
    .filter((v) => v.impact !== null && FAILING_IMPACTS.has(v.impact))
    .map(
      (v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`,
    );
}

describe("axe finds no violation of impact moderate or higher", () => {
  let page: Page;
  appPagePerTest((current) => ({ page } = current));

  it("the overview", async () => {
    expect(await violations(page)).toEqual([]);
  });

  it("an actor selected", async () => {
    await clickNode(page, "hezbollah");
    await page.getByRole("heading", { level: 2, name: "Hezbollah" }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it("a relationship selected", async () => {
    await clickNode(page, "hezbollah");
    await page
      .getByRole("button", { name: /^Details of the relationship with / })
      .first()
      .click();
    await page.getByRole("heading", { level: 2 }).filter({ hasNotText: "Hezbollah" }).first().waitFor();
    await page.getByText("Relationship", { exact: true }).first().waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it("the path finder in use", async () => {
    const finder = page.getByRole("group", { name: "Path finder" });
    await finder.getByRole("combobox", { name: "From actor" }).fill("Trump");
    await finder.getByRole("option", { name: /^Donald Trump/ }).waitFor();
    // The list of matches open: the combobox and its listbox are checked too.
    expect(await violations(page)).toEqual([]);
    await finder.getByRole("option", { name: /^Donald Trump/ }).click();
    await finder.getByRole("combobox", { name: "To actor" }).fill("Hizballah");
    await finder.getByRole("option", { name: /^Hezbollah/ }).click();
    await finder.getByRole("button", { name: "Find path" }).click();
    await page.getByRole("region", { name: "Path" }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it("focus mode", async () => {
    await clickNode(page, "qasem-soleimani");
    await page.getByRole("button", { name: "Focus", exact: true }).click();
    await page.getByRole("region", { name: "Focus" }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it("the export dialog open", async () => {
    await page.getByRole("button", { name: "Export…" }).click();
    await page.getByRole("dialog", { name: "Export" }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it("the table view, both tables, a row selected", async () => {
    await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Table" }).click();
    await page
      .getByRole("grid", { name: "Actors" })
      .getByRole("row", { name: /^Hezbollah/ })
      .click();
    await page.getByRole("heading", { level: 2, name: "Hezbollah" }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole("group", { name: "Table" }).getByRole("button", { name: "Relationships" }).click();
    await page.getByRole("grid", { name: "Relationships" }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it("the mapping dialog open", async () => {
    await page.getByTestId("dataset-file-input").setInputFiles(fixture("parties.gexf"));
    await page.getByRole("dialog", { name: /^Open “/ }).waitFor({ timeout: 30_000 });
    expect(await violations(page)).toEqual([]);
  });

  it("the problems panel", async () => {
    await page.getByTestId("dataset-file-input").setInputFiles(fixture("broken.gexf"));
    await page.getByRole("alertdialog").waitFor({ timeout: 30_000 });
    expect(await violations(page)).toEqual([]);
  });
});
