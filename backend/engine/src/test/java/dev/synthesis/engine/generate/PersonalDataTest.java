package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.SemanticKind;
import dev.synthesis.engine.testing.Collect;
import dev.synthesis.engine.validate.RowValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void fakesKeepDeclaredLengthsAndUniqueFakesKeepTheirSuffix() {
        // given tight lengths, as a profiler infers them from a seed
        DataSchema schema = new DataSchema("people", null, null, List.of(
                new FieldDefinition("email", FieldType.STRING, new Constraints(null, null, 22, 28, null, true, true, null),
                        null, null, null, null, SemanticKind.EMAIL, null, null, null),
                new FieldDefinition("name", FieldType.STRING, new Constraints(null, null, 8, 12, null, true, false, null),
                        null, null, null, null, SemanticKind.PERSON_NAME, null, null, null)), null, null);

        // when
        Table generated = Collect.rows(Synthesizer.schemaOnly(schema), 3, 0, 20_000);

        // then
        RowValidator validator = new RowValidator(schema);
        for (int i = 0; i < generated.rowCount(); i++) {
            assertThat(validator.validate(i, generated.rows().get(i))).isEmpty();
        }
        assertThat(new HashSet<>(generated.column(0))).hasSize(20_000);
        assertThat(generated.column(1)).allMatch(name -> !name.toString().endsWith(" "));
    }

    @Test
    void personalFieldsAreFakedAndNeverCopyASeedValue() {
        // given a seed of names and e-mails
        DataSchema schema = new DataSchema("people", null, null, List.of(
                new FieldDefinition("name", FieldType.STRING, null, null, null, null, null, SemanticKind.PERSON_NAME, null, null, null),
                new FieldDefinition("email", FieldType.STRING, null, null, null, null, null, SemanticKind.EMAIL, null, null, null)), null, null);
        List<Object[]> rows = new ArrayList<>();
        Table fakes = Collect.rows(Synthesizer.schemaOnly(schema), 1234, 0, 500);
        fakes.rows().forEach(row -> rows.add(row.clone()));
        Set<Object> seedValues = new HashSet<>();
        rows.forEach(row -> seedValues.add(row[1]));

        // when
        SynthesisModel model = Synthesizer.train(schema, new Table(List.of("name", "email"), rows), TrainingOptions.DEFAULT);
        Table generated = Collect.rows(model, 1, 0, 20_000);

        // then
        assertThat(model.modelNames()).containsExactly("fake", "fake");
        assertThat(generated.column(1)).doesNotContainAnyElementsOf(seedValues).allMatch(email -> email.toString().contains("@"));
        assertThat(new HashSet<>(generated.column(0))).hasSizeGreaterThan(5_000);
    }
}
