/** MST: differentially private synthetic data from noisy 1- and 2-way marginals on a privately chosen spanning tree. */
package dev.synthesis.engine.dp.mst;
