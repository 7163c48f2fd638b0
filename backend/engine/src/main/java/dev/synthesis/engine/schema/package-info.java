/** The schema model shared by the engine and the API: typed fields, constraints and privacy settings, validated as a whole. */
package dev.synthesis.engine.schema;
