/** The engine's own classifier and outlier-scorer interfaces, with the smile-core (GPL-3.0) implementations kept behind them. */
package dev.synthesis.engine.evaluate.ml;
