/** The /api/templates endpoints: the gallery, a template's detail with preview rows, and instantiation. */
package dev.synthesis.app.template.web;
