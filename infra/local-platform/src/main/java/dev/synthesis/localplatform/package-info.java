/** Starts the platform's backing services without Docker, for local runs and integration tests. */
package dev.synthesis.localplatform;
