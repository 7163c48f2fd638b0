package dev.synthesis.app.problem;

import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Describes a JSON mapping failure by the path of the offending value and the original reason. */
final class JsonErrors {

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

    static String describe(JacksonException exception) {
        String reason = rootMessage(exception);
        if (exception instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String path = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? "." + reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
            return path + ": " + reason;
        }
        return "malformed JSON: " + reason;
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JacksonException json ? json.getOriginalMessage() : root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
