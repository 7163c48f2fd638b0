/** Who the current tenant is, and binding it to every database transaction so row-level security applies. */
package dev.synthesis.app.tenancy;
