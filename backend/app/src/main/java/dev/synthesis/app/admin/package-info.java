/** The platform admins' API: the tenant directory with each tenant's jobs, a tenant's lifecycle, and jobs across tenants. */
package dev.synthesis.app.admin;
