/** The heartbeat table and the takeover loop. */
package dev.synthesis.app.recovery.internal;
