/** The tenant's and the platform admins' audit trail endpoints. */
package dev.synthesis.app.audit.web;
