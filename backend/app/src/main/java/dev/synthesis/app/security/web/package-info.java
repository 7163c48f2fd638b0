/** Endpoints about the caller. */
package dev.synthesis.app.security.web;
