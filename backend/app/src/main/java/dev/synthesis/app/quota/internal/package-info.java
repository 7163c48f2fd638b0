/** Stored quotas and usage rows, and the token buckets of the rate limits. */
package dev.synthesis.app.quota.internal;
