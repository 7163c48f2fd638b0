import { Card } from '@mantine/core';

import { PageHeader } from '@/components/page-header';

import { GenerationJobs } from './generation-jobs';

/** Every generation job of the tenant, whichever schema it came from. */
export function JobsPage() {
  return (
    <>
      <PageHeader
        title="Jobs"
        description="Every generation job of your organisation, newest first. The list refreshes while a job runs."
      />
      <Card p={0}>
        <GenerationJobs />
      </Card>
    </>
  );
}
