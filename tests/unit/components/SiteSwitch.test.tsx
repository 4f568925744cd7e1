// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteSwitch } from '../../../components/SiteSwitch';

afterEach(cleanup);

describe('SiteSwitch', () => {
  it('is a switch named after the site, showing its state', () => {
    render(<SiteSwitch hostname="news.example" enabled={true} onChange={() => {}} />);
    const control = screen.getByRole('switch', { name: /Highlight claims on news\.example/ });
    expect((control as HTMLInputElement).checked).toBe(true);
  });

  it('asks to switch off when clicked on, and on when clicked off', () => {
    const onChange = vi.fn();
    const { rerender } = render(<SiteSwitch hostname="news.example" enabled={true} onChange={onChange} />);
    fireEvent.click(screen.getByRole('switch'));
    expect(onChange).toHaveBeenLastCalledWith(false);

    rerender(<SiteSwitch hostname="news.example" enabled={false} onChange={onChange} />);
    expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('switch'));
    expect(onChange).toHaveBeenLastCalledWith(true);
  });
});
