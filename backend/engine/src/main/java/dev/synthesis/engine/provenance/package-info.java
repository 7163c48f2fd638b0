/** Provenance of generated data: the signed manifest (JWS with Ed25519), its Merkle tree over output parts, and its verification. */
package dev.synthesis.engine.provenance;
