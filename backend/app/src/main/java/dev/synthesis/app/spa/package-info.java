/** Serves the single-page app: its runtime configuration and index.html for client-side routes. */
package dev.synthesis.app.spa;
