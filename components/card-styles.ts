/**
 * Styles of Tactful's overlay (card, picker, flag list, live region). They live inside the
 * overlay's shadow root, so page CSS cannot reach them and they cannot reach the page.
 */
export const OVERLAY_CSS = `
:host { all: initial; }
.dialog {
  position: fixed; box-sizing: border-box; width: min(380px, calc(100vw - 16px)); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, .22); padding: 12px 14px; text-align: start; outline: none;
}
.dialog[data-theme="light"] {
  --bg: #fff; --fg: #1f1f1f; --muted: #5f6368; --border: #c4c7c5; --accent: #0b57d0;
  --on-accent: #fff; --selected: #e8f0fe; --focus: #0b57d0; --error: #b3261e;
}
.dialog[data-theme="dark"] {
  --bg: #2b2c2f; --fg: #e8eaed; --muted: #bdc1c6; --border: #5f6368; --accent: #a8c7fa;
  --on-accent: #062e6f; --selected: #3c4a61; --focus: #a8c7fa; --error: #f2b8b5;
}
h2 { font-size: 14px; font-weight: 600; margin: 0 0 6px; }
p { margin: 6px 0; }
q { quotes: "“" "”"; }
.badge {
  display: inline-block; font-size: 12px; font-weight: 600; padding: 1px 8px; margin-inline-end: 6px;
  border-radius: 999px; color: #fff; background: var(--cat);
}
.cat-stop-phrase { --cat: #c5221f; } .cat-blame-shift { --cat: #b3400a; } .cat-badmouthing { --cat: #8430ce; }
.cat-overpromise { --cat: #1967d2; } .cat-runaround { --cat: #137333; }
[role="listbox"] { list-style: none; margin: 8px 0; padding: 2px; border-radius: 8px; max-height: 240px; overflow: auto; }
[role="option"] { padding: 6px 8px; border-radius: 6px; cursor: pointer; }
[role="option"][aria-selected="true"] { background: var(--selected); }
.kind { display: block; font-size: 11px; letter-spacing: .03em; text-transform: uppercase; color: var(--muted); }
.preview { display: block; font-size: 12px; color: var(--muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button {
  font: inherit; font-size: 13px; color: var(--fg); background: transparent; border: 1px solid var(--border);
  border-radius: 6px; padding: 4px 10px; cursor: pointer;
}
button.primary { background: var(--accent); border-color: var(--accent); color: var(--on-accent); }
input {
  font: inherit; width: 100%; box-sizing: border-box; padding: 6px 8px; color: var(--fg); background: var(--bg);
  border: 1px solid var(--border); border-radius: 6px;
}
label { display: block; margin: 6px 0 2px; font-size: 12px; color: var(--muted); }
:focus-visible, [role="listbox"]:focus, input:focus { outline: 2px solid var(--focus); outline-offset: 1px; }
.status { color: var(--error); }
.footer { margin: 8px 0 0; font-size: 12px; color: var(--muted); }
kbd { font: inherit; font-size: 11px; border: 1px solid var(--border); border-radius: 3px; padding: 0 3px; }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
`;
