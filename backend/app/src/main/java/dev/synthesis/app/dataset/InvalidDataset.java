package dev.synthesis.app.dataset;

import dev.synthesis.app.problem.ProblemType;
import dev.synthesis.app.schema.InvalidSchema;
import dev.synthesis.engine.schema.SchemaViolation;
import java.util.List;

/**
 * The dataset breaks rules: too many tables, two tables of one name, a table's schema, or its
 * relationships (unknown table or field, types that differ, a cycle; see {@code DatasetSchema.violations()}).
 * Every violation is listed with where it is, as for a single schema.
 */
public class InvalidDataset extends InvalidSchema {

    public InvalidDataset(List<SchemaViolation> violations) {
        super(ProblemType.INVALID_DATASET, violations);
    }
}
