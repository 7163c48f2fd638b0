import { ManifestCard } from '@/components/manifest-card';

import { useJobManifest } from '../hooks/use-generation';

/** The completed job's provenance: its signed manifest, checked in this browser. */
export function JobManifest({ jobId }: { jobId: string }) {
  return <ManifestCard check={useJobManifest(jobId)} jobId={jobId} />;
}
