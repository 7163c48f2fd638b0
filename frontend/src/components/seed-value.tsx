import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';

function CopyIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
      <rect x="9" y="9" width="12" height="12" rx="2" />
      <path d="M5 15V5a2 2 0 0 1 2-2h10" />
    </svg>
  );
}

/** A 64-bit seed exactly as the server sent it (a string: a JavaScript number would round it), with a copy button. */
export function SeedValue({ seed }: { seed: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Code>{seed}</Code>
      <CopyButton value={seed}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy the seed'} withArrow>
            <ActionIcon
              variant="subtle"
              size="sm"
              onClick={copy}
              aria-label={copied ? 'Seed copied' : 'Copy the seed'}
              color={copied ? 'teal' : 'gray'}
            >
              {copied ? <span aria-hidden>✓</span> : <CopyIcon />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
