import { Stack } from '@mantine/core';
import { useState } from 'react';

import type { Dataset } from '../api/dataset-types';
import { DatasetJobView } from './dataset-job-view';
import { DatasetJobs } from './dataset-jobs';
import { GenerateDatasetForm } from './generate-dataset-form';
import { TrainDatasetForm } from './train-dataset-form';

/** Train the dataset's model, generate from it, follow the job and download what it made. */
export function DatasetGeneration({ dataset }: { dataset: Dataset }) {
  const [shown, setShown] = useState<string>();
  return (
    <Stack gap="lg">
      <TrainDatasetForm dataset={dataset} />
      <GenerateDatasetForm dataset={dataset} onStarted={setShown} />
      <DatasetJobs datasetId={dataset.id} shown={shown} onShow={setShown} />
      {shown && <DatasetJobView key={shown} jobId={shown} />}
    </Stack>
  );
}
