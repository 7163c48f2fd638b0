package dev.synthesis.engine.profile;

/** A value of a column and how many rows hold it. */
public record ValueCount(String value, long count) {}
