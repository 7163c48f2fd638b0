/**
 * How the API reads requests: strict JSON (whole numbers are whole, enums are enums, no unknown
 * properties), a cap on every JSON body, and the limits request records declare with Bean Validation.
 */
package dev.synthesis.app.request;
