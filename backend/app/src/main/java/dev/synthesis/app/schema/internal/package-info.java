/** Persistence of schemas and their versions. */
package dev.synthesis.app.schema.internal;
