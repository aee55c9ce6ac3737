import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

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
      // Only src/cy/ may import cytoscape (see ARCHITECTURE.md).
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "cytoscape", message: "Only src/cy/ imports cytoscape." }] },
      ],
    },
  },
  {
    files: [
      "src/cy/**/*.{ts,tsx}",
      "src/testing/**/*.{ts,tsx}",
      "tests/**/*.{ts,tsx}",
      "bench/**/*.{ts,mjs}",
      "scripts/**/*.{ts,mjs}",
    ],
    rules: { "no-restricted-imports": "off" },
  },
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
