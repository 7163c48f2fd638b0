import { Button, Group, Text } from '@mantine/core';
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
  /** Red for what destroys or stops something, the default; another colour for what undoes that. */
  color?: string;
  pending: boolean;
  error: unknown;
}

/** An action that takes two clicks: the label asks, "Confirm …" does it. */
export function ConfirmButton(props: ConfirmButtonProps) {
  const { label, question, onConfirm, onCancel, dismissLabel = 'Cancel', color = 'red', pending, error } = props;
  const [confirming, setConfirming] = useState(false);

  if (!confirming) {
    return (
      <Button variant="subtle" color={color} size="xs" onClick={() => setConfirming(true)}>
        {label}
      </Button>
    );
  }
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm">{question}</Text>
      <Button color={color} size="xs" onClick={onConfirm} loading={pending}>
        Confirm {label.toLowerCase()}
      </Button>
      <Button
        variant="default"
        size="xs"
        onClick={() => {
          onCancel?.();
          setConfirming(false);
        }}
      >
        {dismissLabel}
      </Button>
      {error !== null && error !== undefined && <ProblemAlert error={error} />}
    </Group>
  );
}
