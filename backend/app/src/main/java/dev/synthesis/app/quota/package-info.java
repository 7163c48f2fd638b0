/**
 * Per-tenant limits (platform defaults, overridden per tenant by a platform admin), the usage
 * counted against them, enforced atomically across instances, and API rate limits.
 */
package dev.synthesis.app.quota;
