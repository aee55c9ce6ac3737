/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// `base: "./"` makes the production build work from any static host or sub-folder.
export default defineConfig(({ mode }) => ({
  base: "./",
  plugins: [react()],
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
        },
      },
      {
        test: {
          name: "e2e",
          // Real Chromium (playwright-core) against the test build in dist-e2e/, see scripts/e2e.mjs.
          include: ["tests/e2e/**/*.e2e.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/globalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores and the canvas needs them.
          fileParallelism: false,
        },
      },
    ],
  },
}));
