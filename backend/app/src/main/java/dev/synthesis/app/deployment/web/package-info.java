/** The deployment endpoints. */
package dev.synthesis.app.deployment.web;
