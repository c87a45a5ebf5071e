/** The in-page box's own style, inside its shadow root: the page's CSS can't reach it. */
export const BOX_CSS = `
:host { all: initial; display: block; margin: 1em 0; }
.box {
  --bg: #fbfaf7; --fg: #1d1d1f; --muted: #5b5b66; --accent: #2f5bd3; --line: #dedbd2;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 8px;
  padding: 12px 16px 14px; box-sizing: border-box; max-width: 100%;
}
@media (prefers-color-scheme: dark) {
  .box { --bg: #1f2024; --fg: #ececf1; --muted: #a5a5b2; --accent: #8fb0ff; --line: #3a3b42; }
}
header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.brand { margin: 0; font-size: 12px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: var(--muted); }
.close {
  all: unset; cursor: pointer; font-size: 20px; line-height: 1; width: 28px; height: 28px;
  display: grid; place-items: center; border-radius: 6px; color: var(--muted);
}
.close:hover { background: color-mix(in srgb, var(--fg) 8%, transparent); color: var(--fg); }
.close:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
ul { margin: 6px 0 0; padding-inline-start: 1.2em; }
li { margin: 4px 0; }
li::marker { color: var(--accent); }
`;
