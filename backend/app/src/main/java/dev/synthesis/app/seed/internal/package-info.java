/** Persistence of seed metadata. */
package dev.synthesis.app.seed.internal;
