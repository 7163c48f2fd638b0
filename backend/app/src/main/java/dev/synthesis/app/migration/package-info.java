/**
 * The database schema's life: a separate {@code migrate} step applies the Flyway migrations as
 * the role that owns the tables, and the serving app, which connects as a role that owns nothing,
 * refuses to start on a database that is behind it or with a role that could switch row-level
 * security off.
 */
package dev.synthesis.app.migration;
