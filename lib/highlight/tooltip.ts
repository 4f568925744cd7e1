// Hosts the claim tooltip in an open shadow root on the page: shown on hover or keyboard focus
// of a highlight, hidden on leave, blur or Escape. The host element is in the page only while a
// tooltip shows; aborting `signal` hides it and removes every listener.
import { autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import { h, render } from 'preact';
import { Tooltip } from '../../components/Tooltip';
import { TOOLTIP_CSS } from '../../components/Tooltip.styles';
import { EXTENSION_PREFIX, MARK_TAG } from '../article/page-text';
import type { Claim } from '../analyzer/types';
import { guarded } from './guard';

const TOOLTIP_HOST_TAG = `${EXTENSION_PREFIX}-tooltip`;

interface Surface {
  host: HTMLElement;
  /** The fixed-position box inside the shadow root that floating-ui places. */
  box: HTMLElement;
}

function markOf(target: EventTarget | null): HTMLElement | null {
  const element = target as Element | null;
  return typeof element?.closest === 'function' ? element.closest<HTMLElement>(MARK_TAG) : null;
}

/** The mark an event happened on: a mark in a page's shadow root reaches the document retargeted to its host. */
function markOfEvent(event: Event): HTMLElement | null {
  return markOf(event.composedPath()[0] ?? event.target);
}

function createSurface(doc: Document): Surface {
  const host = doc.createElement(TOOLTIP_HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = TOOLTIP_CSS;
  const box = doc.createElement('div');
  box.className = 'claim-tooltip-position';
  root.append(style, box);
  return { host, box };
}

/** Whether the highlight sits on a dark page, whatever the system's colour scheme says. */
function onDarkBackground(mark: Element): boolean {
  const view = mark.ownerDocument.defaultView;
  // The mark's own tint and other translucent layers say little about the page behind.
  for (let current = mark.parentElement; current && view; current = current.parentElement) {
    const channels = view.getComputedStyle(current).backgroundColor.match(/[\d.]+/g)?.map(Number);
    if (!channels || channels.length < 3 || (channels[3] ?? 1) < 0.5) continue;
    const [red = 0, green = 0, blue = 0] = channels;
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 128;
  }
  return false;
}

export function attachClaimTooltips(
  doc: Document,
  claimFor: (id: string) => Claim | undefined,
  signal: AbortSignal,
): void {
  let surface: Surface | null = null;
  let shown: { mark: HTMLElement; stopFollowing: () => void } | null = null;

  function hide(): void {
    if (!shown || !surface) return;
    shown.stopFollowing();
    shown = null;
    render(null, surface.box);
    surface.host.remove();
  }

  function show(mark: HTMLElement): void {
    const claim = claimFor(mark.getAttribute('data-claimlens-id') ?? '');
    if (!claim) return;
    hide();
    surface ??= createSurface(doc);
    const { host, box } = surface;
    doc.documentElement.append(host);
    render(h(Tooltip, { claim, darkPage: onDarkBackground(mark) }), box);
    const place = guarded(async () => {
      // The page re-rendered the highlight away: no leave event will come for it.
      if (!mark.isConnected) return hide();
      const { x, y } = await computePosition(mark, box, {
        strategy: 'fixed',
        placement: 'top',
        middleware: [inline(), offset(8), flip(), shift({ padding: 8 })],
      });
      if (shown?.mark !== mark) return;
      box.style.left = `${x}px`;
      box.style.top = `${y}px`;
    });
    shown = { mark, stopFollowing: autoUpdate(mark, box, place) };
  }

  const listen = { capture: true, passive: true, signal };
  doc.addEventListener(
    'mouseover',
    guarded((event: MouseEvent) => {
      const mark = markOfEvent(event);
      if (mark && mark !== shown?.mark) show(mark);
    }),
    listen,
  );
  doc.addEventListener(
    'mouseout',
    guarded((event: MouseEvent) => {
      if (shown && markOfEvent(event) === shown.mark && markOf(event.relatedTarget) !== shown.mark) hide();
    }),
    listen,
  );
  doc.addEventListener(
    'focusin',
    guarded((event: FocusEvent) => {
      const mark = markOfEvent(event);
      if (mark) show(mark);
    }),
    listen,
  );
  doc.addEventListener(
    'focusout',
    guarded((event: FocusEvent) => {
      if (shown && markOfEvent(event) === shown.mark) hide();
    }),
    listen,
  );
  doc.addEventListener(
    'keydown',
    guarded((event: KeyboardEvent) => {
      if (event.key === 'Escape') hide();
    }),
    listen,
  );
  signal.addEventListener('abort', guarded(hide), { once: true });
}
