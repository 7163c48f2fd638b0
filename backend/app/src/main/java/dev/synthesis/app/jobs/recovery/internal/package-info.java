/** The heartbeat table and the takeover loop. */
package dev.synthesis.app.jobs.recovery.internal;
