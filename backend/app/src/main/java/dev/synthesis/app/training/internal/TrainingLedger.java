package dev.synthesis.app.training.internal;

import dev.synthesis.app.jobs.JobLedger;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.training.ClippedField;
import dev.synthesis.app.training.PrivacyCharges;
import dev.synthesis.app.training.TrainingRunId;
import dev.synthesis.app.training.TrainingRunNotFound;
import dev.synthesis.app.training.TrainingStatus;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a run's progress in transactions of their own, so status is visible while the job's step
 * transaction is still open, and a failure is recorded even when that transaction rolls back.
 */
@Component
public class TrainingLedger implements JobLedger {

    private final TrainingRuns runs;
    private final FieldModelRecords fieldModels;
    private final PrivacyCharges charges;
    private final Clock clock;

    TrainingLedger(TrainingRuns runs, FieldModelRecords fieldModels, PrivacyCharges charges, Clock clock) {
        this.runs = runs;
        this.fieldModels = fieldModels;
        this.charges = charges;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public TrainingRun started(UUID runId, long jobExecutionId) {
        TrainingRun run = find(runId);
        run.started(jobExecutionId, clock.instant());
        return runs.save(run);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void completed(UUID runId, TrainedModel trained) {
        TrainingRun run = find(runId);
        run.completed(trained.key().value(), trained.trainingRows(), trained.holdoutRows(), trained.rejectedRows(),
                trained.epsilonSpent(), trained.clipped(), clock.instant());
        runs.save(run);
        if (trained.mechanisms() != null) {
            charges.completed(new TrainingRunId(runId), trained.mechanisms());
        }
        String tenant = TenantContext.require().value();
        trained.fields().forEach(field -> fieldModels.save(new FieldModelRecord(tenant, run, field.field(),
                field.modelType(), field.metricsJson(), clock.instant())));
    }

    /** Recorded before the seed is read, so a failure from then on leaves the privacy charge standing. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void readingSeed(UUID runId) {
        charges.seedRead(new TrainingRunId(runId));
    }

    @Transactional(readOnly = true)
    public TrainingStatus status(UUID runId) {
        return find(runId).status();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isQueued(UUID runId) {
        return find(runId).status() == TrainingStatus.QUEUED;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(UUID runId, String reason) {
        TrainingRun run = find(runId);
        run.failed(reason, clock.instant());
        runs.save(run);
        charges.failed(new TrainingRunId(runId));
    }

    private TrainingRun find(UUID runId) {
        return runs.findById(runId).orElseThrow(() -> new TrainingRunNotFound(new TrainingRunId(runId)));
    }

    /**
     * What a finished training produced.
     *
     * @param mechanisms the differentially private mechanisms that spent the budget, in words; null without DP
     * @param clipped    fields whose declared bounds clipped seed values; reported with DP only
     */
    public record TrainedModel(dev.synthesis.app.storage.ObjectKey key, long trainingRows, long holdoutRows,
            long rejectedRows, Double epsilonSpent, String mechanisms, List<ClippedField> clipped, List<FieldSummary> fields) {}

    /** One field's chosen model and its training figures as JSON. */
    public record FieldSummary(String field, String modelType, String metricsJson) {}
}
