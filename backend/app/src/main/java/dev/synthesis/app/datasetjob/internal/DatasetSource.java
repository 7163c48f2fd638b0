package dev.synthesis.app.datasetjob.internal;

import java.util.UUID;

/** What a job's rows come from: a dataset version and the training run that fitted it, or null for its schemas alone. */
public record DatasetSource(UUID datasetId, int datasetVersion, UUID trainingRunId) {}
