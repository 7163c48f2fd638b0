/** Pattern fields: a small regex-to-generator (random or enumerating for uniqueness) and pattern inference from codes. */
package dev.synthesis.engine.model.pattern;
