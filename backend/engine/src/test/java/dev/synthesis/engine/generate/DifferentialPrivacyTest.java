package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.dp.BudgetEntry;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.List;
import dev.synthesis.engine.schema.PrivacySettings;
import dev.synthesis.engine.testing.Collect;
import dev.synthesis.engine.testing.Stats;
import dev.synthesis.engine.testing.TestData;
import dev.synthesis.engine.validate.RowValidator;
import org.junit.jupiter.api.Test;

class DifferentialPrivacyTest {

    @Test
    void spendsExactlyTheBudgetAcrossMarginalsNullsAndCopula() {
        // given abalone with differential privacy at epsilon 4
        TestData.Dataset abalone = TestData.load("abalone.csv");
        DataSchema schema = withPrivacy(abalone.schema(), 4.0);

        // when
        SynthesisModel model = Synthesizer.train(schema, abalone.typed(), TrainingOptions.DEFAULT);

        // then
        assertThat(model.privacy().enabled()).isTrue();
        assertThat(model.privacy().epsilonSpent()).isCloseTo(4.0, offset(1e-9));
        assertThat(model.privacy().entries()).extracting(BudgetEntry::component).contains("copula", "marginal:rings", "nulls:sex");
        assertThat(model.privacy().entries().stream().filter(entry -> entry.component().equals("copula")).findFirst()
                .orElseThrow().epsilon()).isCloseTo(2.0, offset(1e-9));
    }

    @Test
    void skipsTheCopulaWhenItsNoiseWouldSwampEveryCorrelationAndSpendsItsShareOnMarginals() {
        // given 21 fields on 1,000 rows at epsilon 1: the copula's per-entry noise scale would be about 7.6
        TestData.Dataset credit = TestData.load("german-credit.csv");

        SynthesisModel model = Synthesizer.train(withPrivacy(credit.schema(), 1.0), credit.typed(), TrainingOptions.DEFAULT);

        assertThat(model.joint()).isNull();
        assertThat(model.privacy().entries()).extracting(BudgetEntry::component).doesNotContain("copula");
        assertThat(model.privacy().epsilonSpent()).isCloseTo(1.0, offset(1e-9));
    }

    @Test
    void privateModelStillProducesValidRowsAndKeepsAStrongCorrelationRoughly() {
        TestData.Dataset abalone = TestData.load("abalone.csv");
        DataSchema schema = withPrivacy(abalone.schema(), 5.0);
        SynthesisModel model = Synthesizer.train(schema, abalone.typed(), TrainingOptions.DEFAULT);

        Table generated = Collect.rows(model, 1, 0, 20_000);

        RowValidator validator = new RowValidator(schema);
        for (int i = 0; i < generated.rowCount(); i++) {
            assertThat(validator.validate(i, generated.rows().get(i))).isEmpty();
        }
        double[][] seedPairs = TestData.pairs(abalone.typed(), "length", "diameter");
        double[][] syntheticPairs = TestData.pairs(generated, "length", "diameter");
        double seed = Stats.pearson(seedPairs[0], seedPairs[1]);
        double synthetic = Stats.pearson(syntheticPairs[0], syntheticPairs[1]);
        assertThat(synthetic).isCloseTo(seed, offset(0.2));
    }

    @Test
    void timeSeriesHasNoPrivateVariantSoItIsGeneratedFromTheSchemaAndReported() {
        TestData.Dataset temperatures = TestData.load("daily-min-temperatures.csv");
        DataSchema schema = withPrivacy(temperatures.schema(), 1.0);

        SynthesisModel model = Synthesizer.train(schema, temperatures.typed(), TrainingOptions.DEFAULT);

        assertThat(model.privacy().epsilonSpent()).isLessThanOrEqualTo(1.0 + 1e-9);
        assertThat(model.modelNames()).doesNotContain("time-axis");
    }

    @Test
    void aCategoryHeldByOneRecordIsNotReleasedUnderDifferentialPrivacy() {
        // given 2,000 rows of three common values and one value that singles out a record
        DataSchema schema = withPrivacy(new DataSchema("t", null, null,
                List.of(FieldDefinition.of("city", FieldType.STRING)), null, null), 1.0);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(new Object[] {i == 0 ? "Smallville" : List.of("Oslo", "Bergen", "Bodo").get(i % 3)});
        }

        // when
        SynthesisModel model = Synthesizer.train(schema, new Table(List.of("city"), rows), TrainingOptions.DEFAULT);
        Table generated = Collect.rows(model, 1, 0, 50_000);

        // then
        assertThat(model.modelNames()).containsExactly("categorical");
        assertThat(generated.column(0).stream().filter(java.util.Objects::nonNull).distinct())
                .containsExactlyInAnyOrder("Oslo", "Bergen", "Bodo");
        assertThat(model.privacy().deltaSpent()).isGreaterThan(0);
    }

    static DataSchema withPrivacy(DataSchema schema, double epsilon) {
        return new DataSchema(schema.name(), schema.description(), schema.domain(), schema.fields(), schema.targetVolume(),
                new PrivacySettings(true, epsilon, 100.0));
    }
}
