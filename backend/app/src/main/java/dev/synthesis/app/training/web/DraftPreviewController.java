package dev.synthesis.app.training.web;

import dev.synthesis.app.schema.InvalidSchema;
import dev.synthesis.app.schema.SchemaCatalog;
import dev.synthesis.engine.generate.Synthesizer;
import dev.synthesis.engine.model.pattern.PatternSampler;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.SchemaViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A live sample of a schema being designed: the unsaved definition, checked as a save would check it,
 * generated from the schema alone. Its limits keep a careless pattern from making a huge answer or a
 * long computation: values may be at most {@value #MAX_VALUE_LENGTH} characters long (checked from
 * the pattern or maxLength before anything is generated) and rows stop once the answer holds
 * {@value #MAX_ANSWER_CHARS} characters.
 */
@RestController
class DraftPreviewController {

    static final int MAX_ROWS = 100;
    static final int MAX_VALUE_LENGTH = 1_000;
    static final long MAX_ANSWER_CHARS = 200_000;

    private final SchemaCatalog schemas;

    DraftPreviewController(SchemaCatalog schemas) {
        this.schemas = schemas;
    }

    /** Rows from an unsaved definition (the body of POST /api/schemas); 400 names the offending path as a save would. */
    @PostMapping("/api/schemas/preview")
    Preview preview(@RequestBody DataSchema definition, @RequestParam(defaultValue = "20") int rows,
            @RequestParam(defaultValue = "1") long seed) {
        if (rows < 1 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("rows must be between 1 and " + MAX_ROWS + ", got " + rows);
        }
        schemas.check(definition);
        checkSampleSize(definition.fields());
        List<List<String>> generated = PreviewRows.generate(Synthesizer.schemaOnly(definition), seed, rows, MAX_ANSWER_CHARS);
        return new Preview("schema-only", null, 0, definition.fields().stream().map(FieldDefinition::name).toList(), generated);
    }

    private static void checkSampleSize(List<FieldDefinition> fields) {
        List<SchemaViolation> tooLong = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            tooLong(fields.get(i).constraints(), "fields[" + i + "].constraints.").ifPresent(tooLong::add);
        }
        if (!tooLong.isEmpty()) {
            throw new InvalidSchema(tooLong);
        }
    }

    private static Optional<SchemaViolation> tooLong(Constraints constraints, String path) {
        if (constraints.pattern() != null) {
            long longest;
            try {
                longest = PatternSampler.longestMatch(constraints.pattern());
            } catch (IllegalArgumentException unsupported) {
                return Optional.of(new SchemaViolation(path + "pattern", "cannot be generated: " + unsupported.getMessage()));
            }
            return longest <= MAX_VALUE_LENGTH ? Optional.empty() : Optional.of(new SchemaViolation(path + "pattern",
                    "allows values of up to " + longest + " characters; a sample shows values of at most " + MAX_VALUE_LENGTH));
        }
        Integer maxLength = constraints.maxLength();
        return maxLength == null || maxLength <= MAX_VALUE_LENGTH ? Optional.empty() : Optional.of(new SchemaViolation(
                path + "maxLength", "is " + maxLength + "; a sample shows values of at most " + MAX_VALUE_LENGTH + " characters"));
    }
}
