/** Persistence of deployments, their batches and the cross-tenant schedule. */
package dev.synthesis.app.deployment.internal;
