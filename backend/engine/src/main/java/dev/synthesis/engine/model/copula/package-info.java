/** Dependence between fields: a Gaussian copula over the fields' marginals, optionally with DP noise. */
package dev.synthesis.engine.model.copula;
