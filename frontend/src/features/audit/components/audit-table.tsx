import { Code, Table, Text } from '@mantine/core';

import { EmptyState } from '@/components/empty-state';
import { ListTable } from '@/components/list-table';
import { formatTimestamp } from '@/lib/format';

import type { AuditEvent } from '../api/audit-api';
import { actionInWords, actorKindInWords } from '../lib/audit-words';

function Details({ details }: { details: AuditEvent['details'] }) {
  if (Object.keys(details).length === 0) {
    return <Text size="sm">—</Text>;
  }
  // a native disclosure: keyboard and screen readers know it, and it costs no state
  return (
    <details>
      <summary>Show</summary>
      <Code block mt={4} fz="xs">
        {JSON.stringify(details, null, 2)}
      </Code>
    </details>
  );
}

function EventRow({ event, withTenant }: { event: AuditEvent; withTenant: boolean }) {
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTimestamp(event.at)}</Table.Td>
      {withTenant && <Table.Td>{event.tenantId}</Table.Td>}
      <Table.Td>
        <Text size="sm">{event.actor}</Text>
        <Text size="xs" c="dimmed">
          {actorKindInWords(event.actorKind)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{actionInWords(event.action)}</Text>
        <Text size="xs" c="dimmed">
          {event.action}
        </Text>
      </Table.Td>
      <Table.Td style={{ wordBreak: 'break-all' }}>{event.target ?? '—'}</Table.Td>
      <Table.Td>{event.sourceIp ?? '—'}</Table.Td>
      <Table.Td>
        <Details details={event.details} />
      </Table.Td>
    </Table.Tr>
  );
}

interface AuditTableProps {
  events: AuditEvent[];
  /** A column for the tenant, when the trail spans tenants. */
  withTenant?: boolean;
}

/** Audit events, newest first: when, who, what, to what, from where, and the rest on demand. */
export function AuditTable({ events, withTenant = false }: AuditTableProps) {
  const columns = ['When', ...(withTenant ? ['Tenant'] : []), 'Who', 'Action', 'Target', 'From', 'Details'];
  return (
    <ListTable
      caption="Audit events"
      columns={columns}
      minWidth={900}
      verticalSpacing="sm"
      empty={
        <EmptyState title="Nothing recorded yet.">
          Creating and revoking API keys, and every change a platform admin makes, are recorded here.
        </EmptyState>
      }
    >
      {events.map((event) => (
        <EventRow key={event.id} event={event} withTenant={withTenant} />
      ))}
    </ListTable>
  );
}
