/** The {@code /api/train} endpoints, synthetic previews and the catalogue of field models. */
package dev.synthesis.app.training.web;
