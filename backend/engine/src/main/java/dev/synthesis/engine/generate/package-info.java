/** Training whole-table models, generating reproducible partitioned rows from them and storing them in versioned files. */
package dev.synthesis.engine.generate;
