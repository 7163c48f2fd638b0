package dev.synthesis.engine.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A schema-only declaration of how many children a parent row has; every part may be null and then
 * takes its default (0 to 10 with mean 3, or 0 to 1 with mean 1 for one-to-one).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChildCount(Integer min, Integer max, Double mean) {}
