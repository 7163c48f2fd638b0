/** The {@code /api/generate} endpoints. */
package dev.synthesis.app.generation.web;
