package dev.synthesis.engine.model.json;

import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.SampleContext;
import java.util.Arrays;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the values at one JSON path look like: how often each JSON kind occurs there and, per kind,
 * a model of the values: booleans by their rate, numbers and strings by a per-path sampler, object
 * members by their presence rate and their own shape, arrays by a length sampler and one element shape.
 *
 * @param kinds    cumulative shares of null, boolean, number, string, object, array
 * @param presence for object members, how often each appears when the object is present
 */
public record JsonShape(double[] kinds, double trueRate, FieldSampler numbers, FieldSampler strings,
                        Map<String, JsonShape> members, Map<String, Double> presence, FieldSampler lengths,
                        JsonShape element) {

    static final int NULL = 0;
    static final int BOOLEAN = 1;
    static final int NUMBER = 2;
    static final int STRING = 3;
    static final int OBJECT = 4;
    static final int ARRAY = 5;

    public JsonNode generate(SampleContext context) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        int kind = kind(context.random().nextDouble());
        return switch (kind) {
            case BOOLEAN -> nodes.booleanNode(context.random().nextDouble() < trueRate);
            case NUMBER -> number(nodes, numbers.sample(context));
            case STRING -> nodes.stringNode(String.valueOf(strings.sample(context)));
            case OBJECT -> object(nodes, context);
            case ARRAY -> array(nodes, context);
            default -> nodes.nullNode();
        };
    }

    private int kind(double u) {
        int position = Arrays.binarySearch(kinds, u);
        int index = position >= 0 ? position : -position - 1;
        return Math.min(index, ARRAY);
    }

    private static JsonNode number(JsonNodeFactory nodes, Object value) {
        return value instanceof Long whole ? nodes.numberNode(whole) : nodes.numberNode((Double) value);
    }

    private ObjectNode object(JsonNodeFactory nodes, SampleContext context) {
        ObjectNode object = nodes.objectNode();
        members.forEach((name, shape) -> {
            if (context.random().nextDouble() < presence.get(name)) {
                object.set(name, shape.generate(context));
            }
        });
        return object;
    }

    private ArrayNode array(JsonNodeFactory nodes, SampleContext context) {
        ArrayNode array = nodes.arrayNode();
        long length = element == null ? 0 : (Long) lengths.sample(context);
        for (long i = 0; i < length; i++) {
            array.add(element.generate(context));
        }
        return array;
    }
}
