package dev.synthesis.engine.dataset;

/**
 * How a foreign key that does not drive nesting is filled: a self-reference points at an earlier row
 * of its own table, a secondary reference at a row of the referenced table drawn by popularity.
 *
 * @param childKey     the foreign key field
 * @param relationship its position in the dataset's relationships
 * @param nullShare    the share of rows without a reference (a self-reference's roots)
 * @param popularity   references per referenced row as seen in the seeds, or null for uniform
 */
public record ReferenceModel(String childKey, int relationship, double nullShare, ChildCountSampler popularity) {}
