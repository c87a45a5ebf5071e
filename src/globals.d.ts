/** True in the `*-test` builds only (build.mjs `define`): they expose handlers the e2e tests call. */
declare const __PRECIS_TEST__: boolean;
