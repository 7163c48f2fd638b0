/** Free-text fields: a character n-gram language model with backoff, pruned and guarded for privacy. */
package dev.synthesis.engine.model.text;
