package dev.synthesis.app.generation.web;

import dev.synthesis.app.generation.Generation;
import dev.synthesis.app.generation.GenerationJobId;
import dev.synthesis.app.generation.GenerationNotFound;
import dev.synthesis.app.jobs.progress.JobProgressEvent;
import dev.synthesis.app.jobs.progress.JobStatusSource;
import dev.synthesis.app.training.Training;
import dev.synthesis.app.training.TrainingRunId;
import dev.synthesis.app.training.TrainingRunNotFound;
import dev.synthesis.app.training.TrainingRunView;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A job's state read from its own table, for the first event and for the fallback without Redis:
 * a generation job, a training run or a job of another kind ({@link JobStatusSource}), of the caller's
 * tenant (404 otherwise).
 */
@Component
class JobSnapshots {

    private final Generation generation;
    private final Training training;
    private final List<JobStatusSource> otherKinds;

    JobSnapshots(Generation generation, Training training, List<JobStatusSource> otherKinds) {
        this.generation = generation;
        this.training = training;
        this.otherKinds = otherKinds;
    }

    JobProgressEvent of(UUID id) {
        try {
            return generation.status(new GenerationJobId(id)).asProgress();
        } catch (GenerationNotFound notAGenerationJob) {
            return fromTrainingOrOthers(id);
        }
    }

    private JobProgressEvent fromTrainingOrOthers(UUID id) {
        try {
            return fromTraining(training.status(new TrainingRunId(id)));
        } catch (TrainingRunNotFound notATrainingRun) {
            return otherKinds.stream().flatMap(kind -> kind.snapshot(id).stream()).findFirst().orElseThrow(() -> notATrainingRun);
        }
    }

    private static JobProgressEvent fromTraining(TrainingRunView run) {
        boolean finished = run.status().finished();
        long rows = run.trainingRows() == null ? 0 : run.trainingRows();
        return new JobProgressEvent(run.id().value(), run.status().name().toLowerCase(Locale.ROOT), rows, rows, 0, null,
                null, null, finished, Instant.now());
    }
}
