package dev.synthesis.app.generation;

/** Where a generation job is. */
public enum GenerationStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED
}
