package dev.synthesis.app.template.internal;

import dev.synthesis.engine.data.RowSink;
import dev.synthesis.engine.dataset.DatasetSchema;
import dev.synthesis.engine.dataset.TableRelationship;
import dev.synthesis.engine.dataset.TableSinks;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.validate.RowValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a generated dataset as it streams by: every row against its table's schema, and the values of
 * each relationship's keys, kept as sets so that dangling foreign keys can be found once all parts are in
 * (a referenced root such as products may be generated in another part than the rows that point at it).
 * Parts are generated one after another on the test's thread, so nothing here is shared between threads.
 */
final class CheckingSinks implements TableSinks {

    private static final int SHOWN = 5;

    private final DatasetSchema dataset;
    private final Map<String, Long> rowCounts = new HashMap<>();
    private final List<String> invalidRows = new ArrayList<>();
    private final List<String> repeatedKeys = new ArrayList<>();
    private final Map<String, Set<Object>> parentKeys = new HashMap<>();
    private final Map<String, Set<Object>> childKeys = new HashMap<>();
    private final List<SequenceCheck> sequences = new ArrayList<>();

    CheckingSinks(DatasetSchema dataset) {
        this.dataset = dataset;
        dataset.relationships().stream().filter(link -> link.sequence() != null).forEach(link -> sequences.add(
                new SequenceCheck(link, dataset.table(link.parent()).orElseThrow(), dataset.table(link.child()).orElseThrow())));
    }

    @Override
    public RowSink sink(String table) {
        DataSchema schema = dataset.table(table).orElseThrow();
        RowValidator validator = new RowValidator(schema);
        List<KeyColumn> keys = keyColumns(table, schema);
        List<SequenceCheck> asParent = sequences.stream().filter(check -> check.link().parent().equals(table)).toList();
        List<SequenceCheck> asChild = sequences.stream().filter(check -> check.link().child().equals(table)).toList();
        return row -> {
            accept(table, validator, keys, row);
            asParent.forEach(check -> check.parent(row));
            asChild.forEach(check -> check.child(row));
        };
    }

    private void accept(String table, RowValidator validator, List<KeyColumn> keys, Object[] row) {
        long number = rowCounts.merge(table, 1L, Long::sum);
        var errors = validator.validate(number, row);
        if (!errors.isEmpty() && invalidRows.size() < SHOWN) {
            invalidRows.add(table + " " + errors);
        }
        for (KeyColumn key : keys) {
            Object value = row[key.index()];
            boolean added = value == null || key.values().add(value);
            if (!added && key.parent() && repeatedKeys.size() < SHOWN) {
                repeatedKeys.add(table + "." + key.name() + " = " + value);
            }
        }
    }

    /** The columns of this table that are a relationship's child key, or a parent key (once, however many relationships use it). */
    private List<KeyColumn> keyColumns(String table, DataSchema schema) {
        List<KeyColumn> keys = new ArrayList<>();
        for (TableRelationship link : dataset.relationships()) {
            boolean seen = keys.stream().anyMatch(key -> key.parent() && key.name().equals(link.parentKey()));
            if (link.parent().equals(table) && !seen) {
                keys.add(new KeyColumn(link.parentKey(), index(schema, link.parentKey()), true,
                        parentKeys.computeIfAbsent(link.parent() + "." + link.parentKey(), key -> new HashSet<>())));
            }
            if (link.child().equals(table)) {
                keys.add(new KeyColumn(link.childKey(), index(schema, link.childKey()), false,
                        childKeys.computeIfAbsent(label(link), key -> new HashSet<>())));
            }
        }
        return keys;
    }

    Map<String, Long> rowCounts() {
        return rowCounts;
    }

    List<String> invalidRows() {
        return invalidRows;
    }

    List<String> repeatedKeys() {
        return repeatedKeys;
    }

    /** Per relationship, up to a few child key values that no parent row has. */
    Map<String, List<Object>> danglingKeys() {
        Map<String, List<Object>> dangling = new HashMap<>();
        for (TableRelationship link : dataset.relationships()) {
            Set<Object> parents = parentKeys.getOrDefault(link.parent() + "." + link.parentKey(), Set.of());
            List<Object> missing = childKeys.getOrDefault(label(link), Set.of()).stream()
                    .filter(value -> !parents.contains(value)).limit(SHOWN).toList();
            if (!missing.isEmpty()) {
                dangling.put(label(link), missing);
            }
        }
        return dangling;
    }

    /** Sequences whose children are out of time order or start before their parent. */
    List<String> sequenceProblems() {
        return sequences.stream().flatMap(check -> check.problems().stream()).toList();
    }

    private static String label(TableRelationship link) {
        return link.child() + "." + link.childKey() + " -> " + link.parent() + "." + link.parentKey();
    }

    static int index(DataSchema schema, String field) {
        List<FieldDefinition> fields = schema.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(field)) {
                return i;
            }
        }
        throw new IllegalArgumentException(schema.name() + " has no field " + field);
    }

    private record KeyColumn(String name, int index, boolean parent, Set<Object> values) {}
}
