/** Provenance: the platform's Ed25519 signing keys (rotated, published at a well-known URL) and the signing of dataset manifests. */
package dev.synthesis.app.provenance;
