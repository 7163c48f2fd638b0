/** Loading the template resources and checking them at start-up. */
package dev.synthesis.app.template.internal;
