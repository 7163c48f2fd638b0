/** The quota and usage endpoints (a tenant reads its own, a platform admin any tenant's), and the rate-limit filter. */
package dev.synthesis.app.quota.web;
