/** The transaction manager and filter that put the tenant into PostgreSQL's session state. */
package dev.synthesis.app.tenancy.internal;
