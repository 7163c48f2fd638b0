/**
 * Live job progress through Redis: jobs publish snapshots (phase, rows, rate, ETA, scores) on a
 * per-tenant, per-job channel and keep the latest in a hash; without Redis, jobs still finish and
 * readers fall back to the job tables.
 */
@NamedInterface("progress")
package dev.synthesis.app.jobs.progress;

import org.springframework.modulith.NamedInterface;
