/** The partitioned generation job, its persistence and its evaluation step. */
package dev.synthesis.app.generation.internal;
