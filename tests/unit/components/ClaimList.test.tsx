// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimList } from '../../../components/ClaimList';
import { makeClaim } from './fixtures';

afterEach(cleanup);

describe('ClaimList', () => {
  it('groups claims by status, contested first, with counts', () => {
    render(
      <ClaimList
        claims={[
          makeClaim('u1', 'uncontested'),
          makeClaim('d1', 'disputed'),
          makeClaim('s1', 'supported'),
          makeClaim('d2', 'disputed'),
        ]}
      />,
    );
    const headings = screen.getAllByRole('heading').map((heading) => heading.textContent);
    expect(headings).toEqual(['Disputed (2)', 'Supported (1)', 'Uncontested (1)']);

    const disputed = screen.getByRole('region', { name: 'Disputed (2)' });
    const items = within(disputed).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'Disputed asserter d1 (side d1)claim d1',
      'Disputed asserter d2 (side d2)claim d2',
    ]);
  });

  it('says so when the page has no claims', () => {
    render(<ClaimList claims={[]} />);
    expect(screen.getByText('No claims found on this page.')).toBeTruthy();
  });

  it('shows page text as text, never as markup', () => {
    const markup = '<img src=x onerror="alert(1)">';
    const { container } = render(
      <ClaimList claims={[makeClaim('x', 'disputed', { text: markup, asserter: { name: markup, side: 'Russia' } })]} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(markup);
  });
});
