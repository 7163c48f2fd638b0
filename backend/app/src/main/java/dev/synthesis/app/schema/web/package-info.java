/** The {@code /api/schemas} endpoints. */
package dev.synthesis.app.schema.web;
