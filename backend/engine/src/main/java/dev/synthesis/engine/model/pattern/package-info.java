/** Pattern fields: strings drawn from a regular expression (random or enumerating for uniqueness) and pattern inference from codes. */
package dev.synthesis.engine.model.pattern;
