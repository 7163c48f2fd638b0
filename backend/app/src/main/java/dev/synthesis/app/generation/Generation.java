package dev.synthesis.app.generation;

import dev.synthesis.app.generation.internal.Cancellations;
import dev.synthesis.app.generation.internal.GenerationJobLauncher;
import dev.synthesis.app.generation.internal.GenerationRequestRecord;
import dev.synthesis.app.generation.internal.GenerationRun;
import dev.synthesis.app.generation.internal.GenerationRuns;
import dev.synthesis.app.generation.internal.GenerationViews;
import dev.synthesis.app.generation.internal.OutputParts;
import dev.synthesis.app.generation.internal.ZippedParts;
import dev.synthesis.app.jobs.JobAdmission;
import dev.synthesis.app.quota.UsageLedger;
import dev.synthesis.app.schema.SchemaCatalog;
import dev.synthesis.app.schema.SchemaId;
import dev.synthesis.app.schema.SchemaView;
import dev.synthesis.app.storage.ObjectKey;
import dev.synthesis.app.storage.ObjectKeys;
import dev.synthesis.app.storage.ObjectMissing;
import dev.synthesis.app.storage.ObjectStorage;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.training.Training;
import dev.synthesis.app.training.TrainingRunId;
import dev.synthesis.engine.io.OutputFormat;
import dev.synthesis.engine.io.RowWriters;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The generation feature's API: queue a job, follow it, read its report, stream its output. */
@Service
public class Generation {

    static final int MAX_PARTITIONS = 256;

    private static final SecureRandom SEEDS = new SecureRandom();

    private final GenerationRuns runs;
    private final GenerationViews views;
    private final GenerationJobLauncher launcher;
    private final JobAdmission admission;
    private final Cancellations cancellations;
    private final SchemaCatalog schemas;
    private final Training training;
    private final ObjectStorage storage;
    private final Clock clock;
    private final long rowsPerPartition;
    private final JsonMapper json;
    private final UsageLedger usage;
    private final TransactionTemplate transactions;

    Generation(GenerationRuns runs, GenerationViews views, GenerationJobLauncher launcher, JobAdmission admission, Cancellations cancellations,
            SchemaCatalog schemas, Training training, ObjectStorage storage, Clock clock, GenerationSettings settings, JsonMapper json,
            UsageLedger usage, TransactionTemplate transactions) {
        this.admission = admission;
        this.json = json;
        this.usage = usage;
        this.transactions = transactions;
        this.rowsPerPartition = settings.rowsPerPartition();
        this.runs = runs;
        this.views = views;
        this.launcher = launcher;
        this.cancellations = cancellations;
        this.schemas = schemas;
        this.training = training;
        this.storage = storage;
        this.clock = clock;
    }

    /**
     * Queues a job on the schema's current version, with its newest trained model or, without one,
     * the schema alone; an instance that holds as many jobs as it takes refuses it first
     * ({@link dev.synthesis.app.jobs.PlatformBusy}).
     */
    public GenerationView start(GenerationRequest request, String actor) {
        SchemaView schema = schemas.get(new SchemaId(request.requireSchemaId()));
        JobShape shape = new JobShape(request.requireRows(), 0, request.seed() != null ? request.seed() : SEEDS.nextLong(),
                request.formatOrDefault(), request.gzipOrDefault(), request.toTable(), null, null, null);
        return start(schema, shape, actor);
    }

    /** Queues one day of a deployment: its own row range and dated output key, one date field on its day. */
    public GenerationView startBatch(SchemaId schemaId, int version, JobShape shape, String actor) {
        return start(schemas.version(schemaId, version), shape, actor);
    }

    private GenerationView start(SchemaView schema, JobShape shape, String actor) {
        UUID trainingRun = training.latestRun(schema.id(), schema.version()).map(TrainingRunId::value).orElse(null);
        double realShare = realShare(schema, trainingRun);
        if (realShare > 0 && training.status(new TrainingRunId(trainingRun)).epsilonSpent() != null) {
            throw new IllegalArgumentException("the model was trained with differential privacy (privacy preset maximum or the"
                    + " schema's setting); mixing real rows would void it: set syntheticRatio to 100");
        }
        UUID id = UUID.randomUUID();
        GenerationRequestRecord record = new GenerationRequestRecord(id, schema.id().value(), schema.version(), trainingRun,
                shape.rows(), shape.seed(), shape.format(), shape.gzip(), partitions(shape.rows(), shape.format()),
                shape.table(), realShare, shape.firstRow(), shape.stampField(), shape.stampDate(), actor);
        ObjectKey output = shape.outputPrefix() != null ? shape.outputPrefix() : ObjectKeys.generationOutput(id);
        // the job is recorded in the transaction that reserves its rows: refused by a quota or by a full
        // instance, neither remains
        GenerationRun run = admission.admit(id, () -> transactions.execute(status -> {
            usage.reserveGeneration(shape.rows(), shape.table());
            return runs.save(new GenerationRun(record, TenantContext.require().value(), output.value(), clock.instant()));
        }));
        launcher.launch(run);
        return views.of(run);
    }

    /** The tenant's jobs, newest first; only the schema's when one is given. */
    @Transactional(readOnly = true)
    public Page<GenerationView> list(Optional<SchemaId> schema, Pageable page) {
        Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "createdAt"));
        return views.page(schema.map(id -> runs.findBySchemaId(id.value(), newestFirst)).orElseGet(() -> runs.findAll(newestFirst)));
    }

    @Transactional(readOnly = true)
    public GenerationView status(GenerationJobId id) {
        return views.of(find(id));
    }

    /** These jobs of the tenant, in no particular order; ids of other tenants' jobs are left out. */
    @Transactional(readOnly = true)
    public List<GenerationView> statuses(Collection<GenerationJobId> ids) {
        return views.all(runs.findByIdIn(ids.stream().map(GenerationJobId::value).toList()));
    }

    /** The tenant's queued and running jobs, oldest first. */
    @Transactional(readOnly = true)
    public List<GenerationView> active() {
        return views.all(runs.findByStatusInOrderByCreatedAt(List.of(GenerationStatus.QUEUED, GenerationStatus.RUNNING)));
    }

    /**
     * Asks a queued or running job to stop, on whichever instance runs it; its partitions stop
     * within about a second, its output is discarded and it ends CANCELLED.
     */
    @Transactional
    public GenerationView cancel(GenerationJobId id) {
        GenerationRun run = find(id);
        if (run.status().finished()) {
            throw new GenerationNotReady(id, run.status());
        }
        cancellations.request(id.value());
        return views.of(run);
    }

    /**
     * A completed job's metrics: the evaluation report (schema-only jobs answer a note instead) with
     * the job's timing added under {@code generation}.
     */
    @Transactional(readOnly = true)
    public String metricsJson(GenerationJobId id) {
        GenerationRun run = completed(id);
        ObjectNode metrics = run.reportKey() == null
                ? json.createObjectNode().put("note", "generated from the schema alone: there is no real data to score it against")
                : (ObjectNode) json.readTree(report(run));
        GenerationTiming timing = GenerationTiming.of(views.of(run));
        metrics.set("generation", json.valueToTree(timing));
        // the product proposal's names, on the report's [0, 1] scale, next to the engine's own
        if (metrics.has("qualityScore")) {
            metrics.set("utilityScore", metrics.get("qualityScore"));
        }
        metrics.put("generationTime", timing.seconds());
        return json.writeValueAsString(metrics);
    }

    private byte[] report(GenerationRun run) {
        try (InputStream in = storage.open(new ObjectKey(run.reportKey()))) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    /**
     * A completed job's signed manifest ({@code manifest.json}: a JWS in flattened JSON whose payload
     * is the manifest), exactly as stored when the job completed.
     */
    @Transactional(readOnly = true)
    public byte[] manifest(GenerationJobId id) {
        GenerationRun run = completed(id);
        try (InputStream in = storage.open(OutputParts.manifest(run))) {
            return in.readAllBytes();
        } catch (ObjectMissing completedBeforeManifests) {
            throw new ManifestNotFound(id);
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    /** The output's file name and media type, checked before any byte is streamed. */
    @Transactional(readOnly = true)
    public Download download(GenerationJobId id) {
        GenerationRun run = completed(id);
        return new Download(run, OutputParts.fileName(run), OutputParts.downloadMediaType(run));
    }

    /**
     * Streams the parts in order: joined, they are one valid file (gzip members concatenate); parts
     * that do not join (Parquet files) go into a zip under their own names.
     */
    public void writeOutput(Download download, OutputStream out) throws IOException {
        GenerationRun run = download.run();
        if (OutputParts.zipped(run)) {
            ZippedParts.write(run, storage, out);
            return;
        }
        for (int part = 0; part < run.partitions(); part++) {
            try (InputStream in = storage.open(OutputParts.part(run, part))) {
                in.transferTo(out);
            }
        }
    }

    private GenerationRun completed(GenerationJobId id) {
        GenerationRun run = find(id);
        if (run.status() != GenerationStatus.COMPLETED) {
            throw new GenerationNotReady(id, run.status());
        }
        return run;
    }

    private GenerationRun find(GenerationJobId id) {
        return runs.findById(id.value()).orElseThrow(() -> new GenerationNotFound(id));
    }

    /**
     * The schema's syntheticRatio (percent synthetic) turned into the share of real seed rows mixed
     * in; real rows come from the training seed, so mixing needs a trained model.
     */
    private static double realShare(SchemaView schema, UUID trainingRun) {
        double share = (100.0 - schema.definition().privacySettings().syntheticRatio()) / 100.0;
        if (share > 0 && trainingRun == null) {
            throw new IllegalArgumentException("the schema's syntheticRatio (" + schema.definition().privacySettings().syntheticRatio()
                    + " %) mixes real seed rows into the output: train the schema on a seed first, or set it to 100");
        }
        return share;
    }

    private int partitions(long rows, String format) {
        if (!RowWriters.writesParts(OutputFormat.valueOf(format.toUpperCase(Locale.ROOT)))) {
            return 1;
        }
        return (int) Math.min(MAX_PARTITIONS, Math.max(1, (rows + rowsPerPartition - 1) / rowsPerPartition));
    }

    /**
     * The rows a job produces.
     *
     * @param firstRow     where its rows start in the model's row space
     * @param stampField   a date or date-time field set to {@code stampDate} in every row, or null
     * @param outputPrefix where its parts go; null for the job's own folder
     */
    public record JobShape(long rows, long firstRow, long seed, String format, boolean gzip, boolean table,
            String stampField, java.time.LocalDate stampDate, ObjectKey outputPrefix) {}

    /** A completed job's output, ready to stream. */
    public record Download(GenerationRun run, String fileName, String mediaType) {}
}
