/** Stored audit events and the queries that read them. */
package dev.synthesis.app.audit.internal;
