// The built page carries its Content-Security-Policy (a <meta> written at build time, see
// vite.config.ts) and runs a whole task under it without a single violation: open, filter, export
// PNG and SVG, open a file (the app's own, and a GEXF file read in the worker), and open a dataset
// from another server with `?url=`.
// An inline script injected at the end is blocked and reported: the policy is in force, and the
// collector would have seen any violation before it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import {
  baseUrl,
  canvasEdgeIds,
  launchBrowser,
  openRelationshipGroups,
  waitForGraph,
  waitPatiently,
} from "./browser";
import { bundledSubset, readBundledDataset } from "./datasetFacts";

const quds = readBundledDataset();
const REMOTE_URL = "https://datasets.example.org/remote-subset.json";

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  /** Where: the script and its line, so a failure names the code that tried. */
  source: string;
}

declare global {
  interface Window {
    __violations?: Violation[];
    __injectedRan?: boolean;
  }
}

/** Runs in the page before any of its scripts: every violation the page reports is kept. */
function collectViolations() {
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__violations!.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
    });
  });
}

const datasetTitle = (page: Page) => page.evaluate(() => window.__explorer?.datasetTitle() ?? null);

const violations = (page: Page) => page.evaluate(() => window.__violations ?? []);

const subset = (title: string) => JSON.stringify(bundledSubset(title, 6).dataset);

describe("the Content-Security-Policy", () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    await context.addInitScript(collectViolations);
    // The "other server" of ?url=, answered here; the policy is checked before any request leaves.
    await context.route(REMOTE_URL, (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/json",
        headers: { "access-control-allow-origin": "*" },
        body: subset("A dataset from another server"),
      }),
    );
    page = waitPatiently(await context.newPage());
    page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
    page.on("pageerror", (error) => errors.push(String(error)));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is in the built page, strict", async () => {
    await page.goto(baseUrl());
    await waitForGraph(page);
    const policy = await page.evaluate(
      () =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
    );
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "img-src 'self' blob: data:",
      "worker-src 'self' blob:",
      "connect-src 'self' https: http:",
    ])
      expect(policy).toContain(directive);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("a whole task runs under it without a violation: open, filter, export PNG and SVG, open a file, ?url=", async () => {
    await page.goto(baseUrl());
    await waitForGraph(page);

    // Filter: hide the first relationship type.
    const type = quds.relationshipTypes.find((t) => quds.edges.some((e) => e.type === t.id))!;
    await openRelationshipGroups(page);
    await page
      .getByRole("group", { name: /^Relationships/ })
      .getByRole("checkbox", { name: type.label, exact: true })
      .uncheck();
    const kept = quds.edges.filter((e) => e.type !== type.id).length;
    await expect.poll(async () => (await canvasEdgeIds(page)).length).toBe(kept);

    // Export PNG, then SVG (the preview is an image from a blob: URL).
    const dialog = page.getByRole("dialog", { name: "Export" });
    await page.getByRole("button", { name: "Export…" }).click();
    await dialog.getByRole("img", { name: "Preview of the exported image" }).waitFor();
    for (const format of ["png", "svg"]) {
      await dialog.getByRole("combobox", { name: "Format" }).selectOption(format);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        dialog.getByRole("button", { name: "Download" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
    }
    await dialog.getByRole("button", { name: "Close export" }).click();

    // Open a file (checked in the worker; parsed on the page).
    await page.getByTestId("dataset-file-input").setInputFiles({
      name: "subset.json",
      mimeType: "application/json",
      buffer: Buffer.from(subset("A file opened under the policy")),
    });
    await page.getByRole("heading", { level: 2, name: "A file opened under the policy" }).waitFor();
    await waitForGraph(page);
    expect(await violations(page)).toEqual([]);

    // A file of another format (read in the worker, mapped on the page).
    await page.getByTestId("dataset-file-input").setInputFiles({
      name: "parties.gexf",
      mimeType: "application/xml",
      buffer: readFileSync("tests/e2e/fixtures/parties.gexf"),
    });
    const mapping = page.getByRole("dialog", { name: /^Open “/ });
    await mapping.waitFor({ timeout: 60_000 });
    await mapping.getByRole("button", { name: "Open" }).click();
    await expect
      .poll(() => datasetTitle(page), { timeout: 60_000 })
      .not.toBe("A file opened under the policy");
    await waitForGraph(page);
    expect(await violations(page)).toEqual([]);

    // ?url=: a dataset from another server, fetched under connect-src.
    await page.goto(`${baseUrl()}?url=${encodeURIComponent(REMOTE_URL)}`);
    await expect.poll(() => datasetTitle(page), { timeout: 60_000 }).toBe("A dataset from another server");
    await waitForGraph(page);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("blocks an inline script and reports it (the collector works)", async () => {
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__injectedRan = true;";
      document.head.append(script);
    });
    expect(await page.evaluate(() => window.__injectedRan)).toBeUndefined();
    await expect
      .poll(async () => (await violations(page)).map((v) => v.directive))
      .toContain("script-src-elem");
  });
});
