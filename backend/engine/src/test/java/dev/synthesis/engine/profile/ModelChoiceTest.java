package dev.synthesis.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.schema.FieldModel;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.SemanticKind;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ModelChoiceTest {

    @Test
    void choosesCategoricalForFewRepeatedValues() {
        assertThat(choose(Columns.repeated("status", 5, "open", "closed", "pending"), FieldType.STRING).model())
                .isEqualTo(FieldModel.CATEGORICAL);
        assertThat(choose(Columns.repeated("rating", 5, "1", "2", "3", "4", "5"), FieldType.INTEGER).model())
                .isEqualTo(FieldModel.CATEGORICAL);
    }

    @Test
    void choosesAUniquePatternForCodes() {
        ModelChoice.Choice choice = choose(Columns.of("invoice", "INV-0001", "INV-0002", "INV-0003"), FieldType.STRING);

        assertThat(choice).isEqualTo(new ModelChoice.Choice(FieldModel.PATTERN, true, "INV-[0-9]{4}"));
    }

    @Test
    void choosesAnIdentifierForUniqueSequencesOrIdNamedColumns() {
        ColumnValues sequence = Columns.of("row", IntStream.rangeClosed(1, 50).mapToObj(String::valueOf).toArray(String[]::new));
        ColumnValues scattered = Columns.of("customer_id", "9", "1000", "77777");
        ColumnValues amounts = Columns.of("amount", "9", "1000", "77777");

        assertThat(choose(sequence, FieldType.INTEGER)).isEqualTo(new ModelChoice.Choice(FieldModel.IDENTIFIER, true, null));
        assertThat(choose(scattered, FieldType.INTEGER).model()).isEqualTo(FieldModel.IDENTIFIER);
        assertThat(choose(amounts, FieldType.INTEGER).model()).isEqualTo(FieldModel.NUMERIC);
    }

    @Test
    void choosesTextForProseAndFakeForPersonalKinds() {
        ColumnValues comments = Columns.of("comment", "The delivery was late but the driver was kind",
                "Great product, would buy it again", "Box arrived damaged and half empty");

        assertThat(choose(comments, FieldType.STRING).model()).isEqualTo(FieldModel.TEXT);
        assertThat(ModelChoice.choose(Columns.of("e", "a@b.io"), TypeGuess.of(FieldType.STRING), Optional.of(SemanticKind.EMAIL)).model())
                .isEqualTo(FieldModel.FAKE);
        assertThat(ModelChoice.choose(Columns.of("c", "FR"), TypeGuess.of(FieldType.STRING), Optional.of(SemanticKind.COUNTRY)).model())
                .isEqualTo(FieldModel.CATEGORICAL);
    }

    @Test
    void choosesByTypeForTemporalJsonAndContinuousValues() {
        assertThat(choose(Columns.of("d", "2024-01-01"), FieldType.DATE).model()).isEqualTo(FieldModel.DATETIME);
        assertThat(choose(Columns.of("j", "{}"), FieldType.JSON).model()).isEqualTo(FieldModel.JSON);
        assertThat(choose(Columns.of("x", "0.1", "0.2", "0.3"), FieldType.NUMBER).model()).isEqualTo(FieldModel.NUMERIC);
    }

    @Test
    void fallsBackToIdentifierForUniqueTokensWithoutAShape() {
        assertThat(choose(Columns.of("token", "a8f3k2", "zz91", "q"), FieldType.STRING).model()).isEqualTo(FieldModel.IDENTIFIER);
    }

    private static ModelChoice.Choice choose(ColumnValues column, FieldType type) {
        return ModelChoice.choose(column, TypeGuess.of(type), Optional.empty());
    }
}
