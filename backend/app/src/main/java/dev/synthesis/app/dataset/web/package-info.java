/** The {@code /api/datasets} endpoints. */
package dev.synthesis.app.dataset.web;
