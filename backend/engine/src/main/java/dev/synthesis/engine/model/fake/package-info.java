/** Personal fields: realistic fakes from Datafaker that are never learned from, nor copied out of, the seed. */
package dev.synthesis.engine.model.fake;
