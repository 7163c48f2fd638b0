import { GenerationJobs } from './generation-jobs';

/** Every generation job of the tenant, whichever schema it came from. */
export function JobsPage() {
  return (
    <section aria-labelledby="jobs-heading">
      <h1 id="jobs-heading">Jobs</h1>
      <GenerationJobs />
    </section>
  );
}
