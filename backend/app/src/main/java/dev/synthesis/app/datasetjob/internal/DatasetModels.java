package dev.synthesis.app.datasetjob.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.synthesis.app.seed.SeedId;
import dev.synthesis.app.seed.SeedLibrary;
import dev.synthesis.app.storage.ObjectKey;
import dev.synthesis.app.storage.ObjectStorage;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.dataset.DatasetModel;
import dev.synthesis.engine.dataset.DatasetModelFiles;
import dev.synthesis.engine.dataset.DatasetSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fitted dataset models in the object store, and the seeds they were trained on. Models never
 * change once stored and every part of a job needs its model, so each is read once per instance.
 */
@Component
class DatasetModels {

    private static final TypeReference<Map<String, UUID>> SEEDS = new TypeReference<>() {};

    private final ObjectStorage storage;
    private final SeedLibrary seedLibrary;
    private final JsonMapper json;
    /** Keyed by tenant and run: an entry is made only after the run was found under row-level security. */
    private final Cache<String, DatasetModel> models =
            Caffeine.newBuilder().maximumSize(16).expireAfterAccess(Duration.ofMinutes(15)).build();

    DatasetModels(ObjectStorage storage, SeedLibrary seedLibrary, JsonMapper json) {
        this.storage = storage;
        this.seedLibrary = seedLibrary;
        this.json = json;
    }

    DatasetModel of(DatasetTrainingRun run) {
        if (run.modelKey() == null) {
            throw new IllegalStateException("dataset training run " + run.id() + " has no model yet");
        }
        return models.get(TenantContext.require().value() + "/" + run.id(), key -> read(new ObjectKey(run.modelKey())));
    }

    void store(ObjectKey key, DatasetModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DatasetModelFiles.write(model, bytes);
        storage.put(key, new ByteArrayInputStream(bytes.toByteArray()), bytes.size(), "application/octet-stream");
    }

    /** The run's seeds as typed tables of the dataset's schemas (rows that break a schema left out). */
    Map<String, Table> seeds(DatasetTrainingRun run, DatasetSchema schema) {
        Map<String, Table> typed = new LinkedHashMap<>();
        seedsOf(run).forEach((table, seed) -> typed.put(table,
                seedLibrary.typed(new SeedId(seed), schema.table(table).orElseThrow()).rows()));
        return typed;
    }

    Map<String, UUID> seedsOf(DatasetTrainingRun run) {
        return json.readValue(run.seeds(), SEEDS);
    }

    String seedsJson(Map<String, UUID> seeds) {
        return json.writeValueAsString(seeds);
    }

    private DatasetModel read(ObjectKey key) {
        try (InputStream in = storage.open(key)) {
            return DatasetModelFiles.read(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
