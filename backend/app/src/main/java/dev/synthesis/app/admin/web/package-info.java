/** The {@code /api/admin} endpoints of tenants and jobs; Spring Security lets only the realm role platform-admin in. */
package dev.synthesis.app.admin.web;
