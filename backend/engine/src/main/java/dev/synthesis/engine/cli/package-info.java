/** The {@code synth} command line: profile, train, generate, validate and bench. */
package dev.synthesis.engine.cli;
