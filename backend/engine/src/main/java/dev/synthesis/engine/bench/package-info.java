/** Benchmarks of training and generation: the wide test table, timings, peak heap and correlation error. */
package dev.synthesis.engine.bench;
