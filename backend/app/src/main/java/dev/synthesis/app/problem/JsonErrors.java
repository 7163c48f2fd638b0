package dev.synthesis.app.problem;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Describes a JSON mapping failure by the path of the offending value and what it must be, in words:
 * Jackson's own messages name Java types ("Cannot deserialize value of type `java.lang.Long`"), so
 * they never reach a client. The message comes from the kind of failure and the type expected.
 */
final class JsonErrors {

    /** One failure: where in the body ("" for the body itself) and what is wrong there. */
    record JsonError(String path, String message) {

        String detail() {
            return (path.isEmpty() ? "the request body" : path) + ": " + message;
        }
    }

    private static final JsonMapper NAMES = JsonMapper.builder().build();

    private JsonErrors() {}

    /** The outermost Jackson failure in a cause chain: it is the one that knows the JSON path. */
    static Optional<JacksonException> find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return Optional.of(json);
            }
        }
        return Optional.empty();
    }

    static JsonError describe(JacksonException exception) {
        String path = path(exception);
        return switch (exception) {
            case UnrecognizedPropertyException unknown -> new JsonError(path, "is not a property here; known properties are "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
            case InputCoercionException outOfRange -> new JsonError(path, expected(outOfRange.getTargetType()) + " between "
                    + range(outOfRange.getTargetType()));
            case ValueInstantiationException refused -> new JsonError(path, reason(refused));
            case InvalidFormatException invalid -> new JsonError(path, expected(invalid.getTargetType()) + ", got " + shown(invalid.getValue()));
            case MismatchedInputException mismatched -> new JsonError(path, expected(mismatched.getTargetType()));
            case StreamReadException malformed -> new JsonError("", "is not valid JSON" + where(malformed));
            default -> new JsonError(path, "is not valid");
        };
    }

    private static String path(JacksonException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? "." + reference.getPropertyName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    /** What a value of this type is, e.g. "must be a whole number"; enums list their values as JSON writes them. */
    private static String expected(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(JsonErrors::jsonName).collect(Collectors.joining(", "));
        }
        return type == null ? "has the wrong kind of value" : "must be " + ValueKinds.of(type);
    }

    private static String range(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
        }
        return type == Short.class || type == short.class ? Short.MIN_VALUE + " and " + Short.MAX_VALUE
                : Long.MIN_VALUE + " and " + Long.MAX_VALUE;
    }

    private static String jsonName(Object constant) {
        return NAMES.writeValueAsString(constant).replace("\"", "");
    }

    /**
     * A value our own code refused while it was being built: our checks throw
     * IllegalArgumentException with a message for users; anything else (a null inside a list) is
     * described, not quoted.
     */
    private static String reason(ValueInstantiationException refused) {
        Throwable cause = refused.getCause();
        if (cause instanceof IllegalArgumentException ours && !(cause instanceof NumberFormatException) && ours.getMessage() != null) {
            return ours.getMessage();
        }
        return cause instanceof NullPointerException ? "must not be null or hold nulls" : "is not valid";
    }

    private static String shown(Object value) {
        return value instanceof String text ? "\"" + ValueKinds.shown(text) + "\"" : ValueKinds.shown(value);
    }

    private static String where(StreamReadException malformed) {
        return malformed.getLocation() == null || malformed.getLocation().getLineNr() < 1 ? ""
                : " (line " + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr() + ")";
    }
}
