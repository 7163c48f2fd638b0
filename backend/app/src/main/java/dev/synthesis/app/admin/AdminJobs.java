package dev.synthesis.app.admin;

import dev.synthesis.app.audit.AuditTrail;
import dev.synthesis.app.datasetjob.DatasetJobId;
import dev.synthesis.app.datasetjob.DatasetJobNotFound;
import dev.synthesis.app.datasetjob.DatasetSynthesis;
import dev.synthesis.app.datasetjob.DatasetTrainingRunId;
import dev.synthesis.app.datasetjob.DatasetTrainingRunNotFound;
import dev.synthesis.app.generation.Generation;
import dev.synthesis.app.generation.GenerationJobId;
import dev.synthesis.app.generation.GenerationNotFound;
import dev.synthesis.app.jobs.recovery.JobHolders;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.tenancy.TenantView;
import dev.synthesis.app.tenancy.Tenants;
import dev.synthesis.app.training.Training;
import dev.synthesis.app.training.TrainingRunId;
import dev.synthesis.app.training.TrainingRunNotFound;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Queued and running jobs across tenants, read tenant by tenant as each tenant through the
 * features' own APIs. The job tables keep their one policy: a platform-admin policy there would
 * open seeds, errors and output locations to any code running as admin, where this keeps only what
 * {@link RunningJob} holds. Not transactional itself: each feature call begins its own transaction
 * as the tenant bound around it.
 */
@Service
public class AdminJobs {

    private final Tenants tenants;
    private final Generation generation;
    private final Training training;
    private final DatasetSynthesis datasets;
    private final JobHolders holders;
    private final AuditTrail audit;

    AdminJobs(Tenants tenants, Generation generation, Training training, DatasetSynthesis datasets, JobHolders holders,
            AuditTrail audit) {
        this.datasets = datasets;
        this.audit = audit;
        this.tenants = tenants;
        this.generation = generation;
        this.training = training;
        this.holders = holders;
    }

    /** Every tenant's queued and running jobs, oldest first. */
    public List<RunningJob> running() {
        return of(TenantContext.callAsPlatformAdmin(tenants::all));
    }

    /** These tenants' queued and running jobs, oldest first. */
    List<RunningJob> of(List<TenantView> directory) {
        List<RunningJob> jobs = directory.stream()
                .flatMap(tenant -> TenantContext.callAs(tenant.id(), () -> activeJobs(tenant.id())).stream())
                .sorted(Comparator.comparing(RunningJob::createdAt))
                .toList();
        Map<UUID, String> instances = holders.of(jobs.stream().map(RunningJob::id).toList());
        return jobs.stream().map(job -> job.heldBy(instances.get(job.id()))).toList();
    }

    /** Cancels a tenant's generation or dataset job through its feature, as that tenant. */
    public RunningJob cancel(TenantId tenant, UUID id) {
        TenantContext.callAsPlatformAdmin(() -> tenants.get(tenant));
        RunningJob cancelled = TenantContext.callAs(tenant, () -> cancelAs(tenant, id));
        audit.recordFor(tenant, "job.cancelled", id.toString(), Map.of("kind", cancelled.kind()));
        return cancelled.heldBy(holders.of(List.of(id)).get(id));
    }

    private List<RunningJob> activeJobs(TenantId tenant) {
        return Stream.of(generation.active().stream().map(job -> RunningJob.of(tenant, job)),
                training.active().stream().map(run -> RunningJob.of(tenant, run)),
                datasets.active().stream().map(job -> RunningJob.of(tenant, job)),
                datasets.activeTraining().stream().map(run -> RunningJob.of(tenant, run))).flatMap(jobs -> jobs).toList();
    }

    private RunningJob cancelAs(TenantId tenant, UUID id) {
        try {
            return RunningJob.of(tenant, generation.cancel(new GenerationJobId(id)));
        } catch (GenerationNotFound notGeneration) {
            return cancelDatasetJobAs(tenant, id);
        }
    }

    private RunningJob cancelDatasetJobAs(TenantId tenant, UUID id) {
        try {
            return RunningJob.of(tenant, datasets.cancel(new DatasetJobId(id)));
        } catch (DatasetJobNotFound notDatasetJob) {
            throw isTrainingRun(id) ? new TrainingNotCancellable(id) : new JobNotFound(tenant, id);
        }
    }

    private boolean isTrainingRun(UUID id) {
        try {
            training.status(new TrainingRunId(id));
            return true;
        } catch (TrainingRunNotFound none) {
            return isDatasetTrainingRun(id);
        }
    }

    private boolean isDatasetTrainingRun(UUID id) {
        try {
            datasets.training(new DatasetTrainingRunId(id));
            return true;
        } catch (DatasetTrainingRunNotFound none) {
            return false;
        }
    }
}
