package dev.synthesis.app.problem;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Describes a JSON mapping failure by the path of the offending value and the original reason. */
final class JsonErrors {

    private JsonErrors() {}

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
