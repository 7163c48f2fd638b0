package dev.synthesis.engine.dataset;

import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a dataset as a whole. Self-references are allowed (a row points at an earlier row of its
 * own table); cycles through other tables are refused, because no table of such a cycle could be
 * generated before the others.
 */
final class DatasetRules {

    private DatasetRules() {}

    static List<String> violations(DatasetSchema dataset) {
        List<String> violations = new ArrayList<>();
        if (dataset.name() == null || dataset.name().isBlank()) {
            violations.add("The dataset needs a name.");
        }
        if (dataset.tables().isEmpty()) {
            violations.add("The dataset needs at least one table.");
        }
        Set<String> names = new HashSet<>();
        for (DataSchema table : dataset.tables()) {
            if (!names.add(table.name())) {
                violations.add("Two tables are named '" + table.name() + "'; table names must be unique in a dataset.");
            }
            table.violations().forEach(violation -> violations.add("Table '" + table.name() + "': " + violation + "."));
        }
        Set<String> childKeys = new HashSet<>();
        for (TableRelationship relationship : dataset.relationships()) {
            checkRelationship(dataset, relationship, violations);
            if (!childKeys.add(relationship.child() + "." + relationship.childKey())) {
                violations.add("The field " + relationship.child() + "." + relationship.childKey()
                        + " references more than one key; a foreign key points at one table.");
            }
        }
        if (violations.isEmpty()) {
            cycle(dataset).ifPresent(cycle -> violations.add("The relationships form a cycle (" + String.join(" -> ", cycle)
                    + "); no table of it could be generated before the others. Make one of these keys a plain field."));
        }
        return violations;
    }

    private static void checkRelationship(DatasetSchema dataset, TableRelationship relationship, List<String> violations) {
        Optional<DataSchema> parent = dataset.table(relationship.parent());
        Optional<DataSchema> child = dataset.table(relationship.child());
        if (parent.isEmpty() || child.isEmpty()) {
            violations.add("The relationship " + relationship + " names an unknown table '"
                    + (parent.isEmpty() ? relationship.parent() : relationship.child()) + "'.");
            return;
        }
        Optional<FieldDefinition> key = field(parent.get(), relationship.parentKey(), violations);
        Optional<FieldDefinition> foreignKey = field(child.get(), relationship.childKey(), violations);
        if (key.isEmpty() || foreignKey.isEmpty()) {
            return;
        }
        if (!key.get().constraints().unique()) {
            violations.add("The key " + relationship.parent() + "." + relationship.parentKey()
                    + " is referenced by " + relationship.child() + "." + relationship.childKey() + " and must be declared unique.");
        }
        if (key.get().type() != foreignKey.get().type()) {
            violations.add("The key " + relationship.parent() + "." + relationship.parentKey() + " is " + key.get().type().jsonName()
                    + " but " + relationship.child() + "." + relationship.childKey() + " is " + foreignKey.get().type().jsonName()
                    + "; a foreign key has its key's type.");
        }
        checkCount(relationship, violations);
        checkSequence(parent.get(), child.get(), relationship, violations);
    }

    private static Optional<FieldDefinition> field(DataSchema table, String name, List<String> violations) {
        Optional<FieldDefinition> field = name == null ? Optional.empty() : table.field(name);
        if (field.isEmpty()) {
            violations.add("The table '" + table.name() + "' has no field '" + name + "'.");
        }
        return field;
    }

    private static void checkCount(TableRelationship relationship, List<String> violations) {
        ChildCount count = relationship.children();
        if (count == null) {
            return;
        }
        int min = count.min() == null ? 0 : count.min();
        int max = count.max() == null ? Integer.MAX_VALUE : count.max();
        if (min < 0 || max < min) {
            violations.add("The children per parent of " + relationship + " need 0 <= min <= max.");
        } else if (count.mean() != null && (count.mean() < min || count.mean() > max)) {
            violations.add("The mean children per parent of " + relationship + " must lie between min and max.");
        }
        if (relationship.cardinality() == Cardinality.ONE_TO_ONE && count.max() != null && count.max() > 1) {
            violations.add("A one-to-one relationship (" + relationship + ") has at most one child per parent.");
        }
    }

    private static void checkSequence(DataSchema parent, DataSchema child, TableRelationship relationship, List<String> violations) {
        SequenceSpec sequence = relationship.sequence();
        if (sequence == null) {
            return;
        }
        if (child.field(String.valueOf(sequence.orderBy())).filter(field -> field.type().isTemporal()).isEmpty()) {
            violations.add("The sequence of " + relationship + " is ordered by '" + sequence.orderBy()
                    + "', which must be a date or date-time field of " + child.name() + ".");
        }
        if (sequence.parentStart() != null
                && parent.field(sequence.parentStart()).filter(field -> field.type().isTemporal()).isEmpty()) {
            violations.add("The sequence of " + relationship + " starts at '" + sequence.parentStart()
                    + "', which must be a date or date-time field of " + parent.name() + ".");
        }
    }

    /** A cycle through different tables, as table names with the first repeated at the end; empty when there is none. */
    static Optional<List<String>> cycle(DatasetSchema dataset) {
        Map<String, List<String>> children = edges(dataset);
        Map<String, Integer> state = new LinkedHashMap<>();
        for (String table : children.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> found = visit(table, children, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> visit(String table, Map<String, List<String>> children, Map<String, Integer> state,
                                                List<String> path) {
        Integer seen = state.get(table);
        if (seen != null && seen == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(table), path.size()));
            cycle.add(table);
            return Optional.of(cycle);
        }
        if (seen != null) {
            return Optional.empty();
        }
        state.put(table, 1);
        path.add(table);
        for (String child : children.getOrDefault(table, List.of())) {
            Optional<List<String>> found = visit(child, children, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        path.removeLast();
        state.put(table, 2);
        return Optional.empty();
    }

    /** A topological order of the tables (parents first), keeping the declared order where it is free; empty with a cycle. */
    static Optional<List<String>> parentsFirst(DatasetSchema dataset) {
        Map<String, List<String>> children = edges(dataset);
        Map<String, Integer> parents = new LinkedHashMap<>();
        dataset.tables().forEach(table -> parents.put(table.name(), 0));
        children.values().forEach(list -> list.forEach(child -> parents.merge(child, 1, Integer::sum)));
        List<String> order = new ArrayList<>();
        while (order.size() < parents.size()) {
            Optional<String> next = parents.entrySet().stream()
                    .filter(entry -> entry.getValue() == 0 && !order.contains(entry.getKey())).map(Map.Entry::getKey).findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            order.add(next.get());
            children.getOrDefault(next.get(), List.of()).forEach(child -> parents.merge(child, -1, Integer::sum));
        }
        return Optional.of(order);
    }

    private static Map<String, List<String>> edges(DatasetSchema dataset) {
        Map<String, List<String>> children = new LinkedHashMap<>();
        dataset.tables().forEach(table -> children.put(table.name(), new ArrayList<>()));
        for (TableRelationship relationship : dataset.relationships()) {
            if (!relationship.selfReference() && children.containsKey(relationship.parent())) {
                children.get(relationship.parent()).add(relationship.child());
            }
        }
        return children;
    }
}
