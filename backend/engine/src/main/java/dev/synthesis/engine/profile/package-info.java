/** Profiling a raw seed: inferring each field's type, format, semantic kind, constraints and suggested model, with per-field statistics. */
package dev.synthesis.engine.profile;
