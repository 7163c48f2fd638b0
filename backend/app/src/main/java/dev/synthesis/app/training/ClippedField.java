package dev.synthesis.app.training;

import org.jspecify.annotations.Nullable;

/**
 * Seed values of one field that lay outside its declared bounds, which differentially private
 * training clips to them (see {@code dev.synthesis.engine.dp.DeclaredBounds}). The tenant's own
 * information: never written into a model file or a manifest.
 *
 * @param below values under the declared min
 * @param above values over the declared max
 * @param min   the declared min, as written in the schema; null when there is none
 * @param max   the declared max, as written in the schema; null when there is none
 */
public record ClippedField(String field, long below, long above, @Nullable String min, @Nullable String max) {}
