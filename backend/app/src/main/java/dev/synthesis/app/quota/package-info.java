/** Per-tenant limits that a platform admin sets, with platform-wide defaults for everyone else. */
package dev.synthesis.app.quota;
