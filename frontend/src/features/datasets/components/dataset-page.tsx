import { Badge, Group, Tabs } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';

import { ConfirmButton } from '@/components/confirm-button';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';

import { useDataset, useDeleteDataset } from '../hooks/use-datasets';
import { DatasetDesigner } from './dataset-designer';
import { DatasetGeneration } from './dataset-generation';
import { DatasetPreview } from './dataset-preview';

/** One dataset: its designer, a preview of a few rows per table, and its training and generation. */
export function DatasetPage() {
  const { datasetId = '' } = useParams();
  const dataset = useDataset(datasetId);
  const remove = useDeleteDataset();
  const navigate = useNavigate();
  return (
    <QueryState query={dataset} label="Loading dataset…" notFound="dataset">
      {(data) => (
        <>
          <PageHeader
            title={data.name}
            description={data.description}
            actions={
              <Group gap="sm">
                {data.domain && (
                  <Badge variant="light" color="gray">
                    {data.domain}
                  </Badge>
                )}
                <Badge variant="light" color="gray">
                  version {data.version}
                </Badge>
                <ConfirmButton
                  label="Delete"
                  question={`Delete ${data.name}? Its tables' schemas stay.`}
                  onConfirm={() => remove.mutate(data.id, { onSuccess: () => void navigate('/datasets') })}
                  pending={remove.isPending}
                  error={remove.error}
                />
              </Group>
            }
          />
          <Tabs defaultValue="design" keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="design">Design</Tabs.Tab>
              <Tabs.Tab value="preview">Preview</Tabs.Tab>
              <Tabs.Tab value="generate">Train and generate</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="design">
              {/* keyed by version: a saved or reloaded dataset starts a fresh draft of its links */}
              <DatasetDesigner key={data.version} dataset={data} />
            </Tabs.Panel>
            <Tabs.Panel value="preview">
              <DatasetPreview dataset={data} />
            </Tabs.Panel>
            <Tabs.Panel value="generate">
              <DatasetGeneration dataset={data} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </QueryState>
  );
}
