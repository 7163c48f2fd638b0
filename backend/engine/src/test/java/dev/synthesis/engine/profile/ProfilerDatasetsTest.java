package dev.synthesis.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.io.ReadLimits;
import dev.synthesis.engine.io.SeedReader;
import dev.synthesis.engine.schema.FieldModel;
import dev.synthesis.engine.schema.FieldType;
import dev.synthesis.engine.validate.TableTyping;
import dev.synthesis.engine.validate.TypedTable;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfilerDatasetsTest {

    @Test
    void profilesGermanCreditCodesAsCategoricalAndAmountsAsNumeric() throws IOException {
        Profile profile = Profiler.profile(read("german-credit.csv"));

        assertThat(profile.schema().violations()).isEmpty();
        assertThat(profile.schema().fields()).hasSize(21);
        FieldProfile checking = profile.field("checking_status").orElseThrow();
        assertThat(checking.type()).isEqualTo(FieldType.STRING);
        assertThat(checking.model()).isEqualTo(FieldModel.CATEGORICAL);
        assertThat(checking.distinctCount()).isEqualTo(4);
        FieldProfile amount = profile.field("credit_amount").orElseThrow();
        assertThat(amount.type()).isEqualTo(FieldType.INTEGER);
        assertThat(amount.model()).isEqualTo(FieldModel.NUMERIC);
        assertThat(amount.min()).isEqualTo("250");
        assertThat(amount.max()).isEqualTo("18424");
        assertThat(amount.mean()).isCloseTo(3271.26, offset(0.01));
        assertThat(profile.field("age").orElseThrow().model()).isEqualTo(FieldModel.NUMERIC);
        assertThat(profile.field("credit_risk").orElseThrow().model()).isEqualTo(FieldModel.CATEGORICAL);
        assertThat(profile.schema().field("credit_amount").orElseThrow().constraints().required()).isTrue();
    }

    @Test
    void profilesAbaloneMeasurementsAsContinuousNumbers() throws IOException {
        Profile profile = Profiler.profile(read("abalone.csv"));

        assertThat(profile.schema().violations()).isEmpty();
        assertThat(profile.field("sex").orElseThrow().model()).isEqualTo(FieldModel.CATEGORICAL);
        assertThat(profile.field("sex").orElseThrow().topValues()).extracting(ValueCount::value).containsExactlyInAnyOrder("M", "F", "I");
        FieldProfile length = profile.field("length").orElseThrow();
        assertThat(length.type()).isEqualTo(FieldType.NUMBER);
        assertThat(length.model()).isEqualTo(FieldModel.NUMERIC);
        assertThat(Double.parseDouble(length.min())).isLessThan(Double.parseDouble(length.max()));
        assertThat(profile.field("rings").orElseThrow().type()).isEqualTo(FieldType.INTEGER);
    }

    @Test
    void profilesTemperatureDatesWithTheirIsoFormat() throws IOException {
        Profile profile = Profiler.profile(read("daily-min-temperatures.csv"));

        FieldProfile date = profile.field("Date").orElseThrow();
        assertThat(date.type()).isEqualTo(FieldType.DATE);
        assertThat(date.format()).isEqualTo("yyyy-MM-dd");
        assertThat(date.model()).isEqualTo(FieldModel.DATETIME);
        assertThat(date.min()).isEqualTo("1981-01-01");
        assertThat(date.max()).isEqualTo("1990-12-31");
        assertThat(profile.field("Temp").orElseThrow().type()).isEqualTo(FieldType.NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"german-credit.csv", "abalone.csv", "daily-min-temperatures.csv"})
    void typesEverySeedRowWithTheSchemaProfiledFromIt(String name) throws IOException {
        Table raw = read(name);

        TypedTable typed = TableTyping.type(raw, Profiler.profile(raw).schema());

        assertThat(typed.errors()).isEmpty();
        assertThat(typed.rows().rowCount()).isEqualTo(raw.rowCount());
    }

    private static Table read(String name) throws IOException {
        try (InputStream in = ProfilerDatasetsTest.class.getResourceAsStream("/datasets/" + name)) {
            return SeedReader.read(in, name, null, ReadLimits.DEFAULTS);
        }
    }
}
