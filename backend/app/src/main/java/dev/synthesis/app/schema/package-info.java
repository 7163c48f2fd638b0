/** Tenant schemas under version control: every change is a new immutable version, concurrent edits are detected. */
package dev.synthesis.app.schema;
