/** Datasets: several of the tenant's schemas, as tables, linked by foreign-key relationships, generated together. */
package dev.synthesis.app.dataset;
