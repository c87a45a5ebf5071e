/** True in the `*-test` builds only (build.mjs `define`): they expose handlers the e2e tests call. */
declare const __PRECIS_TEST__: boolean;
/** True in bench builds only (`node build.mjs --bench`): src/bench-marks.ts marks each stage of a click. */
declare const __PRECIS_BENCH__: boolean;
/** Bench builds only: when the bundle began to run (its first line, build.mjs `banner`), in ms since the epoch. */
declare const __precisEvaluatingAt: number;
