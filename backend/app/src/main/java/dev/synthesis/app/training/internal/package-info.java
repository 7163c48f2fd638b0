/** The training job, its persistence and the per-field model records. */
package dev.synthesis.app.training.internal;
