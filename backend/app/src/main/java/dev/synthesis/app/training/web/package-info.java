/** The {@code /api/train} endpoints and synthetic previews. */
package dev.synthesis.app.training.web;
