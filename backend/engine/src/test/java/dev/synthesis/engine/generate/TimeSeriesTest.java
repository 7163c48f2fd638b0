package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.testing.Collect;
import dev.synthesis.engine.testing.Stats;
import dev.synthesis.engine.testing.TestData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {

    @Test
    void dailyTemperaturesKeepTheirLagOneAutocorrelation() {
        // given ten years of daily minimum temperatures, ordered by date
        TestData.Dataset temperatures = TestData.load("daily-min-temperatures.csv");
        double seedAutocorrelation = Stats.lag1Autocorrelation(TestData.numbers(temperatures.typed(), "Temp"));

        // when
        SynthesisModel model = Synthesizer.train(temperatures.schema(), temperatures.typed(), TrainingOptions.DEFAULT);
        Table generated = Collect.rows(model, 5, 0, 3_650);

        // then
        assertThat(model.modelNames()).containsExactly("time-axis", "timeseries");
        assertThat(Stats.lag1Autocorrelation(TestData.numbers(generated, "Temp"))).isCloseTo(seedAutocorrelation, offset(0.1));
        assertThat(generated.rows().get(0)[0]).isEqualTo(LocalDate.of(1981, 1, 1));
        assertThat(generated.rows().get(1)[0]).isEqualTo(LocalDate.of(1981, 1, 2));
    }

    @Test
    void keepsTheAnnualCycleOfMelbourneSummersAndWinters() {
        // given: January is summer, July winter in Melbourne
        TestData.Dataset temperatures = TestData.load("daily-min-temperatures.csv");
        SynthesisModel model = Synthesizer.train(temperatures.schema(), temperatures.typed(), TrainingOptions.DEFAULT);

        // when
        Table generated = Collect.rows(model, 5, 0, 3_650);

        // then
        double seedGap = monthMean(temperatures.typed(), 1) - monthMean(temperatures.typed(), 7);
        double generatedGap = monthMean(generated, 1) - monthMean(generated, 7);
        assertThat(seedGap).isGreaterThan(5);
        assertThat(generatedGap).isCloseTo(seedGap, offset(1.5));
    }

    private static double monthMean(Table table, int month) {
        return table.rows().stream().filter(row -> ((LocalDate) row[0]).getMonthValue() == month)
                .mapToDouble(row -> ((Number) row[1]).doubleValue()).average().orElseThrow();
    }

    @Test
    void aSeriesSplitAcrossPartitionsIsTheSameSeries() {
        TestData.Dataset temperatures = TestData.load("daily-min-temperatures.csv");
        SynthesisModel model = Synthesizer.train(temperatures.schema(), temperatures.typed(), TrainingOptions.DEFAULT);

        Table whole = Collect.rows(model, 5, 0, 600);
        Table tail = Collect.rows(model, 5, 250, 350);

        for (int i = 0; i < 350; i++) {
            assertThat(tail.rows().get(i)).containsExactly(whole.rows().get(250 + i));
        }
    }
}
