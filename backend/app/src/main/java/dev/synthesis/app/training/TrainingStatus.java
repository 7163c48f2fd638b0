package dev.synthesis.app.training;

/** Where a training run is. */
public enum TrainingStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
