/** Loading and checking the template resources, and their cached previews. */
package dev.synthesis.app.template.internal;
