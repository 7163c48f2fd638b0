/** Categorical fields: learned category frequencies with rare-category protection. */
package dev.synthesis.engine.model.categorical;
