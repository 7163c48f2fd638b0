package dev.synthesis.engine.generate;

import dev.synthesis.engine.data.JsonValues;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.json.ArrayLengths;
import dev.synthesis.engine.model.json.JsonShapeTrainer;
import dev.synthesis.engine.model.json.NestedSampler;
import dev.synthesis.engine.model.json.NestedShape;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.FieldDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fits a json or array field whose inner structure is declared. Each member and item is a small
 * field of its own, fitted like a flat field (same model choice, same samplers, so enums, bounds,
 * patterns and semantic kinds hold) from the values found at its path; members appear at their seed
 * rate (required ones always) and array lengths follow their seed histogram clipped to the declared
 * bounds, with lengths seen fewer than the rare-category threshold dropped like rare categories.
 * Where there is no seed, or a path holds no value, the declaration alone decides: optional members
 * appear at {@value #DEFAULT_PRESENCE}, lengths are uniform within the bounds (0 to
 * {@value #DEFAULT_MAX_ITEMS} unless declared).
 *
 * @param column the field's seed values (compact JSON text), null for schema-only
 */
record NestedFitter(FieldDefinition field, List<Object> column, int rareBelow, RandomGenerator random, long seed) {

    static final double DEFAULT_PRESENCE = 0.8;
    static final int DEFAULT_MAX_ITEMS = 5;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static FieldSampler schemaOnly(FieldDefinition field) {
        return new NestedFitter(field, null, 0, null, 0).fit();
    }

    FieldSampler fit() {
        List<JsonNode> values = column == null ? null
                : column.stream().filter(Objects::nonNull).map(value -> JSON.readTree(value.toString())).toList();
        return new NestedSampler(shape(field, values, field.name()));
    }

    /** @param values the non-null values at this path in the seed, null when there is no evidence */
    private NestedShape shape(FieldDefinition node, List<JsonNode> values, String path) {
        return switch (node.type()) {
            case JSON -> node.fields() != null ? object(node, evidence(values, JsonNode::isObject), path) : free(node, values, path);
            case ARRAY -> node.items() != null ? array(node, evidence(values, JsonNode::isArray), path) : free(node, values, path);
            default -> scalar(node, values, path);
        };
    }

    private NestedShape object(FieldDefinition node, List<JsonNode> objects, String path) {
        List<NestedShape.Member> members = new ArrayList<>();
        for (FieldDefinition member : node.fields()) {
            List<JsonNode> found = objects == null ? null : objects.stream().map(object -> object.get(member.name()))
                    .filter(value -> value != null && !value.isNull()).toList();
            double presence = member.constraints().required() ? 1
                    : objects == null ? DEFAULT_PRESENCE : (double) found.size() / objects.size();
            members.add(new NestedShape.Member(member.name(), presence, shape(member, evidence(found, value -> true),
                    path + "." + member.name())));
        }
        return NestedShape.object(members);
    }

    private NestedShape array(FieldDefinition node, List<JsonNode> arrays, String path) {
        List<JsonNode> items = arrays == null ? null : arrays.stream().flatMap(array -> array.values().stream())
                .filter(item -> !item.isNull()).toList();
        return NestedShape.array(lengths(node.constraints(), arrays), shape(node.items(), evidence(items, item -> true), path + "[]"));
    }

    private ArrayLengths lengths(Constraints constraints, List<JsonNode> arrays) {
        int min = constraints.minItems() != null ? constraints.minItems() : 0;
        int declaredMax = constraints.maxItems() != null ? constraints.maxItems()
                : min < DEFAULT_MAX_ITEMS ? DEFAULT_MAX_ITEMS : min + DEFAULT_MAX_ITEMS;
        if (arrays == null) {
            return ArrayLengths.uniform(min, declaredMax);
        }
        int longest = arrays.stream().mapToInt(JsonNode::size).max().orElse(min);
        int max = constraints.maxItems() != null ? constraints.maxItems() : Math.max(min, longest);
        double[] counts = new double[max - min + 1];
        arrays.forEach(array -> counts[Math.clamp(array.size(), min, max) - min]++);
        for (int i = 0; i < counts.length; i++) {
            counts[i] = counts[i] < rareBelow ? 0 : counts[i];
        }
        return Arrays.stream(counts).sum() > 0 ? ArrayLengths.counted(min, counts) : ArrayLengths.uniform(min, declaredMax);
    }

    private NestedShape free(FieldDefinition node, List<JsonNode> values, String path) {
        return NestedShape.free(node.type(), values == null || values.isEmpty() ? JsonShapeTrainer.emptyShape(node.type())
                : JsonShapeTrainer.learn(values, rareBelow, pathSeed(path), path));
    }

    /** A scalar member as a flat field named by its path; values of the wrong type in the seed are left out. */
    private NestedShape scalar(FieldDefinition node, List<JsonNode> values, String path) {
        FieldDefinition leaf = new FieldDefinition(path, node.type(), node.constraints(), node.model(), node.privacyLevel(), null,
                node.format(), node.semanticKind(), null, null, null);
        List<Object> typed = values == null ? List.of() : values.stream().map(value -> typedOrNull(leaf, value))
                .filter(Objects::nonNull).toList();
        FieldSampler sampler = typed.isEmpty() ? SchemaOnly.sampler(leaf)
                : new FieldFitter(leaf, typed, rareBelow, random, pathSeed(path), new double[0])
                        .fit(ModelChooser.choose(leaf, null, typed, false, false));
        return NestedShape.scalar(node.type(), node.format(), sampler);
    }

    private static Object typedOrNull(FieldDefinition leaf, JsonNode value) {
        try {
            return JsonValues.toTyped(leaf.type(), leaf.format(), value);
        } catch (IllegalArgumentException wrongType) {
            return null;
        }
    }

    private static List<JsonNode> evidence(List<JsonNode> values, Predicate<JsonNode> kind) {
        List<JsonNode> fitting = values == null ? null : values.stream().filter(kind).toList();
        return fitting == null || fitting.isEmpty() ? null : fitting;
    }

    private long pathSeed(String path) {
        return RowRandom.mix(seed ^ path.hashCode());
    }
}
