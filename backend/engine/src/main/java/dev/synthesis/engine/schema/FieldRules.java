package dev.synthesis.engine.schema;

import dev.synthesis.engine.regex.LinearPattern;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The rules one field must follow: constraints that fit its type, a model that can produce it, sizes within limits. */
final class FieldRules {

    /** Longest minLength or maxLength: the longest value a seed may hold (the readers' default field length). */
    static final int MAX_LENGTH_CONSTRAINT = 65_536;
    static final int MAX_FORMAT_LENGTH = 100;
    static final int MAX_DESCRIPTION_LENGTH = 2_000;
    static final int MAX_REFERENCE_LENGTH = 511;

    private final FieldDefinition field;
    private final String path;
    private final List<SchemaViolation> violations;
    private final Constraints constraints;

    FieldRules(FieldDefinition field, String path, List<SchemaViolation> violations) {
        this.field = field;
        this.path = path;
        this.violations = violations;
        this.constraints = field.constraints();
    }

    void check() {
        checkText("description", field.description(), MAX_DESCRIPTION_LENGTH);
        checkBounds();
        checkLengths();
        Optional<LinearPattern> pattern = checkPattern();
        checkEnum(pattern);
        checkUnique();
        checkModel();
        checkFormat();
        checkSemanticKind();
        checkRelationship();
        checkObserved();
        new RepresentationRules(field.representation(), path, violations).check();
    }

    private void checkBounds() {
        if (constraints.min() == null && constraints.max() == null) {
            return;
        }
        FieldType type = field.type();
        if (!type.isNumeric() && !type.isTemporal()) {
            add("constraints", "min/max apply to number, integer, date and datetime fields; use minLength/maxLength for strings");
            return;
        }
        Optional<BigDecimal> min = typedBound("min", constraints.min());
        Optional<BigDecimal> max = typedBound("max", constraints.max());
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            add("constraints.min", "min (" + constraints.min().text() + ") is greater than max (" + constraints.max().text() + ")");
        }
    }

    /** The bound on one numeric scale (epoch seconds for temporal fields), or empty with a violation recorded. */
    private Optional<BigDecimal> typedBound(String name, Bound bound) {
        if (bound == null) {
            return Optional.empty();
        }
        Optional<BigDecimal> value = field.type().isNumeric()
                ? bound.asNumber()
                : bound.asEpochSecond().map(BigDecimal::valueOf);
        if (value.isEmpty()) {
            add("constraints." + name, field.type().isNumeric()
                    ? "must be a number, got '" + bound.text() + "'"
                    : "must be an ISO-8601 date (2024-01-31) or date-time (2024-01-31T12:00:00Z), got '" + bound.text() + "'");
        } else if (field.type() == FieldType.INTEGER && value.get().stripTrailingZeros().scale() > 0) {
            add("constraints." + name, "must be a whole number for an integer field, got " + bound.text());
            return Optional.empty();
        }
        return value;
    }

    private void checkLengths() {
        Integer min = constraints.minLength();
        Integer max = constraints.maxLength();
        if (min == null && max == null) {
            return;
        }
        if (field.type() != FieldType.STRING) {
            add("constraints", "minLength/maxLength apply to string fields only");
        } else if ((min != null && min < 0) || (max != null && max < 0)) {
            add("constraints", "minLength and maxLength must not be negative");
        } else if ((min != null && min > MAX_LENGTH_CONSTRAINT) || (max != null && max > MAX_LENGTH_CONSTRAINT)) {
            add("constraints", "minLength and maxLength must be at most " + MAX_LENGTH_CONSTRAINT);
        } else if (min != null && max != null && min > max) {
            add("constraints.minLength", "minLength (" + min + ") is greater than maxLength (" + max + ")");
        }
    }

    private Optional<LinearPattern> checkPattern() {
        if (constraints.pattern() == null) {
            return Optional.empty();
        }
        if (field.type() != FieldType.STRING) {
            add("constraints.pattern", "a pattern applies to string fields only");
            return Optional.empty();
        }
        return new PatternRules(constraints, path + ".constraints", violations).check();
    }

    private void checkEnum(Optional<LinearPattern> pattern) {
        if (constraints.enumValues() != null) {
            new EnumRules(field.type(), path + ".constraints.enum", violations).check(constraints.enumValues(), pattern);
        }
    }

    private void checkUnique() {
        if (constraints.unique() && field.type() == FieldType.BOOLEAN) {
            add("constraints.unique", "a boolean field has only two values and cannot be unique");
        }
    }

    private void checkModel() {
        if (!ModelCompatibility.allows(field.model(), field.type())) {
            add("model", "model '" + field.model().jsonName() + "' cannot generate " + field.type().jsonName()
                    + " values; it fits " + ModelCompatibility.typesFor(field.model()));
        }
    }

    private void checkFormat() {
        if (field.format() == null) {
            return;
        }
        if (!field.type().isTemporal()) {
            add("format", "a format applies to date and datetime fields only");
            return;
        }
        if (field.format().length() > MAX_FORMAT_LENGTH) {
            add("format", "must be at most " + MAX_FORMAT_LENGTH + " characters");
            return;
        }
        try {
            DateTimeFormatter.ofPattern(field.format());
        } catch (IllegalArgumentException bad) {
            add("format", "is not a valid date-time pattern: " + bad.getMessage());
        }
    }

    private void checkSemanticKind() {
        if (field.semanticKind() != null && field.type() != FieldType.STRING) {
            add("semanticKind", "a semantic kind applies to string fields only");
        }
    }

    private void checkRelationship() {
        Relationship relationship = field.relationships();
        if (relationship == null) {
            return;
        }
        checkText("relationships.joinTable", relationship.joinTable(), MAX_REFERENCE_LENGTH);
        String key = relationship.foreignKey();
        if (key == null) {
            return;
        }
        checkText("relationships.foreignKey", key, MAX_REFERENCE_LENGTH);
        int dot = key.lastIndexOf('.');
        if (dot <= 0 || dot == key.length() - 1) {
            add("relationships.foreignKey", "must name the referenced field as schemaName.fieldName, got '" + key + "'");
        }
    }

    /** What a seed showed is never enforced, but it is stored and shown: its sizes are bounded like the constraints'. */
    private void checkObserved() {
        Constraints observed = field.observed();
        if (observed == null) {
            return;
        }
        checkText("observed.pattern", observed.pattern(), LinearPattern.MAX_LENGTH);
        if (observed.enumValues() != null && observed.enumValues().size() > EnumRules.MAX_VALUES) {
            add("observed.enum", "may list at most " + EnumRules.MAX_VALUES + " values");
        }
    }

    private void checkText(String relativePath, String text, int max) {
        if (text != null && text.length() > max) {
            add(relativePath, "must be at most " + max + " characters");
        }
    }

    private void add(String relativePath, String message) {
        violations.add(new SchemaViolation(path + "." + relativePath, message));
    }
}
