import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The layers point only down (see README, "Code layout"): components -> store -> data -> domain, and
// cy beside the store, read by components and never reading the store. Each folder lists what it may
// not import; tests/unit/lint/layers.test.ts shows every rule failing when broken.
const REACT = ["react", "react-dom", "react/*", "react-dom/*"];
const ZUSTAND = ["zustand", "zustand/*"];
const CYTOSCAPE = ["cytoscape", "cytoscape-*"];
const folder = (name) => [`**/${name}`, `**/${name}/**`];

function layer(files, packages, folders, why) {
  return {
    files,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...(packages.length ? [{ group: packages, message: why }] : []),
            ...(folders.length ? [{ group: folders.flatMap(folder), message: why }] : []),
          ],
        },
      ],
    },
  };
}

const layerRules = [
  layer(
    ["src/domain/**/*.{ts,tsx}"],
    [...REACT, ...ZUSTAND, ...CYTOSCAPE, "idb-keyval"],
    ["store", "cy", "components", "data", "testing"],
    "src/domain is pure TypeScript: no React, Zustand, Cytoscape or browser storage, and nothing from the layers above it.",
  ),
  layer(
    ["src/data/**/*.{ts,tsx}"],
    [...REACT, ...ZUSTAND, ...CYTOSCAPE],
    ["store", "cy", "components", "testing"],
    "src/data loads datasets for the store: it imports the domain only.",
  ),
  layer(
    ["src/store/**/*.{ts,tsx}"],
    [...REACT, ...CYTOSCAPE],
    ["cy", "components", "testing"],
    "src/store calls data/ and domain/; the canvas and the UI read it, never the other way round.",
  ),
  layer(
    ["src/cy/**/*.{ts,tsx}"],
    [...REACT, ...ZUSTAND],
    ["store", "components", "data", "testing"],
    "src/cy owns the Cytoscape instance and takes what it draws as arguments: it never reads the store or the UI.",
  ),
  layer(
    ["src/components/**/*.{ts,tsx}", "src/App.tsx", "src/main.tsx"],
    CYTOSCAPE,
    ["testing"],
    "Only src/cy/ imports cytoscape; components reach the canvas through cy/registry.",
  ),
  {
    files: ["src/testing/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: CYTOSCAPE.filter((name) => !name.includes("*")).map((name) => ({
            name,
            message:
              "The test handle reads the canvas through cy/registry; it may use cytoscape's types only.",
            allowTypeImports: true,
          })),
          patterns: [{ group: folder("components"), message: "The test handle reads facts, not the UI." }],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-e2e",
      "dist-*/",
      "node_modules",
      "coverage",
      "bench/results",
      "bench/data",
      ".scratch",
      "screenshots",
    ],
  },
  {
    files: ["**/*.{ts,tsx}"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      // Dataset text is rendered as text; raw HTML injection is never allowed.
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Render dataset text as text; never inject HTML.",
        },
      ],
    },
  },
  ...layerRules,
  {
    files: ["**/*.{js,mjs}"],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.node, ...globals.browser },
    },
  },
);
