// Finds the system Chromium for browser tests: $CHROMIUM_PATH, else /usr/bin/chromium. Never downloads one.
import { accessSync, constants } from "node:fs";

export const CHROMIUM_INSTALL_HINT =
  "No Chromium found: install Debian's with `sudo apt-get install -y chromium` or set CHROMIUM_PATH to a Chromium binary.";

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    Boolean,
  );
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // try the next one
    }
  }
  return null;
}

/** The flags every headless run uses: no sandbox (root in CI), no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  "--disable-dev-shm-usage",
];
