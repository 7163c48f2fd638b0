package dev.synthesis.app.training.web;

import dev.synthesis.app.schema.InvalidSchema;
import dev.synthesis.engine.regex.RegexGenerator;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.SchemaViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a preview may cost, so no careless schema makes a huge answer or a long computation: values of
 * at most {@value #MAX_VALUE_LENGTH} characters (checked from each pattern or maxLength before anything
 * is generated; a longer value a trained model still makes is cut), and rows stop once the answer holds
 * {@value #MAX_ANSWER_CHARS} characters. The first row always comes, so the answer stays under about a
 * megabyte even for a schema of a thousand fields.
 */
final class PreviewLimits {

    static final int MAX_VALUE_LENGTH = 1_000;
    static final long MAX_ANSWER_CHARS = 200_000;

    private PreviewLimits() {}

    /** Refuses a definition whose declared values could be longer than a preview shows, naming each such field. */
    static void checkValueLengths(DataSchema definition) {
        List<FieldDefinition> fields = definition.fields();
        List<SchemaViolation> tooLong = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            tooLong(fields.get(i).constraints(), "fields[" + i + "].constraints.").ifPresent(tooLong::add);
        }
        if (!tooLong.isEmpty()) {
            throw new InvalidSchema(tooLong);
        }
    }

    /** A value as a preview shows it: whole, or cut at the limit with an ellipsis. */
    static String shown(String value) {
        return value == null || value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH) + "…";
    }

    /** Run after the schema's own validation, so a pattern parses and its values are at most 10,000 characters. */
    private static Optional<SchemaViolation> tooLong(Constraints constraints, String path) {
        if (constraints.pattern() != null) {
            long longest = RegexGenerator.parse(constraints.pattern()).longest();
            return longest <= MAX_VALUE_LENGTH ? Optional.empty() : Optional.of(new SchemaViolation(path + "pattern",
                    "allows values of up to " + longest + " characters; a preview shows values of at most " + MAX_VALUE_LENGTH));
        }
        Integer maxLength = constraints.maxLength();
        return maxLength == null || maxLength <= MAX_VALUE_LENGTH ? Optional.empty() : Optional.of(new SchemaViolation(
                path + "maxLength", "is " + maxLength + "; a preview shows values of at most " + MAX_VALUE_LENGTH + " characters"));
    }
}
