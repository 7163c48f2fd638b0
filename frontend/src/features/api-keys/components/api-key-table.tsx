import { Badge, Code, Group, Table, Text } from '@mantine/core';

import { EmptyState } from '@/components/empty-state';
import { ListTable } from '@/components/list-table';
import { QueryState } from '@/components/query-state';
import { formatTimestamp } from '@/lib/format';

import type { ApiKey } from '../api/api-keys-api';
import { useApiKeys } from '../hooks/use-api-keys';
import { ApiKeyStatus } from './api-key-status';
import { RevokeApiKeyButton } from './revoke-api-key-button';

const COLUMNS = ['Name', 'Key', 'Scopes', 'Created', 'Expires', 'Last used', 'Status', 'Actions'];

function KeyRow({ apiKey }: { apiKey: ApiKey }) {
  return (
    <Table.Tr>
      <Table.Td fw={600}>{apiKey.name}</Table.Td>
      <Table.Td>
        {/* a key reads syn_<prefix>_<secret>: the prefix tells keys apart, the secret is never stored */}
        <Code>syn_{apiKey.prefix}_…</Code>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {apiKey.scopes.map((scope) => (
            <Badge key={scope} variant="outline" color="gray" radius="sm" tt="none">
              {scope}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatTimestamp(apiKey.createdAt)}</Text>
        <Text size="xs" c="dimmed">
          by {apiKey.createdBy}
        </Text>
      </Table.Td>
      <Table.Td>{apiKey.expiresAt ? formatTimestamp(apiKey.expiresAt) : 'Never'}</Table.Td>
      <Table.Td>{apiKey.lastUsedAt ? formatTimestamp(apiKey.lastUsedAt) : 'Not yet'}</Table.Td>
      <Table.Td>
        <ApiKeyStatus status={apiKey.status} />
      </Table.Td>
      <Table.Td>{apiKey.status === 'active' && <RevokeApiKeyButton apiKey={apiKey} />}</Table.Td>
    </Table.Tr>
  );
}

/** The tenant's keys, newest first; the list never holds a key's secret, only its prefix. */
export function ApiKeyTable() {
  const keys = useApiKeys();
  return (
    <QueryState query={keys} label="Loading API keys…">
      {(data) => (
        <ListTable
          caption="API keys"
          columns={COLUMNS}
          minWidth={960}
          empty={
            <EmptyState title="No API keys yet.">
              A key lets a program call the API for your organisation: press “New key”.
            </EmptyState>
          }
        >
          {data.map((apiKey) => (
            <KeyRow key={apiKey.id} apiKey={apiKey} />
          ))}
        </ListTable>
      )}
    </QueryState>
  );
}
