/** The {@code /api/seeds} endpoints and schema validation against a seed. */
package dev.synthesis.app.seed.web;
