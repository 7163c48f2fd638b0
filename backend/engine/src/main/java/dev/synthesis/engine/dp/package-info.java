/** Differential privacy: the noise mechanisms used while training and the ledger of the budget they spend. */
package dev.synthesis.engine.dp;
