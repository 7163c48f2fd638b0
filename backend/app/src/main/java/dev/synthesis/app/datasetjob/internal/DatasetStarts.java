package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.datasetjob.DatasetGenerateRequest;
import dev.synthesis.app.jobs.JobAdmission;
import dev.synthesis.app.problem.InvalidRequest;
import dev.synthesis.app.quota.UsageLedger;
import dev.synthesis.app.seed.SeedId;
import dev.synthesis.app.seed.SeedLibrary;
import dev.synthesis.app.storage.ObjectKey;
import dev.synthesis.app.storage.ObjectKeys;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.engine.dataset.DatasetModel;
import dev.synthesis.engine.dataset.DatasetSynthesizer;
import dev.synthesis.engine.generate.TrainingOptions;
import dev.synthesis.engine.schema.DataSchema;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts runs and jobs: checks the request, takes a place in {@link JobAdmission}, and records the
 * run or job in the transaction that reserves it against the tenant's quota, so a refused one
 * leaves nothing behind; then launches it.
 */
@Component
public class DatasetStarts {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final DatasetDefinitions definitions;
    private final DatasetTrainingRuns runs;
    private final DatasetJobs jobs;
    private final DatasetModels models;
    private final DatasetPlans plans;
    private final DatasetJobLauncher launcher;
    private final DatasetCancellations cancellations;
    private final JobAdmission admission;
    private final UsageLedger usage;
    private final SeedLibrary seeds;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DatasetStarts(DatasetDefinitions definitions, DatasetTrainingRuns runs, DatasetJobs jobs, DatasetModels models,
            DatasetPlans plans, DatasetJobLauncher launcher, DatasetCancellations cancellations, JobAdmission admission,
            UsageLedger usage, SeedLibrary seeds, TransactionTemplate transactions, Clock clock) {
        this.definitions = definitions;
        this.runs = runs;
        this.jobs = jobs;
        this.models = models;
        this.plans = plans;
        this.launcher = launcher;
        this.cancellations = cancellations;
        this.admission = admission;
        this.usage = usage;
        this.seeds = seeds;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void requireDataset(UUID datasetId) {
        definitions.current(datasetId);
    }

    public DatasetTrainingRun train(UUID datasetId, Map<String, UUID> seedsByTable, String actor) {
        DatasetDefinitions.Versioned dataset = definitions.current(datasetId);
        seedsByTable.forEach((table, seed) -> {
            DataSchema schema = dataset.schema().table(table)
                    .orElseThrow(() -> new InvalidRequest("seeds." + table, "the dataset has no table of that name"));
            // refused here, before a run is recorded, rather than by the engine once the job has read the seeds
            if (schema.privacySettings().differentialPrivacy()) {
                throw new InvalidRequest("seeds." + table, "this table asks for differential privacy, which multi-table datasets"
                        + " do not offer yet; turn it off for the table, or train the table as a schema of its own");
            }
            seeds.get(new SeedId(seed));
        });
        UUID id = UUID.randomUUID();
        DatasetTrainingRun run = admission.admit(id, () -> transactions.execute(status -> {
            usage.reserveTraining();
            return runs.save(new DatasetTrainingRun(id, TenantContext.require().value(), datasetId, dataset.version(),
                    models.seedsJson(seedsByTable), actor, clock.instant()));
        }));
        launcher.launchTraining(id);
        return run;
    }

    public DatasetJob generate(UUID datasetId, DatasetGenerateRequest request, String actor) {
        DatasetDefinitions.Versioned dataset = definitions.current(datasetId);
        long seed = request.seed() != null ? request.seed() : SEEDS.nextLong();
        // a declared query runs in no transaction of its own, and without one no tenant is set: row-level security shows nothing
        DatasetTrainingRun run = transactions.execute(status -> runs.latestCompleted(datasetId, dataset.version()))
                .orElseGet(() -> trainSchemaOnly(dataset, actor));
        DatasetModel model = models.of(run);
        if (request.rootRows() != null) {
            usage.checkJobRows(request.rootRows().values().stream().mapToLong(rows -> rows == null ? 0 : Math.max(0, rows)).sum());
        }
        PlannedOutput planned = plans.plan(model, seed, request.rootRows());
        UUID id = UUID.randomUUID();
        DatasetSource source = new DatasetSource(datasetId, dataset.version(), run.id());
        ObjectKey output = ObjectKeys.generationOutput(id);
        DatasetJob job = admission.admit(id, () -> transactions.execute(status -> {
            usage.reserveGeneration(planned.rows(), false);
            return jobs.save(new DatasetJob(id, TenantContext.require().value(), source, seed, request.formatOrDefault(), planned,
                    output.value(), actor, clock.instant()));
        }));
        launcher.launch(job);
        return job;
    }

    public void cancel(UUID jobId) {
        cancellations.request(jobId);
    }

    /**
     * A dataset never trained gets its schema-only model here, inline: fitting schemas alone is
     * cheap, and as a completed run of its own it is reused by the next job instead of refitted.
     */
    private DatasetTrainingRun trainSchemaOnly(DatasetDefinitions.Versioned dataset, String actor) {
        DatasetModel model = DatasetSynthesizer.train(dataset.schema(), Map.of(), TrainingOptions.DEFAULT);
        UUID id = UUID.randomUUID();
        ObjectKey key = ObjectKeys.model(id);
        models.store(key, model);
        return transactions.execute(status -> {
            DatasetTrainingRun run = new DatasetTrainingRun(id, TenantContext.require().value(), dataset.id(), dataset.version(),
                    models.seedsJson(Map.of()), actor, clock.instant());
            run.completed(key.value(), clock.instant());
            return runs.save(run);
        });
    }
}
