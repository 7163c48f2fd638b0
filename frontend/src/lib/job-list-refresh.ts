import type { Page } from './page';

/** Lists follow no event streams; they are read again this often while a job on them is unfinished. */
const REFRESH_MILLIS = 5_000;

/**
 * Query options for a page of jobs or runs. Jobs change state by themselves, so a list is read
 * afresh whenever it is shown (not kept for the usual 30 s), and every 5 s while one is unfinished.
 */
export function refreshWhileUnfinished<Job>(isFinished: (job: Job) => boolean) {
  return {
    staleTime: 0,
    refetchInterval: ({ state }: { state: { data?: Page<Job> } }) =>
      state.data?.content.some((job) => !isFinished(job)) ? REFRESH_MILLIS : false,
  };
}
