/** Dependence between fields as sequential conditional trees in uniform space (synthpop's CART), an alternative joint model to the copula. */
package dev.synthesis.engine.model.tree;
