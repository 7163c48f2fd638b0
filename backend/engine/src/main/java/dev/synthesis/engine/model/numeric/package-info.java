/** Numeric, date and date-time fields: smoothed empirical quantile functions, optionally from a DP histogram. */
package dev.synthesis.engine.model.numeric;
