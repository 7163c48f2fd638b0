/**
 * Resumes jobs whose app instance died: instances beat for the executions they run, and any
 * instance takes over an execution whose heartbeat went stale (or, at start, one it ran itself).
 */
@NamedInterface("recovery")
package dev.synthesis.app.jobs.recovery;

import org.springframework.modulith.NamedInterface;
