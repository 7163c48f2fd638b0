/**
 * The OpenAPI document as precise as the SPA's generated types need it: which properties an answer
 * always carries and which of them may be null.
 */
package dev.synthesis.app.apidocs;
