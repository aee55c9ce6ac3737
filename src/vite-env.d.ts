/// <reference types="vite/client" />

/** True only in builds made for the e2e tests and the benchmark (see vite.config.ts). */
declare const __EXPLORER_TEST_HANDLE__: boolean;
