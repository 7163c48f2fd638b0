/** Persistence of datasets and the links to their tables' schemas. */
package dev.synthesis.app.dataset.internal;
