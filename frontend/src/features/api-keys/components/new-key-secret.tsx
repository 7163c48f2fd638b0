import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';

import type { CreatedApiKey } from '../api/api-keys-api';

// yellow's own shades miss WCAG AA contrast on its light tint
const DARK_TITLE = { title: { color: 'var(--mantine-color-dark-7)' } };

function CopyLine({ value, what }: { value: string; what: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
        {value}
      </Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button variant={copied ? 'light' : 'default'} size="xs" onClick={copy}>
            {copied ? 'Copied' : `Copy ${what}`}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

interface NewKeySecretProps {
  created: CreatedApiKey | null;
  /** Forgets the secret: closing is the last time it is shown. */
  onClose: () => void;
}

/** The one showing of a new key's secret, with how to use it. */
export function NewKeySecret({ created, onClose }: NewKeySecretProps) {
  const curl = created && `curl -H "Authorization: Bearer ${created.secret}" ${window.location.origin}/api/schemas`;
  return (
    <Modal
      opened={created !== null}
      onClose={onClose}
      title="Your new API key"
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {created && curl && (
        <Stack gap="md">
          <Alert color="yellow" variant="light" title="Copy it now: you will not see it again" styles={DARK_TITLE}>
            <Text size="sm">
              Synthesis keeps only a hash of “{created.name}”. If you lose the key, revoke it and create another.
            </Text>
          </Alert>
          <CopyLine value={created.secret} what="the key" />
          <Text size="sm">Programs send it as a bearer token, for example:</Text>
          <CopyLine value={curl} what="the command" />
          <Group justify="flex-end">
            <Button onClick={onClose}>I have copied it</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
