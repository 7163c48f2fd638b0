package dev.synthesis.engine.dataset;

/**
 * A foreign key found in the seeds, for the user to accept or edit.
 *
 * @param inclusion the share of the child's non-null values found among the parent's keys
 * @param reason    why it was proposed, in words
 */
public record ProposedRelationship(TableRelationship relationship, double inclusion, String reason) {}
