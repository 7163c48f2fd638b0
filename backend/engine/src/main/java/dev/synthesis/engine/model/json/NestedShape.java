package dev.synthesis.engine.model.json;

import dev.synthesis.engine.data.JsonValues;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.SampleContext;
import dev.synthesis.engine.schema.FieldType;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model of one node of a declared JSON structure, exactly one of: an object's members, an array's
 * lengths and item, a scalar's sampler (the same per-type samplers flat fields use), or a free-form
 * JSON shape where the declaration leaves the inside open.
 *
 * @param type    the declared type of the node
 * @param format  a temporal scalar's format, null otherwise
 * @param values  a scalar's sampler
 * @param members an object's members in declared order
 * @param lengths an array's length distribution, within its declared bounds
 * @param item    an array's item
 * @param free    the shape of a json or array node whose inside is not declared
 */
public record NestedShape(FieldType type, String format, FieldSampler values, List<Member> members, ArrayLengths lengths,
                          NestedShape item, JsonShape free) {

    /** One object member and how often it is present (1 for required members). */
    public record Member(String name, double presence, NestedShape shape) {}

    public static NestedShape scalar(FieldType type, String format, FieldSampler values) {
        return new NestedShape(type, format, values, null, null, null, null);
    }

    public static NestedShape object(List<Member> members) {
        return new NestedShape(FieldType.JSON, null, null, List.copyOf(members), null, null, null);
    }

    public static NestedShape array(ArrayLengths lengths, NestedShape item) {
        return new NestedShape(FieldType.ARRAY, null, null, null, lengths, item, null);
    }

    public static NestedShape free(FieldType type, JsonShape shape) {
        return new NestedShape(type, null, null, null, null, null, shape);
    }

    JsonNode generate(SampleContext context) {
        if (free != null) {
            return free.generate(context);
        }
        if (members != null) {
            return object(context);
        }
        return lengths != null ? array(context) : JsonValues.toNode(type, format, values.sample(context));
    }

    private ObjectNode object(SampleContext context) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (Member member : members) {
            if (member.presence() >= 1 || context.random().nextDouble() < member.presence()) {
                object.set(member.name(), member.shape().generate(context));
            }
        }
        return object;
    }

    private ArrayNode array(SampleContext context) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (int i = lengths.sample(context.random()); i > 0; i--) {
            array.add(item.generate(context));
        }
        return array;
    }
}
