/** Scenarios: a schema deployed to produce a daily batch of its target volume for N days, on a schedule or on demand. */
package dev.synthesis.app.deployment;
