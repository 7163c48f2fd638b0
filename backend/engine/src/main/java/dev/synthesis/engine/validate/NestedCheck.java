package dev.synthesis.engine.validate;

import dev.synthesis.engine.data.JsonValues;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A declared JSON structure's rules, compiled once per node: an object's required members, an array's
 * length bounds and items, a scalar's type and constraints (the flat fields' {@link FieldCheck}).
 * Members the declaration does not name are allowed, as in JSON Schema; a node whose inside is not
 * declared accepts any JSON.
 */
final class NestedCheck {

    /** The first bad value: its path from the field ({@code treatment_plan.meds[1].dose_mg}), its JSON text, why. */
    record Failure(String path, String value, String reason) {}

    private final FieldDefinition node;
    private final Map<String, NestedCheck> members;
    private final NestedCheck item;
    private final FieldCheck scalar;

    NestedCheck(FieldDefinition node) {
        this.node = node;
        this.members = node.type() == FieldType.JSON && node.fields() != null ? compiled(node) : null;
        this.item = node.type() == FieldType.ARRAY && node.items() != null ? new NestedCheck(node.items()) : null;
        this.scalar = node.type() == FieldType.JSON || node.type() == FieldType.ARRAY ? null : new FieldCheck(node);
    }

    private static Map<String, NestedCheck> compiled(FieldDefinition object) {
        Map<String, NestedCheck> checks = new LinkedHashMap<>();
        object.fields().forEach(member -> checks.put(member.name(), new NestedCheck(member)));
        return checks;
    }

    Optional<Failure> check(JsonNode value, String path) {
        if (members != null) {
            return value.isObject() ? object(value, path) : Optional.of(new Failure(path, value.toString(), "is not a JSON object"));
        }
        if (item != null) {
            return value.isArray() ? array(value, path) : Optional.of(new Failure(path, value.toString(), "is not a JSON array"));
        }
        return scalar == null ? Optional.empty() : scalar(value, path);
    }

    private Optional<Failure> object(JsonNode object, String path) {
        for (Map.Entry<String, NestedCheck> member : members.entrySet()) {
            JsonNode value = object.get(member.getKey());
            String memberPath = path + "." + member.getKey();
            Optional<Failure> failure = value == null || value.isNull()
                    ? member.getValue().missing(memberPath)
                    : member.getValue().check(value, memberPath);
            if (failure.isPresent()) {
                return failure;
            }
        }
        return Optional.empty();
    }

    private Optional<Failure> missing(String path) {
        return node.constraints().required() ? Optional.of(new Failure(path, null, "is required")) : Optional.empty();
    }

    private Optional<Failure> array(JsonNode array, String path) {
        Constraints constraints = node.constraints();
        int size = array.size();
        if (constraints.minItems() != null && size < constraints.minItems()) {
            return Optional.of(new Failure(path, array.toString(), "has " + size + " items, fewer than the minimum " + constraints.minItems()));
        }
        if (constraints.maxItems() != null && size > constraints.maxItems()) {
            return Optional.of(new Failure(path, array.toString(), "has " + size + " items, more than the maximum " + constraints.maxItems()));
        }
        for (int i = 0; i < size; i++) {
            JsonNode element = array.get(i);
            String elementPath = path + "[" + i + "]";
            Optional<Failure> failure = element.isNull() ? Optional.of(new Failure(elementPath, null, "is required"))
                    : item.check(element, elementPath);
            if (failure.isPresent()) {
                return failure;
            }
        }
        return Optional.empty();
    }

    private Optional<Failure> scalar(JsonNode value, String path) {
        String text = value.isString() ? value.asString() : value.toString();
        try {
            Object typed = JsonValues.toTyped(node.type(), node.format(), value);
            return scalar.check(typed).map(reason -> new Failure(path, text, reason));
        } catch (IllegalArgumentException wrongKind) {
            return Optional.of(new Failure(path, text, wrongKind.getMessage()));
        }
    }
}
