import { useState, type SyntheticEvent } from 'react';

import { ProblemAlert } from '@/components/problem-alert';

import type { Seed } from '../api/seed-types';
import { useSeedUpload } from '../hooks/use-seed-upload';
import { UploadProgressBar } from './upload-progress-bar';

const ACCEPTED_FILES = '.csv,.json,.jsonl,.ndjson,.xlsx';

export function SeedUploadForm({ onUploaded }: { onUploaded: (seed: Seed) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const { upload, progress } = useSeedUpload(onUploaded);

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    if (file !== null) {
      upload.mutate(file);
    }
  };

  return (
    <form aria-labelledby="upload-seed-heading" onSubmit={submit} className="panel-form">
      <h2 id="upload-seed-heading">Upload a seed</h2>
      <label htmlFor="seed-file">Seed file</label>
      <input
        id="seed-file"
        type="file"
        accept={ACCEPTED_FILES}
        aria-describedby="seed-file-hint"
        onChange={(event) => setFile(event.target.files?.[0] ?? null)}
      />
      <p id="seed-file-hint" className="hint">
        CSV, JSON array, JSON Lines or XLSX with a header row.
      </p>
      <button type="submit" disabled={file === null || upload.isPending}>
        Upload
      </button>
      {upload.isPending && progress !== null && <UploadProgressBar progress={progress} />}
      {upload.isError && <ProblemAlert error={upload.error} />}
    </form>
  );
}
