// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { Tooltip } from '../../../components/Tooltip';
import { extractArticle } from '../../../lib/article';
import type { Claim } from '../../../lib/analyzer/types';
import { attachClaimTooltips, highlightClaims, type Highlights } from '../../../lib/highlight';
import { loadPage } from '../../fixtures/pages/load';
import { claimOf } from './claims';

const RESPONSE_TEXT =
  'However, the Ukrainian military firmly dismissed these assertions, stating that there is no encirclement threat.';

function encirclementClaim(text: string): Claim {
  return claimOf(text, 'Ukrainian fighters are encircled', 'disputed', { name: 'The Russian government', side: 'Russia' }, [
    { by: { name: 'Trump', side: 'United States' }, stance: 'supports', text: 'a narrative that was echoed by former President Trump' },
    { by: { name: 'the Ukrainian military', side: 'Ukraine' }, stance: 'denies', text: RESPONSE_TEXT },
  ]);
}

describe('Tooltip', () => {
  afterEach(cleanup);

  test('names the asserter and side, the status in words, and quotes the deciding response', () => {
    render(<Tooltip claim={encirclementClaim(RESPONSE_TEXT + ' Ukrainian fighters are encircled')} />);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain('Claim by the Russian government (Russia)');
    expect(tooltip.textContent).toContain(`Disputed — the Ukrainian military (Ukraine): “${RESPONSE_TEXT}”`);
    expect(tooltip.textContent).not.toContain('Trump');
  });

  test('an uncontested claim says no response is reported', () => {
    const claim = claimOf('The ministry said the offer remains open.', 'the offer remains open', 'uncontested', {
      name: 'Kremlin spokesperson Dmitri S. Peskov',
      side: 'Russia',
    });
    render(<Tooltip claim={claim} />);
    expect(screen.getByRole('tooltip').textContent).toMatch(
      /^Claim by Kremlin spokesperson Dmitri S\. Peskov \(Russia\).*Uncontested — no response/,
    );
  });

  test('a side that only repeats the asserter’s name is not shown twice', () => {
    const claim = claimOf('The union said the losses were small.', 'the losses were small', 'uncontested', {
      name: "The dockworkers' union",
      side: "dockworkers' union",
    });
    render(<Tooltip claim={claim} />);
    expect(screen.getByRole('tooltip').textContent).toMatch(/^Claim by the dockworkers' union– Uncontested/);
  });

  test('a long response is cut at a word, and page text is rendered as text', () => {
    const words = `<img src=x onerror="alert(1)"> ${'word '.repeat(80)}`;
    const claim = claimOf('They said it.', 'it', 'unconfirmed', { name: 'officials', side: 'Ruritania' }, [
      { by: { name: '<b>someone</b>', side: 'Ruritania' }, stance: 'unconfirmed', text: words },
    ]);
    render(<Tooltip claim={claim} />);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.querySelector('img, b')).toBeNull();
    expect(tooltip.textContent).toContain('Unconfirmed — <b>someone</b> (Ruritania): “<img src=x');
    expect(tooltip.textContent).toMatch(/word…”$/);
  });
});

describe('attachClaimTooltips on the seed page', () => {
  let highlights: Highlights | null = null;
  let controller = new AbortController();

  afterEach(() => {
    controller.abort();
    highlights?.remove();
  });

  function setUp(): { marks: readonly HTMLElement[]; host: () => HTMLElement | null } {
    const article = extractArticle(loadPage('seed-kursk.html'))!;
    const claim = encirclementClaim(article.text);
    highlights = highlightClaims([claim], article.map);
    controller = new AbortController();
    attachClaimTooltips(document, (id) => (id === claim.id ? claim : undefined), controller.signal);
    return { marks: highlights.marks, host: () => document.querySelector<HTMLElement>('claimlens-tooltip') };
  }

  function tooltipText(host: HTMLElement | null): string | null | undefined {
    return host?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent;
  }

  test('hover shows the tooltip in an open shadow root on <html>; leaving removes its host', () => {
    const { marks, host } = setUp();
    expect(host()).toBeNull();
    marks[0]!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(host()!.parentElement).toBe(document.documentElement);
    expect(tooltipText(host())).toContain('Disputed — the Ukrainian military (Ukraine)');
    marks[0]!.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    expect(host()).toBeNull();
  });

  test('keyboard focus shows it, Escape and blur hide it', () => {
    const { marks, host } = setUp();
    marks[1]!.focus();
    expect(tooltipText(host())).toContain('Claim by the Russian government (Russia)');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host()).toBeNull();
    marks[0]!.focus();
    expect(host()).not.toBeNull();
    marks[0]!.blur();
    expect(host()).toBeNull();
  });

  test('on a dark page the tooltip takes the dark palette; on a light one it follows the system', () => {
    const { marks, host } = setUp();
    marks[0]!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(host()!.shadowRoot!.querySelector('[role="tooltip"]')!.hasAttribute('data-page')).toBe(false);
    marks[0]!.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    document.body.style.backgroundColor = 'rgb(17, 17, 17)';
    marks[1]!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(host()!.shadowRoot!.querySelector('[role="tooltip"]')!.getAttribute('data-page')).toBe('dark');
  });

  test('a mark whose claim is unknown shows nothing', () => {
    const { marks, host } = setUp();
    marks[0]!.setAttribute('data-claimlens-id', 'unknown');
    marks[0]!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(host()).toBeNull();
  });

  test('abort removes the tooltip and stops listening; the page is left as it was', () => {
    const before = loadPage('seed-kursk.html').documentElement.outerHTML;
    const { marks, host } = setUp();
    marks[0]!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(host()).not.toBeNull();
    controller.abort();
    highlights!.remove();
    highlights = null;
    expect(host()).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
    document.querySelector('p')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(host()).toBeNull();
  });
});
