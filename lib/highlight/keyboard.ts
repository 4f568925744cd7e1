// Keyboard reading of the claims: Alt+Shift+J / Alt+Shift+K move focus to the next / previous
// claim (focus shows its tooltip). Keys are matched by position (event.code) so the shortcut is
// the same on every layout; typing in the page's fields is never intercepted.
import { MARK_TAG } from '../article/page-text';
import { guarded } from './guard';

const STEP: Record<string, number> = { KeyJ: 1, KeyK: -1 };

const FIELDS = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return typeof element?.closest === 'function' && element.closest(FIELDS) !== null;
}

export function attachClaimNavigation(doc: Document, signal: AbortSignal): void {
  doc.addEventListener(
    'keydown',
    guarded((event: KeyboardEvent) => {
      const step = STEP[event.code];
      if (!step || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      // The first piece of each occurrence is the one that takes focus.
      const claims = [...doc.querySelectorAll<HTMLElement>(`${MARK_TAG}[tabindex]`)];
      if (claims.length === 0) return;
      const current = claims.findIndex((mark) => mark.contains(doc.activeElement));
      const next = current < 0 ? (step > 0 ? 0 : claims.length - 1) : (current + step + claims.length) % claims.length;
      event.preventDefault();
      claims[next]!.focus();
    }),
    { capture: true, signal },
  );
}
