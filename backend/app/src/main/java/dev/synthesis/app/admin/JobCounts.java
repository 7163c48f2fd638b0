package dev.synthesis.app.admin;

import java.util.Collection;

/** How many of a tenant's jobs run now and how many wait. */
public record JobCounts(long runningJobs, long queuedJobs) {

    static JobCounts of(Collection<RunningJob> jobs) {
        long running = jobs.stream().filter(RunningJob::isRunning).count();
        return new JobCounts(running, jobs.size() - running);
    }
}
