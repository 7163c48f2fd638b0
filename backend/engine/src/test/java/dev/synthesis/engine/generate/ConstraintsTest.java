package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.RowSink;
import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.Bound;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.SemanticKind;
import dev.synthesis.engine.testing.Collect;
import dev.synthesis.engine.validate.RowError;
import dev.synthesis.engine.validate.RowValidator;
import dev.synthesis.engine.validate.UniqueCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

    /** Enough rows for unique values to collide if they could, in a dense range (see "batch"). */
    private static final long ROWS = 200_000;

    static final DataSchema SCHEMA = new DataSchema("orders", null, null, List.of(
            field("id", FieldType.INTEGER, new Constraints(Bound.of(1), null, null, null, null, true, true, null)),
            field("code", FieldType.STRING, new Constraints(null, null, null, null, "[A-Z]{2}-\\d{6}", true, true, null)),
            field("customer_id", FieldType.STRING, new Constraints(null, null, null, null, null, true, true, null)),
            field("amount", FieldType.NUMBER, new Constraints(new Bound("0.01"), new Bound("999.99"), null, null, null, true, false, null)),
            field("age", FieldType.INTEGER, new Constraints(Bound.of(18), Bound.of(99), null, null, null, true, false, null)),
            field("status", FieldType.STRING, new Constraints(null, null, null, null, null, true, false, List.of("new", "paid", "sent"))),
            field("ordered", FieldType.DATE, new Constraints(new Bound("2020-01-01"), new Bound("2024-12-31"), null, null, null, true, false, null)),
            field("updated", FieldType.DATETIME, new Constraints(new Bound("2024-01-01T00:00:00"), null, null, null, null, false, false, null)),
            field("note", FieldType.STRING, new Constraints(null, null, 2, 10, null, false, false, null)),
            field("gift", FieldType.BOOLEAN, Constraints.NONE),
            // unique in a range only twice as large as the output: half of all values are taken
            field("batch", FieldType.INTEGER, new Constraints(Bound.of(0), Bound.of(2 * ROWS), null, null, null, true, true, null)),
            new FieldDefinition("email", FieldType.STRING, new Constraints(null, null, null, null, null, true, true, null),
                    null, null, null, null, SemanticKind.EMAIL, null, null, null)), null, null);

    @Test
    void everyRowFromTheSchemaAloneValidatesAndUniqueFieldsNeverRepeatAcrossPartitions() {
        SynthesisModel model = Synthesizer.schemaOnly(SCHEMA);

        List<RowError> errors = generateAndCheck(model, ROWS);

        assertThat(errors).isEmpty();
    }

    @Test
    void everyRowFromATrainedModelValidates() {
        // given a seed (drawn from the schema-only model) that the trained model learns from
        Table seed = Collect.rows(Synthesizer.schemaOnly(SCHEMA), 99, 0, 2_000);
        SynthesisModel model = Synthesizer.train(SCHEMA, seed, TrainingOptions.DEFAULT);

        List<RowError> errors = generateAndCheck(model, ROWS);

        assertThat(errors).isEmpty();
        assertThat(model.joint()).isNotNull();
    }

    @Test
    void refusesMoreRowsThanAUniqueFieldCanHold() {
        DataSchema tiny = new DataSchema("tiny", null, null, List.of(
                field("code", FieldType.STRING, new Constraints(null, null, null, null, "[AB]\\d", true, true, null))), null, null);
        SynthesisModel model = Synthesizer.schemaOnly(tiny);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> model.generate(1, 0, 21, row -> { }))
                .hasMessageContaining("can hold only 20 unique values");
    }

    private static List<RowError> generateAndCheck(SynthesisModel model, long rows) {
        List<RowError> errors = new ArrayList<>();
        RowValidator validator = new RowValidator(SCHEMA);
        UniqueCheck unique = new UniqueCheck(SCHEMA);
        List<List<Object[]>> parts = List.of(new ArrayList<>(), new ArrayList<>());
        AtomicLong checked = new AtomicLong();
        ParallelGeneration.generate(model, 42, 0, rows, 2, p -> checking(validator, errors, parts.get(p), checked));
        long rowNumber = 0;
        for (List<Object[]> part : parts) {
            for (Object[] row : part) {
                errors.addAll(unique.check(rowNumber++, row));
            }
        }
        assertThat(checked.get()).isEqualTo(rows);
        return errors;
    }

    /** Validates on the generating thread; keeps only the unique columns for the cross-partition check. */
    private static RowSink checking(RowValidator validator, List<RowError> errors, List<Object[]> kept, AtomicLong checked) {
        return row -> {
            List<RowError> rowErrors = validator.validate(checked.incrementAndGet(), row);
            if (!rowErrors.isEmpty()) {
                synchronized (errors) {
                    errors.addAll(rowErrors);
                }
            }
            kept.add(new Object[] {row[0], row[1], row[2], null, null, null, null, null, null, null, row[10], row[11]});
        };
    }

    private static FieldDefinition field(String name, FieldType type, Constraints constraints) {
        return FieldDefinition.of(name, type).withConstraints(constraints);
    }
}
