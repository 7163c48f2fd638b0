package dev.synthesis.engine.model.json;

import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.categorical.CategoricalTrainer;
import dev.synthesis.engine.model.numeric.QuantileTrainer;
import dev.synthesis.engine.model.text.TextTrainer;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Learns a {@link JsonShape} per JSON path from a column of JSON documents. Strings at a path are
 * categorical (with the same rare-category protection as top-level fields) or, when too varied, a
 * character n-gram model; numbers get a quantile model. Nesting deeper than {@value #MAX_DEPTH} levels
 * is cut to its kind frequencies.
 */
public final class JsonShapeTrainer {

    private static final int MAX_DEPTH = 6;
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final int rareBelow;
    private final long seed;

    private JsonShapeTrainer(int rareBelow, long seed) {
        this.rareBelow = rareBelow;
        this.seed = seed;
    }

    public static JsonSampler fit(List<Object> column, int rareBelow, long seed) {
        List<JsonNode> documents = column.stream().filter(Objects::nonNull).map(Object::toString)
                .map(MAPPER::readTree).toList();
        return new JsonSampler(learn(documents, rareBelow, seed, "$"));
    }

    /** The shape of the JSON values found at one path ({@code path} names it in the per-path models). */
    public static JsonShape learn(List<JsonNode> values, int rareBelow, long seed, String path) {
        return new JsonShapeTrainer(rareBelow, seed).shape(values, path, 0);
    }

    /** An empty object (or array): the schema-only model when a schema leaves the inner structure open. */
    public static JsonSampler empty(FieldType type) {
        return new JsonSampler(emptyShape(type));
    }

    public static JsonShape emptyShape(FieldType type) {
        double[] kinds = type == FieldType.ARRAY ? new double[] {0, 0, 0, 0, 0, 1} : new double[] {0, 0, 0, 0, 1, 1};
        return new JsonShape(kinds, 0, null, null, Map.of(), Map.of(), null, null);
    }

    private JsonShape shape(List<JsonNode> nodes, String path, int depth) {
        double[] counts = new double[6];
        List<Object> numbers = new ArrayList<>();
        List<Object> strings = new ArrayList<>();
        List<JsonNode> objects = new ArrayList<>();
        List<JsonNode> arrays = new ArrayList<>();
        int trues = 0;
        for (JsonNode node : nodes) {
            int kind = kindOf(node);
            counts[kind]++;
            switch (kind) {
                case JsonShape.BOOLEAN -> trues += node.asBoolean() ? 1 : 0;
                case JsonShape.NUMBER -> numbers.add(node.isIntegralNumber() ? (Object) node.asLong() : node.asDouble());
                case JsonShape.STRING -> strings.add(node.asString());
                case JsonShape.OBJECT -> objects.add(node);
                case JsonShape.ARRAY -> arrays.add(node);
                default -> { }
            }
        }
        if (depth >= MAX_DEPTH) {
            counts[JsonShape.OBJECT] = counts[JsonShape.ARRAY] = 0;
        }
        return new JsonShape(cumulative(counts), counts[1] > 0 ? trues / counts[1] : 0,
                numbers(numbers, path), strings(strings, path), members(objects, path, depth),
                presence(objects), lengths(arrays), element(arrays, path, depth));
    }

    private static int kindOf(JsonNode node) {
        if (node.isBoolean()) {
            return JsonShape.BOOLEAN;
        }
        if (node.isNumber()) {
            return JsonShape.NUMBER;
        }
        if (node.isString()) {
            return JsonShape.STRING;
        }
        return node.isObject() ? JsonShape.OBJECT : node.isArray() ? JsonShape.ARRAY : JsonShape.NULL;
    }

    private static double[] cumulative(double[] counts) {
        double total = java.util.Arrays.stream(counts).sum();
        double[] result = new double[counts.length];
        double running = 0;
        for (int i = 0; i < counts.length; i++) {
            running += counts[i];
            result[i] = total > 0 ? running / total : (i == 0 ? 1 : 1);
        }
        return result;
    }

    private FieldSampler numbers(List<Object> values, String path) {
        if (values.isEmpty()) {
            return null;
        }
        boolean integral = values.stream().allMatch(Long.class::isInstance);
        FieldDefinition field = FieldDefinition.of(path, integral ? FieldType.INTEGER : FieldType.NUMBER);
        return QuantileTrainer.fit(field, values, new SplittableRandom(seed), null);
    }

    private FieldSampler strings(List<Object> values, String path) {
        if (values.isEmpty()) {
            return null;
        }
        FieldDefinition field = FieldDefinition.of(path, FieldType.STRING);
        return CategoricalTrainer.fit(field, values, rareBelow)
                .filter(sampler -> sampler.categories().size() * 2 < values.size())
                .<FieldSampler>map(sampler -> sampler)
                .orElseGet(() -> TextTrainer.fit(field, values, rareBelow, seed));
    }

    private Map<String, JsonShape> members(List<JsonNode> objects, String path, int depth) {
        Map<String, List<JsonNode>> byName = new LinkedHashMap<>();
        for (JsonNode object : objects) {
            object.properties().forEach(entry -> byName.computeIfAbsent(entry.getKey(), key -> new ArrayList<>())
                    .add(entry.getValue()));
        }
        Map<String, JsonShape> members = new LinkedHashMap<>();
        byName.forEach((name, values) -> members.put(name, shape(values, path + "." + name, depth + 1)));
        return members;
    }

    private static Map<String, Double> presence(List<JsonNode> objects) {
        Map<String, Double> presence = new LinkedHashMap<>();
        for (JsonNode object : objects) {
            object.propertyNames().forEach(name -> presence.merge(name, 1.0 / objects.size(), Double::sum));
        }
        return presence;
    }

    private FieldSampler lengths(List<JsonNode> arrays) {
        if (arrays.isEmpty()) {
            return null;
        }
        List<Object> sizes = arrays.stream().map(array -> (Object) (long) array.size()).toList();
        return QuantileTrainer.fit(FieldDefinition.of("length", FieldType.INTEGER), sizes, new SplittableRandom(seed), null);
    }

    private JsonShape element(List<JsonNode> arrays, String path, int depth) {
        List<JsonNode> elements = new ArrayList<>();
        arrays.forEach(array -> array.forEach(elements::add));
        return elements.isEmpty() ? null : shape(elements, path + "[]", depth + 1);
    }
}
