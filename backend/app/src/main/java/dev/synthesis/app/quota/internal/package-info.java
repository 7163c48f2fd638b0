/** Stored quotas. */
package dev.synthesis.app.quota.internal;
