/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/**
 * The Content-Security-Policy of the built page (README, "Security headers for hosts"). Scripts,
 * styles, fonts and workers come only from the app's own origin: no inline script, no eval, no
 * `<style>` element (styles set from JavaScript through the CSSOM, as React and Cytoscape do, are
 * allowed without 'unsafe-inline'). Images may also be blob: and data: URLs (export previews, the
 * favicon); fetch may reach any http(s) server, for datasets opened from a link's `?url=`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/**
 * Writes the policy into the built index.html as the first element of <head>, so it governs
 * everything after it. Build only: the dev server's hot reload injects inline scripts and styles.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}

// `base: "./"` makes the production build work from any static host or sub-folder.
export default defineConfig(({ mode }) => ({
  base: "./",
  plugins: [react(), contentSecurityPolicy()],
  define: {
    // The read-only test handle (window.__explorer) is compiled in only for e2e and benchmark builds.
    __EXPLORER_TEST_HANDLE__: JSON.stringify(
      mode === "test-handle" || process.env.EXPLORER_TEST_HANDLE === "1",
    ),
  },
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1200,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // Domain, store and headless-canvas tests run in node; component tests opt into jsdom per file.
          include: ["tests/unit/**/*.test.ts", "tests/components/**/*.test.tsx"],
          environment: "node",
          setupFiles: ["tests/setup.ts"],
          restoreMocks: true,
          // A time-out is not an assertion: no test checks speed, so a busy machine only makes them
          // slower. Generous limits keep `npm test` passing under load (scripts/test-under-load.sh).
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: "e2e",
          // Real Chromium (playwright-core) against the test build in dist-e2e/, see scripts/e2e.mjs.
          include: ["tests/e2e/**/*.e2e.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/globalSetup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Waits are on conditions; on a busy machine the conditions take longer to come true.
          expect: { poll: { timeout: 60_000 } },
          // One browser at a time: the machine has two cores and the canvas needs them.
          fileParallelism: false,
        },
      },
    ],
  },
}));
