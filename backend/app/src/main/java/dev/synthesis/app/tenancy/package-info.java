/**
 * Who the current tenant is, and binding it to every database transaction so row-level security
 * applies; and the tenant directory, where platform admins create, suspend and resume tenants. The
 * tenant is set when a transaction begins: a query run outside any transaction (for example a
 * repository query method called from a non-transactional service) sees no tenant rows at all, so
 * features run their reads in {@code @Transactional(readOnly = true)} methods.
 */
package dev.synthesis.app.tenancy;
