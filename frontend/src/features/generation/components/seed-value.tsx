import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';

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
              <span aria-hidden>{copied ? '✓' : '⧉'}</span>
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
