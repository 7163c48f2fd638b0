/**
 * The audit trail: who did what, when and from where, kept in the trail of the tenant concerned.
 * Tenants read their own trail, platform admins everyone's; nobody can change or delete an event.
 */
package dev.synthesis.app.audit;
