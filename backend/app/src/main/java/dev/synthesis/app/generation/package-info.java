/** Generation jobs: synthetic rows from a trained (or schema-only) model in row-range partitions, stored in the object store, then evaluated. */
package dev.synthesis.app.generation;
