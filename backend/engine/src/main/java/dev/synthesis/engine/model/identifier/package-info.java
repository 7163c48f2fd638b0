/** Identifiers unique at any volume: keyed permutations of the row index, sequences and UUIDs. */
package dev.synthesis.engine.model.identifier;
