package dev.synthesis.app.generation.internal;

import dev.synthesis.app.privacy.PrivacyLedgerLookup;
import dev.synthesis.app.privacy.PrivacySpend;
import dev.synthesis.app.provenance.Provenance;
import dev.synthesis.app.schema.SchemaCatalog;
import dev.synthesis.app.schema.SchemaId;
import dev.synthesis.app.schema.SchemaView;
import dev.synthesis.app.storage.ObjectStorage;
import dev.synthesis.app.training.Training;
import dev.synthesis.app.training.TrainingRunId;
import dev.synthesis.engine.dp.PrivacyAccount;
import dev.synthesis.engine.provenance.CanonicalJson;
import dev.synthesis.engine.provenance.Manifest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Builds a completed job's manifest from what is stored (each part hashed as it streams from the
 * object store, the model file hashed as stored), has the platform sign it and stores it next to
 * the parts. A DP training's manifest names the privacy-ledger entry its training was charged to.
 */
@Component
class ManifestWriter {

    private final ObjectStorage storage;
    private final SchemaCatalog schemas;
    private final Training training;
    private final Provenance provenance;
    private final PrivacyLedgerLookup ledger;
    private final Clock clock;

    ManifestWriter(ObjectStorage storage, SchemaCatalog schemas, Training training, Provenance provenance,
            PrivacyLedgerLookup ledger, Clock clock) {
        this.storage = storage;
        this.schemas = schemas;
        this.training = training;
        this.provenance = provenance;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Signs and stores the manifest; returns its size in bytes, which counts as the job's output. */
    long write(GenerationRun run) {
        byte[] signed = provenance.sign(manifest(run)).toJson();
        storage.put(OutputParts.manifest(run), new ByteArrayInputStream(signed), signed.length, "application/json");
        return signed.length;
    }

    private Manifest manifest(GenerationRun run) {
        SchemaView schema = schemas.version(new SchemaId(run.schemaId()), run.schemaVersion());
        Manifest.ModelRef model = null;
        Manifest.Privacy privacy = Manifest.Privacy.OFF;
        if (run.trainingRunId() != null) {
            TrainingRunId trainingRun = new TrainingRunId(run.trainingRunId());
            model = new Manifest.ModelRef(run.trainingRunId(), training.modelSha256(trainingRun));
            UUID ledgerEntry = ledger.spendOf(trainingRun).map(PrivacySpend::entryId).orElse(null);
            privacy = privacy(training.model(trainingRun).privacy(), ledgerEntry);
        }
        return new Manifest(Manifest.VERSION, Provenance.PLATFORM, new Manifest.Job(run.id(), "generation"),
                new Manifest.SchemaRef(run.schemaId(), schema.definition().name(), run.schemaVersion(),
                        CanonicalJson.sha256(schema.definition())),
                model, new Manifest.Rows(run.seed(), run.firstRow(), run.rowCount()),
                Manifest.Output.of(OutputParts.format(run).extension(), run.gzip() ? "gzip" : "none", parts(run)),
                new Manifest.Scores(score(run.qualityScore()), score(run.privacyScore())), privacy, clock.instant());
    }

    private List<Manifest.Part> parts(GenerationRun run) {
        List<Manifest.Part> parts = new ArrayList<>(run.partitions());
        for (int index = 0; index < run.partitions(); index++) {
            parts.add(Manifest.Part.of(index, storage.sha256(OutputParts.part(run, index))));
        }
        return parts;
    }

    /** The model's own account; without DP, ε and δ are absent rather than a misleading 0. */
    private static Manifest.Privacy privacy(PrivacyAccount account, UUID ledgerEntry) {
        if (!account.enabled()) {
            return Manifest.Privacy.OFF;
        }
        return new Manifest.Privacy(true, account.epsilonBudget(), account.deltaBudget() > 0 ? account.deltaBudget() : null,
                account.epsilonSpent(), account.deltaSpent(), account.notLearned(), ledgerEntry);
    }

    private static Double score(BigDecimal score) {
        return score == null ? null : score.doubleValue();
    }
}
