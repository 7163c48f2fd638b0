/** Redis key and channel names. */
package dev.synthesis.app.jobs.progress.internal;
