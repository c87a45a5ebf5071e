/**
 * The popup's palette (src/ui/theme.css, put in by the build) on the box instead of :root, since in a
 * shadow root :root is the page's; `.box[data-theme]` follows the reader's theme as the popup does.
 */
const PALETTE = __THEME_CSS__.replaceAll(':root', '.box');

/** The in-page box's own style, inside its shadow root: the page's CSS can't reach it. */
export const BOX_CSS = `
:host { all: initial; display: block; margin: 1em 0; }
${PALETTE}
.box {
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-inline-start: 4px solid var(--accent); border-radius: 8px;
  padding: 12px 16px 14px; box-sizing: border-box; max-width: 100%;
  box-shadow: 0 1px 3px rgb(0 0 0 / .08);
}
header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.brand { margin: 0; font-size: 12px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: var(--muted); }
button { font: inherit; color: inherit; }
.close {
  all: unset; cursor: pointer; font: 22px/1 system-ui, sans-serif; width: 28px; height: 28px; flex: none;
  display: grid; place-items: center; border-radius: 6px; color: var(--muted);
}
.close:hover { background: color-mix(in srgb, var(--fg) 8%, transparent); color: var(--fg); }
ul { margin: 6px 0 0; padding-inline-start: 1.2em; }
li { margin: 4px 0; }
li::marker { color: var(--accent); }
.sentence {
  all: unset; display: block; cursor: pointer; border-radius: 4px; text-align: start;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
}
.sentence:hover { text-decoration: underline; text-decoration-color: var(--accent); text-underline-offset: 3px; }
.close:focus-visible, .sentence:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
`;
