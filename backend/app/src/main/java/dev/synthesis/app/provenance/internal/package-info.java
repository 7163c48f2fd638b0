/** The signing keys' storage, their private halves sealed with AES-GCM, and the first key at start-up. */
package dev.synthesis.app.provenance.internal;
