package dev.synthesis.app.problem;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.Errors;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Bean Validation's findings as {@code {"path", "message"}} pairs, the shape {@link ApiProblem#errors()}
 * uses: a body's fields by their path inside it ({@code rows}, {@code schema.name}), parameters by
 * their name ({@code rows} of {@code ?rows=}). Messages are the validator's, in plain words
 * ("must be less than or equal to 100").
 */
final class FieldErrors {

    private FieldErrors() {}

    static List<Map<String, String>> of(Errors result) {
        List<Map<String, String>> errors = new ArrayList<>();
        result.getFieldErrors().forEach(error -> errors.add(error(error.getField(), error)));
        result.getGlobalErrors().forEach(error -> errors.add(error("", error)));
        return byPath(errors);
    }

    static List<Map<String, String>> of(HandlerMethodValidationException exception) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                errors.addAll(of(body));
            } else {
                String name = parameterName(result);
                result.getResolvableErrors().forEach(error -> errors.add(error(name, error)));
            }
        }
        exception.getCrossParameterValidationResults().forEach(error -> errors.add(error("", error)));
        return byPath(errors);
    }

    static List<Map<String, String>> of(Iterable<? extends ConstraintViolation<?>> violations) {
        List<Map<String, String>> errors = new ArrayList<>();
        violations.forEach(violation -> errors.add(Map.of("path", leaf(violation.getPropertyPath().toString()),
                "message", violation.getMessage())));
        return byPath(errors);
    }

    /** "rows: must be at least 1; seed: ..." for the detail, which clients without a form show whole. */
    static String summary(List<Map<String, String>> errors) {
        return errors.stream()
                .map(error -> error.get("path").isEmpty() ? error.get("message") : error.get("path") + ": " + error.get("message"))
                .collect(Collectors.joining("; "));
    }

    /** Bean Validation finds violations in no fixed order; by path, the same request always reads the same. */
    private static List<Map<String, String>> byPath(List<Map<String, String>> errors) {
        errors.sort(Comparator.comparing(error -> error.get("path")));
        return errors;
    }

    private static Map<String, String> error(String path, MessageSourceResolvable error) {
        String message = error.getDefaultMessage() != null ? error.getDefaultMessage() : "is not valid";
        return Map.of("path", path, "message", message);
    }

    private static String parameterName(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name != null ? name : "parameter " + (result.getMethodParameter().getParameterIndex() + 1);
    }

    /** A method constraint's path is {@code preview.rows}: the method, then the parameter a client knows. */
    private static String leaf(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
