/**
 * The builds the benchmark measures: the app with the read-only test handle (dist-bench/), the
 * baseline page (dist-bench/baseline/) and the production build (dist-bench/prod/), which is weighed
 * for the JavaScript a first visit loads.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const BUILD_DIR = "dist-bench";
const PRODUCTION_DIR = `${BUILD_DIR}/prod`;

/** Runs a tool with its output on ours; throws when it fails. */
export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "inherit"], env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status}`);
}

export function build(): void {
  const withoutHandle = { ...process.env };
  delete withoutHandle.EXPLORER_TEST_HANDLE;
  const vite = ["vite", "build", "--logLevel", "warn"];
  runCommand("npx", [...vite, "--outDir", BUILD_DIR, "--emptyOutDir"], {
    ...process.env,
    EXPLORER_TEST_HANDLE: "1",
  });
  runCommand("npx", [...vite, "--config", "bench/vite.config.ts"]);
  runCommand("npx", [...vite, "--outDir", PRODUCTION_DIR, "--emptyOutDir"], withoutHandle);
}

/** Whether an earlier run left the app's and the baseline's builds (for --skip-build). */
export function hasBuild(): boolean {
  return existsSync(`${BUILD_DIR}/index.html`) && existsSync(`${BUILD_DIR}/baseline/baseline.html`);
}

export interface InitialJavaScript {
  files: { file: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
  allChunksGzip: number;
  chunkCount: number;
}

/** The production build's initial JavaScript, or null when there is no production build. */
export function productionJavaScript(): InitialJavaScript | null {
  return existsSync(`${PRODUCTION_DIR}/index.html`) ? initialJavaScript(PRODUCTION_DIR) : null;
}

/** The JavaScript index.html loads before anything else (its module script and modulepreloads). */
function initialJavaScript(dir: string): InitialJavaScript {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const files = new Set<string>();
  for (const tag of tags) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (tag.startsWith("<script") && src) files.add(src);
    if (/rel="modulepreload"/.test(tag) && href) files.add(href);
  }
  const sizes = [...files].map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file: file.replace(/^\.\//, ""), bytes: bytes.length, gzip: gzipSync(bytes).length };
  });
  const all = readdirSync(join(dir, "assets")).filter((f) => f.endsWith(".js"));
  const allGzip = all.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, "assets", f))).length, 0);
  return {
    files: sizes,
    bytes: sizes.reduce((s, f) => s + f.bytes, 0),
    gzip: sizes.reduce((s, f) => s + f.gzip, 0),
    allChunksGzip: allGzip,
    chunkCount: all.length,
  };
}
