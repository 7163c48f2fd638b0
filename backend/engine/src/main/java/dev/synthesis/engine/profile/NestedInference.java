package dev.synthesis.engine.profile;

import dev.synthesis.engine.schema.Bound;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Declares the inside of a json or array column path by path, so the detected schema shows the tree:
 * an object's members in order of first appearance (required when present and not null in every
 * object), each member's type from its JSON values (ISO dates and date-times among strings), an
 * array's item and the lengths seen (as observed minItems/maxItems, like a seed's ranges never
 * enforced). A path whose values mix kinds, lies deeper than the declaration allows or comes after
 * the member budget stays free-form json.
 */
final class NestedInference {

    private static final int MAX_DEPTH = 8;
    private static final int MAX_MEMBERS = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A distinct JSON value and how many times it occurs. */
    private record Counted(JsonNode node, long count) {}

    private int members;

    private NestedInference() {}

    /** The field with its inside declared; unchanged when its values show no structure to declare. */
    static FieldDefinition declare(FieldDefinition field, List<Object> column) {
        Map<String, Long> counts = new LinkedHashMap<>();
        column.stream().filter(Objects::nonNull).forEach(value -> counts.merge((String) value, 1L, Long::sum));
        List<Counted> values = counts.entrySet().stream().flatMap(entry -> parsed(entry.getKey())
                .map(node -> new Counted(node, entry.getValue())).stream()).toList();
        FieldDefinition inside = new NestedInference().node(field.name(), values, 0);
        if (!inside.declaresStructure() || inside.type() != field.type()) {
            return field;
        }
        return new FieldDefinition(field.name(), field.type(), field.constraints(), field.model(), field.privacyLevel(),
                field.relationships(), field.format(), field.semanticKind(), field.description(), field.representation(),
                observed(field, inside), inside.fields(), inside.items());
    }

    /** What the seed showed of the field as a whole, with the array lengths seen when it is an array. */
    private static Constraints observed(FieldDefinition field, FieldDefinition inside) {
        Constraints lengths = inside.observed();
        if (lengths == null) {
            return field.observed();
        }
        return (field.observed() != null ? field.observed() : Constraints.NONE).withItems(lengths.minItems(), lengths.maxItems());
    }

    /** The JSON structure a value holds; empty for the seed's missing-value marker such as NA. */
    private static Optional<JsonNode> parsed(String text) {
        try {
            return Optional.of(JSON.readTree(text)).filter(JsonNode::isContainer);
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    private FieldDefinition node(String name, List<Counted> values, int depth) {
        if (!values.isEmpty() && values.stream().allMatch(value -> value.node().isObject()) && depth < MAX_DEPTH) {
            return object(name, values, depth);
        }
        if (!values.isEmpty() && values.stream().allMatch(value -> value.node().isArray()) && depth < MAX_DEPTH) {
            return array(name, values, depth);
        }
        return scalar(name, values);
    }

    private FieldDefinition object(String name, List<Counted> objects, int depth) {
        Map<String, List<Counted>> byMember = new LinkedHashMap<>();
        for (Counted object : objects) {
            object.node().properties().forEach(member -> byMember.computeIfAbsent(member.getKey(), key -> new ArrayList<>())
                    .add(new Counted(member.getValue(), object.count())));
        }
        long total = objects.stream().mapToLong(Counted::count).sum();
        List<FieldDefinition> declared = new ArrayList<>();
        for (Map.Entry<String, List<Counted>> member : byMember.entrySet()) {
            if (++members > MAX_MEMBERS) {
                return free(name);
            }
            List<Counted> present = member.getValue().stream().filter(value -> !value.node().isNull()).toList();
            boolean required = present.stream().mapToLong(Counted::count).sum() == total;
            FieldDefinition inside = node(member.getKey(), present, depth + 1);
            declared.add(inside.withConstraints(inside.constraints().withRequired(required)));
        }
        return declared.isEmpty() ? free(name) : structure(name, FieldType.JSON, null, declared, null);
    }

    private FieldDefinition array(String name, List<Counted> arrays, int depth) {
        List<Counted> items = arrays.stream().flatMap(array -> array.node().values().stream()
                .filter(item -> !item.isNull()).map(item -> new Counted(item, array.count()))).toList();
        if (++members > MAX_MEMBERS) {
            return free(name);
        }
        FieldDefinition item = items.isEmpty() ? free(null) : node(null, items, depth + 1);
        int shortest = arrays.stream().mapToInt(array -> array.node().size()).min().orElse(0);
        int longest = arrays.stream().mapToInt(array -> array.node().size()).max().orElse(0);
        Constraints observed = new Constraints(null, null, null, null, null, false, false, null, shortest, longest);
        return structure(name, FieldType.ARRAY, observed, null, item);
    }

    /** A scalar path's type; strings are tested for ISO dates and date-times as flat columns are. */
    private static FieldDefinition scalar(String name, List<Counted> values) {
        List<JsonNode> all = values.stream().map(Counted::node).toList();
        if (all.isEmpty() || !all.stream().allMatch(node -> node.isValueNode() && !node.isNull())) {
            return free(name);
        }
        if (all.stream().allMatch(JsonNode::isBoolean)) {
            return FieldDefinition.of(name, FieldType.BOOLEAN);
        }
        if (all.stream().allMatch(JsonNode::isIntegralNumber)) {
            return ranged(name, FieldType.INTEGER, all);
        }
        if (all.stream().allMatch(JsonNode::isNumber)) {
            return ranged(name, FieldType.NUMBER, all);
        }
        return all.stream().allMatch(JsonNode::isString) ? text(name, all) : free(name);
    }

    private static FieldDefinition ranged(String name, FieldType type, List<JsonNode> numbers) {
        double min = numbers.stream().mapToDouble(JsonNode::asDouble).min().orElseThrow();
        double max = numbers.stream().mapToDouble(JsonNode::asDouble).max().orElseThrow();
        Constraints observed = type == FieldType.INTEGER
                ? new Constraints(Bound.of((long) min), Bound.of((long) max), null, null, null, false, false, null)
                : new Constraints(Bound.of(min), Bound.of(max), null, null, null, false, false, null);
        return new FieldDefinition(name, type, null, null, null, null, null, null, null, null, observed);
    }

    private static FieldDefinition text(String name, List<JsonNode> strings) {
        Map<String, Long> counts = new HashMap<>();
        strings.forEach(node -> counts.merge(node.asString(), 1L, Long::sum));
        ColumnValues column = new ColumnValues(name == null ? "item" : name, strings.size(), 0, counts);
        Optional<TypeGuess> temporal = TemporalTypeRule.dates().apply(column).or(() -> TemporalTypeRule.dateTimes().apply(column));
        return temporal.map(guess -> new FieldDefinition(name, guess.type(), null, null, null, null, guess.format(), null, null, null, null))
                .orElseGet(() -> FieldDefinition.of(name, FieldType.STRING));
    }

    private static FieldDefinition free(String name) {
        return FieldDefinition.of(name, FieldType.JSON);
    }

    private static FieldDefinition structure(String name, FieldType type, Constraints observed, List<FieldDefinition> fields,
                                             FieldDefinition item) {
        return new FieldDefinition(name, type, null, null, null, null, null, null, null, null, observed, fields, item);
    }
}
