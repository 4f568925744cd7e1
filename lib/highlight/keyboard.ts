// Keyboard reading of the claims: Alt+Shift+J / Alt+Shift+K move focus to the next / previous
// claim (focus shows its tooltip). Keys are matched by position (event.code) so the shortcut is
// the same on every layout; typing in the page's fields is never intercepted.
import { guarded } from './guard';

const STEP: Record<string, number> = { KeyJ: 1, KeyK: -1 };

const FIELDS = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return typeof element?.closest === 'function' && element.closest(FIELDS) !== null;
}

/** The focused element, looked for inside open shadow roots too. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function prefersReducedMotion(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** `marks` gives the current highlights in reading order. */
export function attachClaimNavigation(doc: Document, marks: () => readonly HTMLElement[], signal: AbortSignal): void {
  doc.addEventListener(
    'keydown',
    guarded((event: KeyboardEvent) => {
      const step = STEP[event.code];
      if (!step || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      // The first piece of each occurrence is the one that takes focus.
      const claims = marks().filter((mark) => mark.hasAttribute('tabindex') && mark.isConnected);
      if (claims.length === 0) return;
      const active = deepActiveElement(doc);
      const current = claims.findIndex((mark) => mark.contains(active));
      const next = current < 0 ? (step > 0 ? 0 : claims.length - 1) : (current + step + claims.length) % claims.length;
      event.preventDefault();
      const target = claims[next]!;
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'center', behavior: prefersReducedMotion(doc) ? 'auto' : 'smooth' });
    }),
    { capture: true, signal },
  );
}
