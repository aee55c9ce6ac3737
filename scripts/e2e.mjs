// npm run test:e2e: builds the app with the read-only test handle, then runs the browser tests in
// tests/e2e against that build, served on a free loopback port, in the system Chromium.
import { spawnSync } from "node:child_process";
import { CHROMIUM_INSTALL_HINT, findChromium } from "./findChromium.mjs";

const chromium = findChromium();
if (!chromium) {
  console.error(CHROMIUM_INSTALL_HINT);
  process.exit(1);
}

const env = { ...process.env, CHROMIUM_PATH: chromium };
const run = (args, extraEnv = {}) =>
  spawnSync("npx", args, { stdio: "inherit", env: { ...env, ...extraEnv } }).status ?? 1;

const built = run(["vite", "build", "--outDir", "dist-e2e", "--emptyOutDir", "--logLevel", "warn"], {
  EXPLORER_TEST_HANDLE: "1",
});
if (built !== 0) process.exit(built);

process.exit(run(["vitest", "run", "--project", "e2e", ...process.argv.slice(2)]));
