/** Free-text fields: character and word n-gram language models with backoff, pruned and guarded for privacy. */
package dev.synthesis.engine.model.text;
