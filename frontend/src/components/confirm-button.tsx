import { useState, type ReactNode } from 'react';

import { ProblemAlert } from './problem-alert';

interface ConfirmButtonProps {
  /** What the first button says, e.g. "Delete". */
  label: string;
  /** The question shown with the confirm button. */
  question: ReactNode;
  onConfirm: () => void;
  onCancel?: () => void;
  /** What the button that changes one's mind says; "Cancel" unless that is the action itself. */
  dismissLabel?: string;
  pending: boolean;
  error: unknown;
}

/** An action that takes two clicks: the label asks, "Confirm …" does it. */
export function ConfirmButton(props: ConfirmButtonProps) {
  const { label, question, onConfirm, onCancel, dismissLabel = 'Cancel', pending, error } = props;
  const [confirming, setConfirming] = useState(false);

  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="delete-confirmation">
      <span>{question}</span>
      <button type="button" onClick={onConfirm} disabled={pending}>
        Confirm {label.toLowerCase()}
      </button>
      <button
        type="button"
        onClick={() => {
          onCancel?.();
          setConfirming(false);
        }}
      >
        {dismissLabel}
      </button>
      {error !== null && error !== undefined && <ProblemAlert error={error} />}
    </div>
  );
}
