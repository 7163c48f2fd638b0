/**
 * How jobs share an instance: admission up to its capacity, a thread of their own to wait on, one
 * pool of worker threads for their CPU work shared fairly between tenants, and the plain message a
 * failed job leaves for its tenant.
 */
package dev.synthesis.app.jobs;
