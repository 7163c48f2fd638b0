import type { UploadProgress } from '@/lib/upload-with-progress';

function percentOf(progress: UploadProgress): number {
  if (progress.stage === 'checking' || progress.total === 0) {
    return progress.stage === 'checking' ? 100 : 0;
  }
  return Math.floor((progress.loaded / progress.total) * 100);
}

/** Bytes sent so far, then the server's own step: it reads and profiles the file before answering. */
export function UploadProgressBar({ progress }: { progress: UploadProgress }) {
  const percent = percentOf(progress);
  return (
    <div className="upload-progress">
      <progress aria-label="Upload progress" max={100} value={percent} />
      <span>{percent} %</span>
      <span role="status">{progress.stage === 'checking' ? 'Checking file…' : 'Uploading…'}</span>
    </div>
  );
}
