package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.testing.Collect;
import dev.synthesis.engine.validate.RowError;
import dev.synthesis.engine.validate.RowValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NestedJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ROWS = 10_000;

    @Test
    void generatesRealNestedValuesFromTheDeclarationAlone() {
        // given the proposal's treatment_plan and tags declared, no seed
        DataSchema schema = treatmentPlans();

        // when
        Table generated = Collect.rows(Synthesizer.schemaOnly(schema), 5, 0, ROWS);

        // then every value follows the declaration, lengths spread over the bounds, optional members at the default rate
        assertThat(errors(schema, generated)).isEmpty();
        List<JsonNode> plans = column(generated, "treatment_plan");
        Map<Integer, Long> lengths = plans.stream().collect(Collectors.groupingBy(plan -> plan.get("meds").size(), Collectors.counting()));
        assertThat(lengths.keySet()).containsExactlyInAnyOrder(1, 2, 3, 4);
        lengths.values().forEach(count -> assertThat(count / (double) ROWS).isCloseTo(0.25, offset(0.02)));
        assertThat(plans.stream().filter(plan -> plan.has("follow_up_days")).count() / (double) ROWS)
                .isCloseTo(NestedFitter.DEFAULT_PRESENCE, offset(0.02));
        assertThat(plans.stream().flatMap(plan -> plan.get("meds").values().stream()).map(med -> med.get("drug").asString())
                .distinct()).containsExactlyInAnyOrder("metformin", "lisinopril", "atorvastatin");
        List<JsonNode> tags = generated.column(2).stream().filter(java.util.Objects::nonNull)
                .map(text -> JSON.readTree(text.toString())).toList();
        assertThat(tags).isNotEmpty().allMatch(list -> list.size() <= 3);
    }

    @Test
    void aNestedModelRoundTripsThroughItsFileAndGeneratesTheSameRows() {
        // given a model trained on nested values
        DataSchema schema = treatmentPlans();
        Table seed = Collect.rows(Synthesizer.schemaOnly(schema), 1, 0, 500);
        SynthesisModel model = Synthesizer.train(schema, seed, TrainingOptions.DEFAULT);

        // when
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        ModelFiles.write(model, file);
        SynthesisModel read = ModelFiles.read(new java.io.ByteArrayInputStream(file.toByteArray()));

        // then
        List<Object[]> before = Collect.rows(model, 9, 0, 200).rows();
        List<Object[]> after = Collect.rows(read, 9, 0, 200).rows();
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).containsExactly(before.get(i));
        }
        assertThat(errors(schema, Collect.rows(read, 2, 0, 2_000))).isEmpty();
    }

    static List<RowError> errors(DataSchema schema, Table table) {
        RowValidator validator = new RowValidator(schema);
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            errors.addAll(validator.validate(i + 1, table.rows().get(i)));
        }
        return errors;
    }

    static List<JsonNode> column(Table table, String name) {
        return table.column(table.columnIndex(name)).stream().map(text -> JSON.readTree(text.toString())).toList();
    }

    static DataSchema treatmentPlans() {
        try (InputStream in = NestedJsonTest.class.getResourceAsStream("/nested/treatment-plan-schema.json")) {
            return JSON.readValue(in, DataSchema.class);
        } catch (IOException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
