package dev.synthesis.app.dataset;

import dev.synthesis.app.seed.SeedId;
import dev.synthesis.app.seed.SeedLibrary;
import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.dataset.DetectedRelationships;
import dev.synthesis.engine.dataset.RelationshipDetection;
import dev.synthesis.engine.schema.DataSchema;
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
        seedOfTable.forEach((name, seedId) ->
                tables.add(new DetectedTable(seedId, name, schemas.get(name), found.primaryKeys().get(name))));
        return new DetectedDataset(tables, found.relationships(), found.orphans());
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
