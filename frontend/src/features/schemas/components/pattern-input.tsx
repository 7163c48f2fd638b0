import { Anchor, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

import { samplePattern } from '../lib/pattern-sample';

interface PatternInputProps {
  value: string;
  onChange: (pattern: string) => void;
  error?: string;
}

/** A regular expression with a value it matches, drawn afresh as it is typed or on request. */
export function PatternInput({ value, onChange, error }: PatternInputProps) {
  const [seed, setSeed] = useState(1);
  const pattern = value.trim();
  const sample = pattern === '' ? undefined : samplePattern(pattern, seed);
  return (
    <Stack gap={2}>
      <TextInput
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        label="Pattern"
        description="Regular expression the whole value matches"
        placeholder="[A-Z]{2}-\d{4}"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      {pattern !== '' && (
        <Text size="xs" c="dimmed" aria-live="polite">
          {sample === undefined ? (
            'No sample shown for this pattern; the server checks it when you save.'
          ) : (
            <>
              Sample: <code>{sample}</code>{' '}
              <Anchor component="button" type="button" size="xs" onClick={() => setSeed((current) => current + 1)}>
                Another sample
              </Anchor>
            </>
          )}
        </Text>
      )}
    </Stack>
  );
}
