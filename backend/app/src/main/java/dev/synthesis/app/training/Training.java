package dev.synthesis.app.training;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.synthesis.app.jobs.JobAdmission;
import dev.synthesis.app.quota.UsageLedger;
import dev.synthesis.app.schema.SchemaCatalog;
import dev.synthesis.app.schema.SchemaId;
import dev.synthesis.app.schema.SchemaView;
import dev.synthesis.app.seed.SeedId;
import dev.synthesis.app.seed.SeedLibrary;
import dev.synthesis.app.storage.ObjectKey;
import dev.synthesis.app.storage.ObjectStorage;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.training.internal.FieldModelRecords;
import dev.synthesis.app.training.internal.TrainingJobLauncher;
import dev.synthesis.app.training.internal.TrainingRun;
import dev.synthesis.app.training.internal.TrainingRuns;
import dev.synthesis.engine.evaluate.Holdout;
import dev.synthesis.engine.generate.ModelFiles;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.PrivacySettings;
import dev.synthesis.engine.generate.SynthesisModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The training feature's API: start a run, follow it, read what it fitted. */
@Service
public class Training {

    private static final SecureRandom SPLIT_SEEDS = new SecureRandom();

    private final TrainingRuns runs;
    private final FieldModelRecords fieldModels;
    private final TrainingJobLauncher launcher;
    private final JobAdmission admission;
    private final SchemaCatalog schemas;
    private final SeedLibrary seeds;
    private final ObjectStorage storage;
    private final JsonMapper json;
    private final Clock clock;
    private final UsageLedger usage;
    private final TransactionTemplate transactions;
    private final PrivacyCharges charges;

    /**
     * Runs never change once trained, and every partition of a generation job (and every preview)
     * needs the model, and mixing jobs the real rows; loading them once per run instead of once
     * per partition saves reading and re-typing the seed each time.
     */
    private final Cache<RunKey, SynthesisModel> models =
            Caffeine.newBuilder().maximumSize(32).expireAfterAccess(Duration.ofMinutes(15)).build();
    private final Cache<RunKey, Holdout> realRows =
            Caffeine.newBuilder().maximumSize(2).expireAfterAccess(Duration.ofMinutes(5)).build();

    Training(TrainingRuns runs, FieldModelRecords fieldModels, TrainingJobLauncher launcher, JobAdmission admission,
            SchemaCatalog schemas, SeedLibrary seeds, ObjectStorage storage, JsonMapper json, Clock clock, UsageLedger usage,
            TransactionTemplate transactions, PrivacyCharges charges) {
        this.admission = admission;
        this.runs = runs;
        this.fieldModels = fieldModels;
        this.launcher = launcher;
        this.schemas = schemas;
        this.seeds = seeds;
        this.storage = storage;
        this.json = json;
        this.clock = clock;
        this.usage = usage;
        this.transactions = transactions;
        this.charges = charges;
    }

    /**
     * Queues a run on the schema's current version, unless this instance is full ({@link dev.synthesis.app.jobs.PlatformBusy}),
     * a quota is reached, or, with differential privacy on, the seed's privacy budget cannot pay for it.
     */
    public TrainingRunView start(SchemaId schemaId, SeedId seedId, TrainingSettings settings, String actor) {
        SchemaView schema = schemas.get(schemaId);
        seeds.get(seedId);
        PrivacySettings privacy = settings.effective(schema.definition()).privacySettings();
        UUID id = UUID.randomUUID();
        // recorded in the transaction that checks the tenant's jobs and charges the seed's privacy
        // budget at once: refused by a quota, a budget or a full instance, no run and no charge remain
        TrainingRun run = admission.admit(id, () -> transactions.execute(status -> {
            usage.reserveTraining();
            TrainingRun recorded = runs.save(new TrainingRun(id, TenantContext.require().value(), schemaId.value(),
                    schema.version(), seedId.value(), SPLIT_SEEDS.nextLong(), settings, actor, clock.instant()));
            if (privacy.differentialPrivacy()) {
                runs.flush();
                charges.charge(new PrivateTraining(new TrainingRunId(id), seedId, privacy.epsilon(), privacy.deltaOrDefault()));
            }
            return recorded;
        }));
        launcher.launch(run.id());
        return run.view();
    }

    /** The tenant's training runs, newest first; only the schema's when one is given. */
    @Transactional(readOnly = true)
    public Page<TrainingRunView> list(Optional<SchemaId> schema, Pageable page) {
        Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "createdAt"));
        return schema.map(id -> runs.findBySchemaId(id.value(), newestFirst)).orElseGet(() -> runs.findAll(newestFirst))
                .map(TrainingRun::view);
    }

    /** The tenant's queued and running runs, oldest first. */
    @Transactional(readOnly = true)
    public List<TrainingRunView> active() {
        return runs.findByStatusInOrderByCreatedAt(List.of(TrainingStatus.QUEUED, TrainingStatus.RUNNING)).stream()
                .map(TrainingRun::view).toList();
    }

    @Transactional(readOnly = true)
    public TrainingRunView status(TrainingRunId id) {
        return find(id).view();
    }

    @Transactional(readOnly = true)
    public List<FieldModelView> models(TrainingRunId id) {
        find(id);
        return fieldModels.findByTrainingRunIdOrderByFieldName(id.value()).stream()
                .map(record -> new FieldModelView(record.fieldName(), record.modelType(),
                        json.readValue(record.trainingMetrics(), new TypeReference<java.util.Map<String, Object>>() {})))
                .toList();
    }

    /** The newest completed run on exactly this schema version, if any. */
    @Transactional(readOnly = true)
    public Optional<TrainingRunId> latestRun(SchemaId schemaId, int version) {
        return runs.latestCompleted(schemaId.value(), version).map(run -> new TrainingRunId(run.id()));
    }

    /** The newest model fitted on exactly this schema version, if any. */
    @Transactional(readOnly = true)
    public Optional<TrainedSchemaModel> latestModel(SchemaId schemaId, int version) {
        return runs.latestCompleted(schemaId.value(), version).map(run -> new TrainedSchemaModel(
                new TrainingRunId(run.id()), models.get(RunKey.of(run.id()), key -> load(run))));
    }

    /** The model a completed run fitted. */
    @Transactional(readOnly = true)
    public SynthesisModel model(TrainingRunId id) {
        return models.get(RunKey.of(id.value()), key -> load(find(id)));
    }

    /** The hex SHA-256 of a completed run's model file exactly as stored, for the manifests of the data it generates. */
    @Transactional(readOnly = true)
    public String modelSha256(TrainingRunId id) {
        return storage.sha256(modelKey(find(id))).hex();
    }

    /** The real rows a run trained on and the ones it held out, split again exactly as in training. */
    @Transactional(readOnly = true)
    public Holdout realData(TrainingRunId id) {
        return realRows.get(RunKey.of(id.value()), key -> {
            TrainingRun run = find(id);
            DataSchema schema = schemas.version(new SchemaId(run.schemaId()), run.schemaVersion()).definition();
            return Holdout.split(seeds.typed(new SeedId(run.seedId()), schema).rows(), run.holdoutShare(), run.splitSeed());
        });
    }

    private SynthesisModel load(TrainingRun run) {
        return load(modelKey(run));
    }

    private static ObjectKey modelKey(TrainingRun run) {
        if (run.modelKey() == null) {
            throw new IllegalStateException("training run " + run.id() + " has no model yet");
        }
        return new ObjectKey(run.modelKey());
    }

    /**
     * A cache entry is made only after the run was found under row-level security, and its key
     * holds the tenant, so a hit never shows one tenant's run to another.
     */
    private record RunKey(String tenant, UUID run) {
        static RunKey of(UUID run) {
            return new RunKey(TenantContext.require().value(), run);
        }
    }

    private SynthesisModel load(ObjectKey key) {
        try (InputStream in = storage.open(key)) {
            return ModelFiles.read(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private TrainingRun find(TrainingRunId id) {
        return runs.findById(id.value()).orElseThrow(() -> new TrainingRunNotFound(id));
    }

    /** A fitted model and the run that made it. */
    public record TrainedSchemaModel(TrainingRunId run, SynthesisModel model) {}
}
