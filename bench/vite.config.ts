// Builds the benchmark's baseline page (bench/baseline.html: plain Cytoscape.js, no React, no store)
// and the import peers' page (bench/importPeers.html) into dist-bench/baseline/, next to the app's benchmark build in dist-bench/. See bench/run.ts.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "./",
  // Inside bench/ there is no public/ folder and no app config: this page is on its own.
  publicDir: false,
  build: {
    target: "es2022",
    outDir: fileURLToPath(new URL("../dist-bench/baseline", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: [
        fileURLToPath(new URL("baseline.html", import.meta.url)),
        fileURLToPath(new URL("importPeers.html", import.meta.url)),
        fileURLToPath(new URL("tablePeer.html", import.meta.url)),
        fileURLToPath(new URL("measuresPeer.html", import.meta.url)),
      ],
    },
  },
});
