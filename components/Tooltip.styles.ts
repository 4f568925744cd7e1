// The tooltip's stylesheet, for its shadow root: the page's CSS cannot reach in, and this
// cannot leak out. Status colours match the popup's (components/ui.css).
export const TOOLTIP_CSS = `
:host {
  all: initial;
}
.claim-tooltip-position {
  position: fixed;
  top: 0;
  left: 0;
  z-index: 2147483647;
  pointer-events: none;
  width: max-content;
  max-width: min(22rem, calc(100vw - 16px));
}
.claim-tooltip {
  --bg: #ffffff;
  --fg: #1d1f23;
  --muted: #5b6270;
  --border: #d6d9df;
  --disputed: #b3261e;
  --unconfirmed: #8a5a00;
  --supported: #1e6b34;
  --uncontested: #44546a;
  box-sizing: border-box;
  padding: 0.5rem 0.75rem;
  border: 1px solid var(--border);
  border-left: 4px solid var(--status);
  border-radius: 6px;
  background: var(--bg);
  color: var(--fg);
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
  font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  text-align: start;
  overflow-wrap: anywhere;
  animation: claim-tooltip-in 120ms ease-out;
}
@keyframes claim-tooltip-in {
  from { opacity: 0; transform: translateY(2px); }
}
@media (prefers-reduced-motion: reduce) {
  .claim-tooltip { animation: none; }
}
.claim-tooltip[data-status='disputed'] { --status: var(--disputed); }
.claim-tooltip[data-status='unconfirmed'] { --status: var(--unconfirmed); }
.claim-tooltip[data-status='supported'] { --status: var(--supported); }
.claim-tooltip[data-status='uncontested'] { --status: var(--uncontested); }
.claim-tooltip p { margin: 0; }
.claim-tooltip-asserter { color: var(--muted); font-size: 0.9em; margin-bottom: 0.25rem !important; }
.claim-tooltip-status strong, .claim-tooltip-icon { color: var(--status); }
.claim-tooltip-icon { font-weight: bold; }
@media (prefers-color-scheme: dark) {
  .claim-tooltip {
    --bg: #202124; --fg: #e8eaed; --muted: #a3a9b4; --border: #3c4043;
    --disputed: #f28b82; --unconfirmed: #fdd663; --supported: #81c995; --uncontested: #aab4c3;
  }
}
.claim-tooltip[data-page='dark'] {
  --bg: #202124; --fg: #e8eaed; --muted: #a3a9b4; --border: #3c4043;
  --disputed: #f28b82; --unconfirmed: #fdd663; --supported: #81c995; --uncontested: #aab4c3;
}
@media (forced-colors: active) {
  .claim-tooltip { border: 1px solid CanvasText; }
}
`;
