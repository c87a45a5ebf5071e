/** True in the `*-test` builds only (build.mjs `define`): they expose handlers the e2e tests call. */
declare const __PRECIS_TEST__: boolean;
/** src/ui/theme.css as text (build.mjs and vitest.config.ts `define` it): the in-page box's palette. */
declare const __THEME_CSS__: string;
/** True in bench builds only (`node build.mjs --bench`): src/bench-marks.ts marks each stage of a click. */
declare const __PRECIS_BENCH__: boolean;
/** Bench builds only: when the bundle began to run (its first line, build.mjs `banner`), in ms since the epoch. */
declare const __precisEvaluatingAt: number;
