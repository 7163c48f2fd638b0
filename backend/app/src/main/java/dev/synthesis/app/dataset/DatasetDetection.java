package dev.synthesis.app.dataset;

import dev.synthesis.app.seed.SeedId;
import dev.synthesis.app.seed.SeedLibrary;
import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.dataset.DetectedRelationships;
import dev.synthesis.engine.dataset.RelationshipDetection;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Proposes a dataset from seeds, one per table: each seed's schema as profiling detects it, and the
 * keys and foreign keys the engine finds in the typed values ({@link RelationshipDetection}).
 */
@Service
public class DatasetDetection {

    private final SeedLibrary seeds;

    DatasetDetection(SeedLibrary seeds) {
        this.seeds = seeds;
    }

    public DetectedDataset detect(List<UUID> seedIds) {
        Map<String, UUID> seedOfTable = new LinkedHashMap<>();
        Map<String, DataSchema> schemas = new LinkedHashMap<>();
        Map<String, Table> typed = new LinkedHashMap<>();
        for (UUID seedId : seedIds) {
            DataSchema detected = seeds.profile(new SeedId(seedId)).schema();
            String name = unique(detected.name(), schemas.keySet());
            DataSchema schema = DatasetChecks.named(detected, name);
            seedOfTable.put(name, seedId);
            schemas.put(name, schema);
            typed.put(name, seeds.typed(new SeedId(seedId), schema).rows());
        }
        DetectedRelationships found = RelationshipDetection.detect(typed, schemas);
        List<DetectedTable> tables = new ArrayList<>();
        seedOfTable.forEach((name, seedId) -> {
            String key = found.primaryKeys().get(name);
            tables.add(new DetectedTable(seedId, name, declaringKey(schemas.get(name), key), key));
        });
        return new DetectedDataset(tables, found.relationships(), found.orphans());
    }

    /**
     * The detected key declared as one (required, unique): a relationship refers only to a unique key, and
     * profiling alone may have taken a unique column for a number (an integer key with gaps) or a category.
     */
    private static DataSchema declaringKey(DataSchema schema, String key) {
        if (key == null) {
            return schema;
        }
        List<FieldDefinition> fields = schema.fields().stream()
                .map(field -> field.name().equals(key) ? field.withConstraints(asKey(field.constraints())) : field)
                .toList();
        return new DataSchema(schema.name(), schema.description(), schema.domain(), fields, schema.targetVolume(),
                schema.privacySettings());
    }

    private static Constraints asKey(Constraints c) {
        if (c.required() && c.unique()) {
            return c;
        }
        return new Constraints(c.min(), c.max(), c.minLength(), c.maxLength(), c.pattern(), true, true, c.enumValues());
    }

    /** Two seeds with one file name (say two uploads of data.csv) still make two tables: data and data_2. */
    private static String unique(String name, Set<String> taken) {
        Set<String> lower = taken.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String candidate = name;
        for (int n = 2; lower.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }
}
