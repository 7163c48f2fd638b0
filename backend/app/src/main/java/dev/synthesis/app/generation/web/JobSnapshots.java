package dev.synthesis.app.generation.web;

import dev.synthesis.app.generation.Generation;
import dev.synthesis.app.generation.GenerationJobId;
import dev.synthesis.app.generation.GenerationNotFound;
import dev.synthesis.app.progress.JobProgressEvent;
import dev.synthesis.app.training.Training;
import dev.synthesis.app.training.TrainingRunId;
import dev.synthesis.app.training.TrainingRunView;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A job's state read from its own table, for the first event and for the fallback without Redis:
 * a generation job or else a training run, of the caller's tenant (404 otherwise).
 */
@Component
class JobSnapshots {

    private final Generation generation;
    private final Training training;

    JobSnapshots(Generation generation, Training training) {
        this.generation = generation;
        this.training = training;
    }

    JobProgressEvent of(UUID id) {
        try {
            return generation.status(new GenerationJobId(id)).asProgress();
        } catch (GenerationNotFound notAGenerationJob) {
            return fromTraining(training.status(new TrainingRunId(id)));
        }
    }

    private static JobProgressEvent fromTraining(TrainingRunView run) {
        boolean finished = run.status().finished();
        long rows = run.trainingRows() == null ? 0 : run.trainingRows();
        return new JobProgressEvent(run.id().value(), run.status().name().toLowerCase(Locale.ROOT), rows, rows, 0, null,
                null, null, finished, Instant.now());
    }
}
