/**
 * API keys: tenants create, list and revoke keys that programs call the API with, each key limited
 * to its scopes and checked against the database on every request, so a revocation holds at once.
 */
package dev.synthesis.app.apikey;
