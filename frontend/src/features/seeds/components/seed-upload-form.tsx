import { useState, type SyntheticEvent } from 'react';

import { ProblemAlert } from '@/components/problem-alert';
import { formatBytes } from '@/lib/format';

import type { Seed } from '../api/seed-types';
import { useSeedUpload } from '../hooks/use-seed-upload';
import { useSeedQuota } from '../hooks/use-seeds';
import { UploadProgressBar } from './upload-progress-bar';

const ACCEPTED_FILES = '.csv,.json,.jsonl,.ndjson,.xlsx';

/**
 * Uploads a seed. A file over the tenant's limit is refused here, before its bytes are sent; the
 * server enforces the limit all the same, so when the limit cannot be read the upload is allowed.
 */
export function SeedUploadForm({ onUploaded }: { onUploaded: (seed: Seed) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const { upload, progress } = useSeedUpload(onUploaded);
  const maxBytes = useSeedQuota().data?.maxSeedBytes;
  const tooLarge = file !== null && maxBytes !== undefined && file.size > maxBytes;

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    if (file !== null && !tooLarge) {
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
        aria-describedby="seed-file-hint seed-file-limit"
        aria-invalid={tooLarge}
        onChange={(event) => setFile(event.target.files?.[0] ?? null)}
      />
      <p id="seed-file-hint" className="hint">
        CSV, JSON array, JSON Lines or XLSX with a header row.
      </p>
      {maxBytes !== undefined && (
        <p id="seed-file-limit" className="hint">
          Largest file: {formatBytes(maxBytes)}
        </p>
      )}
      {tooLarge && (
        <div role="alert" className="problem-alert">
          <p className="problem-alert__title">File too large</p>
          <p>
            “{file.name}” is {formatBytes(file.size)}; the largest file you may upload is {formatBytes(maxBytes)}.
          </p>
        </div>
      )}
      <button type="submit" disabled={file === null || tooLarge || upload.isPending}>
        Upload
      </button>
      {upload.isPending && progress !== null && <UploadProgressBar progress={progress} />}
      {upload.isError && <ProblemAlert error={upload.error} />}
    </form>
  );
}
