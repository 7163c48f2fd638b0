/** Time-ordered tables: the time axis and autoregressive numeric series that keep trend and autocorrelation. */
package dev.synthesis.engine.model.timeseries;
