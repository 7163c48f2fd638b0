/** Per-field models: the fitted-sampler contract, counter-based randomness and the helpers every algorithm shares. */
package dev.synthesis.engine.model;
