package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.dp.BudgetEntry;
import dev.synthesis.engine.dp.mst.TreeModel;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.schema.PrivacySettings;
import dev.synthesis.engine.testing.Collect;
import dev.synthesis.engine.testing.Stats;
import dev.synthesis.engine.testing.TestData;
import dev.synthesis.engine.validate.RowValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DifferentialPrivacyTest {

    @ParameterizedTest
    @CsvSource({"0.1, 1e-6", "1, 1e-6", "10, 1e-6", "1, 1e-9", "4, 1e-4"})
    void neverSpendsMoreThanTheSchemasEpsilonAndDelta(double epsilon, double delta) {
        // given abalone (a category with missing values, numbers without declared bounds)
        TestData.Dataset abalone = TestData.load("abalone.csv");

        // when
        SynthesisModel model = Synthesizer.train(withPrivacy(abalone.schema(), epsilon, delta), abalone.typed(),
                TrainingOptions.DEFAULT);

        // then every read of the seed is in the ledger and the total stays within (ε, δ)
        assertThat(model.privacy().enabled()).isTrue();
        assertThat(model.privacy().epsilonSpent()).isLessThanOrEqualTo(epsilon + 1e-9).isPositive();
        assertThat(model.privacy().deltaSpent()).isLessThanOrEqualTo(delta * (1 + 1e-12));
        assertThat(model.privacy().entries()).extracting(BudgetEntry::component)
                .contains("1-way:sex", "categories:sex", "range:rings", "1-way:rings", "tree selection")
                .anyMatch(component -> component.startsWith("2-way:"));
        assertThat(model.joint()).isInstanceOf(TreeModel.class);
    }

    @Test
    void privateModelProducesValidRowsAndKeepsAStrongCorrelationRoughly() {
        TestData.Dataset abalone = TestData.load("abalone.csv");
        DataSchema schema = withPrivacy(abalone.schema(), 5.0, 1e-6);
        SynthesisModel model = Synthesizer.train(schema, abalone.typed(), TrainingOptions.DEFAULT);

        Table generated = Collect.rows(model, 1, 0, 20_000);

        RowValidator validator = new RowValidator(schema);
        for (int i = 0; i < generated.rowCount(); i++) {
            assertThat(validator.validate(i, generated.rows().get(i))).isEmpty();
        }
        double[][] seedPairs = TestData.pairs(abalone.typed(), "length", "diameter");
        double[][] syntheticPairs = TestData.pairs(generated, "length", "diameter");
        assertThat(Stats.pearson(syntheticPairs[0], syntheticPairs[1]))
                .isCloseTo(Stats.pearson(seedPairs[0], seedPairs[1]), offset(0.15));
    }

    @Test
    void generationStaysAPureFunctionOfSeedAndRowAndTheModelFileRoundTrips() {
        TestData.Dataset abalone = TestData.load("abalone.csv");
        SynthesisModel model = Synthesizer.train(withPrivacy(abalone.schema(), 1.0, 1e-6), abalone.typed(),
                TrainingOptions.DEFAULT);
        ByteArrayOutputStream file = new ByteArrayOutputStream();

        ModelFiles.write(model, file);
        SynthesisModel read = ModelFiles.read(new ByteArrayInputStream(file.toByteArray()));

        assertThat(read.joint()).isEqualTo(model.joint());
        assertThat(read.privacy()).isEqualTo(model.privacy());
        assertThat(Collect.rows(read, 9, 100, 500).rows()).usingRecursiveComparison()
                .isEqualTo(Collect.rows(model, 9, 100, 500).rows());
    }

    @Test
    void timeSeriesHasNoPrivateVariantSoItIsGeneratedFromTheSchemaAndReported() {
        TestData.Dataset temperatures = TestData.load("daily-min-temperatures.csv");
        DataSchema schema = withPrivacy(temperatures.schema(), 1.0, 1e-6);

        SynthesisModel model = Synthesizer.train(schema, temperatures.typed(), TrainingOptions.DEFAULT);

        assertThat(model.privacy().epsilonSpent()).isLessThanOrEqualTo(1.0 + 1e-9);
        assertThat(model.modelNames()).doesNotContain("time-axis");
    }

    @Test
    void aCategoryHeldByOneRecordIsNotReleasedUnderDifferentialPrivacy() {
        // given 2,000 rows of three common values and one value that singles out a record
        DataSchema schema = withPrivacy(new DataSchema("t", null, null,
                List.of(FieldDefinition.of("city", FieldType.STRING)), null, null), 1.0, 1e-6);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(new Object[] {i == 0 ? "Smallville" : List.of("Oslo", "Bergen", "Bodo").get(i % 3)});
        }

        // when
        SynthesisModel model = Synthesizer.train(schema, new Table(List.of("city"), rows), TrainingOptions.DEFAULT);
        Table generated = Collect.rows(model, 1, 0, 50_000);

        // then
        assertThat(model.modelNames()).containsExactly("categorical");
        assertThat(generated.column(0).stream().filter(Objects::nonNull).distinct())
                .containsExactlyInAnyOrder("Oslo", "Bergen", "Bodo");
        assertThat(model.privacy().entries()).extracting(BudgetEntry::delta).anyMatch(delta -> delta > 0);
    }

    static DataSchema withPrivacy(DataSchema schema, double epsilon, double delta) {
        return new DataSchema(schema.name(), schema.description(), schema.domain(), schema.fields(), schema.targetVolume(),
                new PrivacySettings(true, epsilon, 100.0, delta));
    }
}
