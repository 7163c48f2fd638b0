/** Redis key and channel names. */
package dev.synthesis.app.progress.internal;
