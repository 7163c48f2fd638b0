package dev.synthesis.engine.schema;

import dev.synthesis.engine.regex.LinearPattern;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The rules a field's allowed values follow: a bounded list of distinct values of the field's type
 * that keep its pattern. At most {@value #LISTED} bad values are named, so a list of ten thousand
 * wrong values makes one short answer, not ten thousand lines.
 */
final class EnumRules {

    static final int MAX_VALUES = 10_000;
    static final int MAX_VALUE_LENGTH = 1_000;
    private static final int LISTED = 10;

    private final FieldType type;
    private final String path;
    private final List<SchemaViolation> violations;

    EnumRules(FieldType type, String path, List<SchemaViolation> violations) {
        this.type = type;
        this.path = path;
        this.violations = violations;
    }

    void check(List<String> values, Optional<LinearPattern> pattern) {
        if (values.isEmpty()) {
            add("must list at least one value");
        }
        if (values.size() > MAX_VALUES) {
            add("may list at most " + MAX_VALUES + " values, got " + values.size());
            return;
        }
        if (new HashSet<>(values).size() != values.size()) {
            add("lists a value more than once");
        }
        List<String> problems = values.stream().map(value -> problem(value, pattern)).flatMap(Optional::stream).toList();
        problems.stream().limit(LISTED).forEach(this::add);
        if (problems.size() > LISTED) {
            add("and " + (problems.size() - LISTED) + " more values like these");
        }
    }

    private Optional<String> problem(String value, Optional<LinearPattern> pattern) {
        if (value.length() > MAX_VALUE_LENGTH) {
            return Optional.of("values may have at most " + MAX_VALUE_LENGTH + " characters");
        }
        if (!ValueParsing.fits(type, value)) {
            return Optional.of("value '" + value + "' is not a valid " + type.jsonName());
        }
        return pattern.isPresent() && !pattern.get().matches(value) ? Optional.of("value '" + value + "' does not match the pattern")
                : Optional.empty();
    }

    private void add(String message) {
        violations.add(new SchemaViolation(path, message));
    }
}
