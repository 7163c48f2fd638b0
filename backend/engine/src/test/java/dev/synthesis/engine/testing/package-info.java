/** Test helpers: dataset loading, in-memory collection of generated rows and the statistics tests assert on. */
package dev.synthesis.engine.testing;
