package dev.synthesis.app.admin;

import dev.synthesis.app.datasetjob.DatasetJobView;
import dev.synthesis.app.datasetjob.DatasetTrainingView;
import dev.synthesis.app.generation.GenerationView;
import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.training.TrainingRunView;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A queued or running job as a platform admin sees it: metadata only. Nothing of the tenant's data
 * may go in here (schema and field names, seeds, errors, output locations): admins run the
 * platform, they do not read their tenants' data.
 *
 * @param status      the job's status in its feature: QUEUED or RUNNING
 * @param rows        rows asked for (generation); rows trained on once known (training)
 * @param rowsWritten rows of the job's finished partitions (generation only)
 * @param instanceId  the app instance running the job or holding it in its queue, when one does
 */
public record RunningJob(UUID id, TenantId tenantId, JobKind kind, String status, @Nullable Long rows, @Nullable Long rowsWritten,
        Instant createdAt, @Nullable Instant startedAt, @Nullable String instanceId) {

    static RunningJob of(TenantId tenant, GenerationView job) {
        return new RunningJob(job.id().value(), tenant, JobKind.GENERATION, job.status().name(), job.rows(), job.rowsWritten(),
                job.createdAt(), job.startedAt(), null);
    }

    static RunningJob of(TenantId tenant, TrainingRunView run) {
        return new RunningJob(run.id().value(), tenant, JobKind.TRAINING, run.status().name(), run.trainingRows(), null,
                run.createdAt(), run.startedAt(), null);
    }

    static RunningJob of(TenantId tenant, DatasetJobView job) {
        return new RunningJob(job.id().value(), tenant, JobKind.DATASET_GENERATION, job.status().name(), job.rows(),
                job.rowsWritten(), job.createdAt(), job.startedAt(), null);
    }

    static RunningJob of(TenantId tenant, DatasetTrainingView run) {
        return new RunningJob(run.id().value(), tenant, JobKind.DATASET_TRAINING, run.status().name(), null, null,
                run.createdAt(), run.startedAt(), null);
    }

    RunningJob heldBy(@Nullable String instance) {
        return new RunningJob(id, tenantId, kind, status, rows, rowsWritten, createdAt, startedAt, instance);
    }

    boolean isRunning() {
        return status.equals("RUNNING");
    }
}
