/** Turning raw seed text into typed values following a schema, and checking typed rows against the schema's constraints. */
package dev.synthesis.engine.validate;
