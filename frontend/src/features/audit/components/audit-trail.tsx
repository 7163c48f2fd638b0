import type { UseQueryResult } from '@tanstack/react-query';

import { Pagination } from '@/components/pagination';
import { QueryState } from '@/components/query-state';

import type { AuditPage } from '../api/audit-api';
import { AuditTable } from './audit-table';

interface AuditTrailProps {
  trail: UseQueryResult<AuditPage>;
  onPage: (page: number) => void;
  withTenant?: boolean;
}

/** One page of a trail and the way to the others. */
export function AuditTrail({ trail, onPage, withTenant }: AuditTrailProps) {
  return (
    <QueryState query={trail} label="Loading the audit trail…">
      {(data) => (
        <>
          <AuditTable events={data.content} withTenant={withTenant} />
          {data.page.totalPages > 1 && (
            <Pagination
              label="Audit trail pages"
              page={data.page.number}
              totalPages={data.page.totalPages}
              onChange={onPage}
            />
          )}
        </>
      )}
    </QueryState>
  );
}
