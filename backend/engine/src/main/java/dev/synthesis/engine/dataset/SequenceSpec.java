package dev.synthesis.engine.dataset;

/** The child table is an event sequence per parent, ordered by {@code orderBy}, never before the parent's {@code parentStart}. */
public record SequenceSpec(String orderBy, String parentStart) {}
