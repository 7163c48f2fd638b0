package dev.synthesis.engine.validate;

import dev.synthesis.engine.regex.LinearPattern;
import dev.synthesis.engine.schema.Bound;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** One field's constraints, compiled once (pattern, enum as typed values) and applied to each typed value. */
final class FieldCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FieldDefinition field;
    private final Constraints constraints;
    private final LinearPattern pattern;
    private final Set<Object> allowed;
    private final NestedCheck nested;

    FieldCheck(FieldDefinition field) {
        this.field = field;
        this.constraints = field.constraints();
        this.nested = field.declaresStructure() ? new NestedCheck(field) : null;
        this.pattern = constraints.pattern() == null ? null : LinearPattern.compile(constraints.pattern());
        this.allowed = constraints.enumValues() == null ? null : typedEnum(field, constraints.enumValues());
    }

    String name() {
        return field.name();
    }

    /** Why the value breaks the field's rules, or empty when it keeps them all. */
    Optional<String> check(Object value) {
        if (value == null) {
            return constraints.required() ? Optional.of("is required") : Optional.empty();
        }
        if (!TypedValues.hasType(field.type(), value)) {
            return Optional.of("is " + TypedValues.kindOf(value) + ", expected " + field.type().jsonName());
        }
        return firstPresent(checkBounds(value), checkLength(value), checkPattern(value), checkEnum(value));
    }

    /** The first value inside a JSON value that breaks the declared structure; call only after {@link #check} found none. */
    Optional<NestedCheck.Failure> checkInside(Object value) {
        if (nested == null || !(value instanceof String text)) {
            return Optional.empty();
        }
        try {
            return nested.check(JSON.readTree(text), field.name());
        } catch (JacksonException malformed) {
            return Optional.of(new NestedCheck.Failure(field.name(), text, "is not valid JSON"));
        }
    }

    private Optional<String> checkBounds(Object value) {
        Optional<BigDecimal> position = TypedValues.position(value);
        if (position.isEmpty()) {
            return Optional.empty();
        }
        if (constraints.min() != null && bound(constraints.min()).filter(min -> position.get().compareTo(min) < 0).isPresent()) {
            return Optional.of("is below the minimum " + constraints.min().text());
        }
        if (constraints.max() != null && bound(constraints.max()).filter(max -> position.get().compareTo(max) > 0).isPresent()) {
            return Optional.of("is above the maximum " + constraints.max().text());
        }
        return Optional.empty();
    }

    private Optional<BigDecimal> bound(Bound bound) {
        return TypedValues.position(field.type(), bound);
    }

    private Optional<String> checkLength(Object value) {
        if (!(value instanceof String text) || field.type() != FieldType.STRING) {
            return Optional.empty();
        }
        int length = text.codePointCount(0, text.length());
        if (constraints.minLength() != null && length < constraints.minLength()) {
            return Optional.of("is shorter than " + constraints.minLength() + " characters");
        }
        if (constraints.maxLength() != null && length > constraints.maxLength()) {
            return Optional.of("is longer than " + constraints.maxLength() + " characters");
        }
        return Optional.empty();
    }

    private Optional<String> checkPattern(Object value) {
        if (pattern != null && value instanceof String text && !pattern.matches(text)) {
            return Optional.of("does not match the pattern " + constraints.pattern());
        }
        return Optional.empty();
    }

    private Optional<String> checkEnum(Object value) {
        if (allowed != null && !allowed.contains(value)) {
            return Optional.of("is not one of the allowed values " + constraints.enumValues());
        }
        return Optional.empty();
    }

    private static Set<Object> typedEnum(FieldDefinition field, List<String> values) {
        // Enum values are canonical (ISO) text, so they are read without the field's display format.
        FieldDefinition canonical = FieldDefinition.of(field.name(), field.type());
        Set<Object> typed = new HashSet<>();
        for (String value : values) {
            typed.add(ValueConversion.convert(canonical, value));
        }
        return typed;
    }

    @SafeVarargs
    private static Optional<String> firstPresent(Optional<String>... results) {
        for (Optional<String> result : results) {
            if (result.isPresent()) {
                return result;
            }
        }
        return Optional.empty();
    }
}
