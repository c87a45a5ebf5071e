/** True in the `*-test` builds only (build.mjs `define`): they expose handlers the e2e tests call. */
declare const __PRECIS_TEST__: boolean;
/** True in bench builds only (`node build.mjs --bench`): src/bench-marks.ts marks each stage of a click. */
declare const __PRECIS_BENCH__: boolean;
