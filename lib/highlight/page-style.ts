// The few rules that style highlights live in the page itself (marks are page elements); one
// <style data-claimlens> per document, and per open shadow root holding marks (page styles do not
// reach into shadow roots), shared by every set of highlights and removed with the last.
import { MARK_TAG } from '../article/page-text';

// all: unset keeps the page's universal rules (`* {…}`) off the marks; the few properties that
// make the highlight are !important so that broad page rules (`article * {…}`) cannot hide it.
const MARK_CSS = `
${MARK_TAG} {
  all: unset;
  display: inline !important;
  cursor: help;
  border-radius: 2px;
  box-decoration-break: clone;
  -webkit-box-decoration-break: clone;
  text-decoration-line: underline !important;
  text-decoration-thickness: 2px !important;
  text-underline-offset: 0.2em;
  text-decoration-skip-ink: none;
}
${MARK_TAG}[data-claimlens-status="disputed"] {
  background-color: rgba(214, 48, 38, 0.16) !important;
  text-decoration-style: wavy !important;
  text-decoration-color: #c5221f !important;
}
${MARK_TAG}[data-claimlens-status="unconfirmed"] {
  background-color: rgba(234, 160, 0, 0.2) !important;
  text-decoration-style: dashed !important;
  text-decoration-color: #b06f00 !important;
}
${MARK_TAG}[data-claimlens-status="supported"] {
  background-color: rgba(30, 142, 62, 0.16) !important;
  text-decoration-style: double !important;
  text-decoration-color: #1e8e3e !important;
}
${MARK_TAG}[data-claimlens-status="uncontested"] {
  background-color: rgba(66, 133, 244, 0.14) !important;
  text-decoration-style: dotted !important;
  text-decoration-color: #3c6fd1 !important;
}
${MARK_TAG}:focus-visible {
  outline: 2px solid #3c6fd1 !important;
  outline-offset: 1px;
}
@media (forced-colors: active) {
  ${MARK_TAG} { text-decoration-color: Highlight !important; }
}
`;

const users = new WeakMap<Document | ShadowRoot, { style: HTMLStyleElement; count: number }>();

/** Adds the highlight stylesheet to the page or shadow root (once); the returned function takes it away again. */
export function useHighlightStyle(root: Document | ShadowRoot): () => void {
  const doc = root.ownerDocument ?? (root as Document);
  const entry = users.get(root) ?? { style: doc.createElement('style'), count: 0 };
  if (entry.count === 0) {
    entry.style.setAttribute('data-claimlens', '');
    entry.style.textContent = MARK_CSS;
    users.set(root, entry);
  }
  // Also when the page replaced its <head>, and our sheet with it.
  if (!entry.style.isConnected) (root === doc ? (doc.head ?? doc.documentElement) : root).append(entry.style);
  entry.count += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    entry.count -= 1;
    if (entry.count === 0) {
      entry.style.remove();
      users.delete(root);
    }
  };
}
