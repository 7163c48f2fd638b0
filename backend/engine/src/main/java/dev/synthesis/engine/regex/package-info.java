/**
 * Tenants' regular expressions: matched in linear time (RE2/J) within size limits, and parsed into
 * generators that draw or enumerate their matches.
 */
package dev.synthesis.engine.regex;
