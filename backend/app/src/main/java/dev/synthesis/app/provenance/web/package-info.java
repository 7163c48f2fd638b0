/** The published key set at its well-known URL and the admin's key rotation. */
package dev.synthesis.app.provenance.web;
