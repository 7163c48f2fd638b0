/** Client wiring, bucket preparation and health of the object store. */
package dev.synthesis.app.storage.internal;
