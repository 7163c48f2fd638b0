/** Datasets of several tables linked by foreign keys: their schema, detection, training, generation and evaluation. */
package dev.synthesis.engine.dataset;
