// The base styles come first: each component's own styles, imported with it, build on them.
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { useExplorerStore } from "./store";

// The read-only test handle exists only in e2e and benchmark builds (see vite.config.ts).
if (__EXPLORER_TEST_HANDLE__) {
  void import("./testing/testHandle").then(({ installTestHandle }) => installTestHandle(useExplorerStore));
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
