/** Scores a synthetic table against the real data it imitates: utility, privacy and the JSON report a UI plots. */
package dev.synthesis.engine.evaluate;
