package dev.synthesis.engine.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The children of a parent form an event sequence.
 *
 * @param orderBy     the child's date or date-time field that orders the events
 * @param parentStart the parent's date or date-time field no event precedes, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SequenceSpec(String orderBy, String parentStart) {}
