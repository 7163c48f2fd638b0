/** Training runs: a schema version fitted on a seed's training share by a Spring Batch job, the model kept in the object store. */
package dev.synthesis.app.training;
