package dev.synthesis.app.quota;

/**
 * One kind of job that counts against {@link Limit#CONCURRENT_JOBS}, declared as a bean by the
 * module that owns it (generation jobs, training runs), so the quota module counts them without
 * knowing their tables.
 */
public interface ActiveJobs {

    /**
     * The current tenant's jobs of this kind that are queued or running. Called in the caller's
     * transaction with the tenant's usage row locked, so no job of the tenant starts meanwhile.
     */
    long queuedOrRunning();
}
