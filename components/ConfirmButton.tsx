// A destructive action that takes a second, explicit click.
import { useState } from 'preact/hooks';

export interface ConfirmButtonProps {
  /** The first button's text, e.g. "Forget all pages…". */
  label: string;
  /** What the second click will do, asked in words. */
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
}

export function ConfirmButton({ label, question, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="quiet" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span role="group" aria-label={`Confirm: ${label.replace(/…$/, '')}`} class="confirm">
      {question}{' '}
      <button
        type="button"
        class="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)} autoFocus>
        Cancel
      </button>
    </span>
  );
}
