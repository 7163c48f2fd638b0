package dev.synthesis.engine.dataset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.SemanticKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes primary and foreign keys from several seeds. A primary key is a complete, unique integer or
 * string column, preferring id-like names ({@code id}, {@code <table>_id}, {@code ..._id}) and UUIDs,
 * then the earlier column. A foreign key candidate is a column of the same type whose non-null values
 * are at least {@value #MIN_INCLUSION} included in another table's primary key (inclusion dependencies,
 * as in Rostin et al., "A machine learning approach to foreign key discovery", WebDB 2009). Every
 * candidate past the threshold counts as tied on inclusion, and name similarity breaks the tie: a
 * key range that happens to contain a column's values (ids 1..3000 contain 1..2000) is as included
 * as the true parent. A column named like no key must cover at least half of the parent's keys, so
 * small numbers (ages, counts) are not taken for references to an id column.
 */
public final class RelationshipDetection {

    static final double MIN_INCLUSION = 0.95;
    private static final double MIN_COVERAGE_WITHOUT_NAME = 0.5;

    private RelationshipDetection() {}

    private record Candidate(TableRelationship relationship, double inclusion, int nameScore, double coverage) {}

    public static DetectedRelationships detect(Map<String, Table> typedTables, Map<String, DataSchema> schemas) {
        Map<String, String> primaryKeys = new LinkedHashMap<>();
        schemas.forEach((table, schema) -> primaryKey(schema, typedTables.get(table)).ifPresent(key -> primaryKeys.put(table, key)));
        List<ProposedRelationship> relationships = new ArrayList<>();
        List<Orphans> orphans = new ArrayList<>();
        for (var child : schemas.entrySet()) {
            Table childTable = typedTables.get(child.getKey());
            if (childTable == null) {
                continue;
            }
            for (FieldDefinition field : child.getValue().fields()) {
                if (!field.name().equals(primaryKeys.get(child.getKey()))) {
                    best(child.getKey(), field, childTable, typedTables, schemas, primaryKeys)
                            .ifPresent(candidate -> propose(candidate, typedTables, relationships, orphans));
                }
            }
        }
        return new DetectedRelationships(primaryKeys, relationships, orphans);
    }

    static Optional<String> primaryKey(DataSchema schema, Table table) {
        if (table == null || table.rowCount() == 0) {
            return Optional.empty();
        }
        FieldDefinition best = null;
        int bestScore = -1;
        for (FieldDefinition field : schema.fields()) {
            if (keyType(field.type()) && table.columns().contains(field.name()) && completeAndUnique(table, field.name())) {
                int score = keyNameScore(schema.name(), field);
                if (score > bestScore) {
                    best = field;
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best).map(FieldDefinition::name);
    }

    private static int keyNameScore(String table, FieldDefinition field) {
        String name = field.name().toLowerCase(Locale.ROOT);
        if (name.equals("id") || name.equals(singular(table) + "_id") || name.equals(table.toLowerCase(Locale.ROOT) + "_id")) {
            return 3;
        }
        if (field.semanticKind() == SemanticKind.UUID || idLike(name)) {
            return 2;
        }
        return 0;
    }

    private static boolean completeAndUnique(Table table, String column) {
        int index = table.columnIndex(column);
        Set<Object> seen = new HashSet<>();
        return table.rows().stream().allMatch(row -> row[index] != null && seen.add(row[index]));
    }

    private static Optional<Candidate> best(String child, FieldDefinition field, Table childTable, Map<String, Table> tables,
                                            Map<String, DataSchema> schemas, Map<String, String> primaryKeys) {
        if (!keyType(field.type()) || !childTable.columns().contains(field.name())) {
            return Optional.empty();
        }
        Set<Object> values = new HashSet<>(childTable.column(childTable.columnIndex(field.name())));
        values.remove(null);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> candidates = new ArrayList<>();
        primaryKeys.forEach((parent, key) -> {
            FieldDefinition keyField = schemas.get(parent).field(key).orElseThrow();
            if (keyField.type() == field.type() && !(parent.equals(child) && key.equals(field.name()))) {
                Table parentTable = tables.get(parent);
                Set<Object> keys = new HashSet<>(parentTable.column(parentTable.columnIndex(key)));
                long found = values.stream().filter(keys::contains).count();
                double inclusion = inclusion(childTable, field.name(), keys);
                int nameScore = referenceNameScore(field.name(), parent, key);
                double coverage = (double) found / keys.size();
                if (inclusion >= MIN_INCLUSION && (nameScore > 0 || coverage >= MIN_COVERAGE_WITHOUT_NAME)) {
                    Cardinality cardinality = completeAndUnique(childTable, field.name()) ? Cardinality.ONE_TO_ONE : Cardinality.ONE_TO_MANY;
                    candidates.add(new Candidate(new TableRelationship(parent, key, child, field.name(), cardinality, null, null),
                            inclusion, nameScore, coverage));
                }
            }
        });
        return candidates.stream().max(Comparator.comparingInt(Candidate::nameScore).thenComparingDouble(Candidate::inclusion));
    }

    /** Share of the child's non-null rows (not distinct values) whose value is a parent key. */
    private static double inclusion(Table child, String column, Set<Object> keys) {
        int index = child.columnIndex(column);
        long present = child.rows().stream().filter(row -> row[index] != null).count();
        long found = child.rows().stream().filter(row -> row[index] != null && keys.contains(row[index])).count();
        return (double) found / present;
    }

    private static int referenceNameScore(String column, String parent, String key) {
        String name = column.toLowerCase(Locale.ROOT);
        String keyName = key.toLowerCase(Locale.ROOT);
        String singular = singular(parent);
        if ((name.equals(keyName) && !keyName.equals("id")) || name.equals(singular + "_id") || name.equals(singular + "id")) {
            return 3;
        }
        if (name.contains(singular)) {
            return 2;
        }
        return idLike(name) ? 1 : 0;
    }

    private static void propose(Candidate candidate, Map<String, Table> tables, List<ProposedRelationship> relationships,
                                List<Orphans> orphans) {
        TableRelationship relationship = candidate.relationship();
        String reason = String.format(Locale.ROOT, "%.1f %% of %s.%s values are %s.%s keys (covering %.0f %% of them)%s",
                100 * candidate.inclusion(), relationship.child(), relationship.childKey(), relationship.parent(),
                relationship.parentKey(), 100 * candidate.coverage(),
                candidate.nameScore() >= 2 ? "; the names match" : candidate.nameScore() == 1 ? "; the column is named like a key" : "");
        relationships.add(new ProposedRelationship(relationship, candidate.inclusion(), reason));
        if (candidate.inclusion() < 1) {
            SeedJoin join = SeedJoin.of(tables.get(relationship.parent()), relationship.parentKey(), tables.get(relationship.child()),
                    relationship.childKey());
            orphans.add(new Orphans(relationship.child(), relationship.childKey(), relationship.parent(), join.orphans(),
                    join.orphanExamples()));
        }
    }

    private static boolean keyType(FieldType type) {
        return type == FieldType.INTEGER || type == FieldType.STRING;
    }

    private static boolean idLike(String name) {
        return name.endsWith("_id") || name.endsWith("id") || name.endsWith("_key") || name.endsWith("_code") || name.endsWith("_no")
                || name.endsWith("_number");
    }

    private static String singular(String table) {
        String name = Objects.requireNonNull(table).toLowerCase(Locale.ROOT);
        return name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
                : name.endsWith("ses") ? name.substring(0, name.length() - 2)
                : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
