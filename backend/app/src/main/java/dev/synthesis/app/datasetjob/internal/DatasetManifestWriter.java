package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.provenance.Provenance;
import dev.synthesis.app.storage.ObjectKey;
import dev.synthesis.app.storage.ObjectStorage;
import dev.synthesis.engine.dataset.DatasetSchema;
import dev.synthesis.engine.provenance.CanonicalJson;
import dev.synthesis.engine.provenance.Manifest;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a completed dataset job's manifest from what is stored (each table's parts hashed as they
 * stream from the object store, the model file hashed as stored), has the platform sign it and
 * stores it next to the parts. Datasets are never trained with differential privacy (it is refused
 * for them), so the privacy section says so.
 */
@Component
class DatasetManifestWriter {

    private final ObjectStorage storage;
    private final DatasetLedger ledger;
    private final DatasetModels models;
    private final DatasetPlans plans;
    private final Provenance provenance;
    private final JsonMapper json;
    private final Clock clock;

    DatasetManifestWriter(ObjectStorage storage, DatasetLedger ledger, DatasetModels models, DatasetPlans plans,
            Provenance provenance, JsonMapper json, Clock clock) {
        this.storage = storage;
        this.ledger = ledger;
        this.models = models;
        this.plans = plans;
        this.provenance = provenance;
        this.json = json;
        this.clock = clock;
    }

    /** Signs and stores the manifest; returns its size in bytes, which counts as the job's output. */
    long write(DatasetJob job) {
        byte[] signed = provenance.sign(manifest(job)).toJson();
        storage.put(DatasetOutput.manifest(job), new ByteArrayInputStream(signed), signed.length, "application/json");
        return signed.length;
    }

    private Manifest manifest(DatasetJob job) {
        DatasetTrainingRun run = ledger.run(job.source().trainingRunId());
        DatasetSchema schema = models.of(run).schema();
        return new Manifest(Manifest.VERSION, Provenance.PLATFORM, new Manifest.Job(job.id(), "dataset"),
                new Manifest.SchemaRef(job.source().datasetId(), schema.name(), job.source().datasetVersion(),
                        CanonicalJson.sha256(schema)),
                new Manifest.ModelRef(run.id(), storage.sha256(new ObjectKey(run.modelKey())).hex()),
                new Manifest.Rows(job.seed(), 0, job.rowCount()),
                Manifest.Output.ofTables(job.format().value(), "gzip", tables(job, schema)), scores(job),
                Manifest.Privacy.OFF, clock.instant());
    }

    /** Every table in generation order, the order of its objects and of the whole-dataset downloads. */
    private List<Manifest.Table> tables(DatasetJob job, DatasetSchema schema) {
        Map<String, Long> rows = plans.read(job).rowsPerTable();
        List<String> order = schema.generationOrder();
        List<Manifest.Table> tables = new ArrayList<>(order.size());
        for (int table = 0; table < order.size(); table++) {
            List<Manifest.Part> parts = new ArrayList<>(job.partitions());
            for (int part = 0; part < job.partitions(); part++) {
                parts.add(Manifest.Part.of(part, storage.sha256(DatasetOutput.part(job, table, part))));
            }
            tables.add(Manifest.Table.of(order.get(table), rows.getOrDefault(order.get(table), 0L), parts));
        }
        return tables;
    }

    /**
     * The report's overall quality, and as privacy the lowest of the tables' privacy scores: a
     * dataset is as private as its least private table. None when the job was not scored.
     */
    private Manifest.Scores scores(DatasetJob job) {
        if (job.report() == null) {
            return Manifest.Scores.NONE;
        }
        JsonNode report = json.readTree(job.report());
        Double privacy = null;
        for (JsonNode table : report.path("tables")) {
            JsonNode score = table.path("privacyScore");
            if (score.isNumber() && (privacy == null || score.asDouble() < privacy)) {
                privacy = score.asDouble();
            }
        }
        return new Manifest.Scores(report.path("quality").isNumber() ? report.get("quality").asDouble() : null, privacy);
    }
}
