/** True in the `*-test` builds only (build.mjs `define`): they expose handlers the e2e tests call. */
declare const __PRECIS_TEST__: boolean;
/** src/ui/theme.css as text (build.mjs and vitest.config.ts `define` it): the in-page box's palette. */
declare const __THEME_CSS__: string;
