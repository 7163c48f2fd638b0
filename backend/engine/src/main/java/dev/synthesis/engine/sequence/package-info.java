/** Child tables that are event sequences per parent: event times with learned gaps, numeric values with trend and autocorrelation. */
package dev.synthesis.engine.sequence;
