package dev.synthesis.engine.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldModel;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public dataset, uploaded, trained and downloaded as CSV: generated values use only the
 * seed's spellings (booleans, categories, missing-value markers, date layouts) and precisions
 * (decimal places, fixed or trimmed, never scientific when the seed is not).
 */
class SpellingRoundTripTest {

    private static final Pattern WHOLE = Pattern.compile("-?\\d+(\\.0+)?");
    private static final int MAX_ROWS = 5_000;

    @ParameterizedTest
    @ValueSource(strings = {"abalone.csv", "credit-card-default.csv", "daily-min-temperatures.csv", "german-credit.csv",
        "hotel-bookings.csv", "mushrooms.csv", "online-retail.csv", "pima-diabetes.csv", "student-por.csv", "titanic.csv"})
    void generatedValuesAreWrittenAsTheSeedWritesThem(String file) {
        SeedRoundTrip trip = SeedRoundTrip.of(file, MAX_ROWS);
        SoftAssertions softly = new SoftAssertions();
        for (FieldDefinition field : trip.schema().fields()) {
            List<Object> seed = column(trip.seed(), field.name());
            List<Object> output = column(trip.output(), field.name());
            assertThat(output).as("%s: column %s", file, field.name()).isNotEmpty();
            checkMissing(softly, file, field, seed, output);
            checkPresent(softly, file, field, texts(seed, field), texts(output, field));
        }
        softly.assertAll();
    }

    private static void checkMissing(SoftAssertions softly, String file, FieldDefinition field, List<Object> seed, List<Object> output) {
        boolean seedHasEmpty = seed.contains(null);
        softly.assertThat(!output.contains(null) || seedHasEmpty)
                .as("%s: %s has empty cells but the seed has none (its marker is '%s')", file, field.name(),
                        field.representation().missingText())
                .isTrue();
        String marker = field.representation().missingText();
        if (!marker.isEmpty()) {
            softly.assertThat(seed).as("%s: %s's missing-value marker comes from the seed", file, field.name()).contains(marker);
        }
    }

    private static void checkPresent(SoftAssertions softly, String file, FieldDefinition field, Set<String> seed, Set<String> output) {
        String what = file + ": " + field.name() + " (" + field.type().jsonName() + ")";
        switch (field.type()) {
            case BOOLEAN -> softly.assertThat(seed).as(what + " booleans keep their spelling").containsAll(output);
            case INTEGER -> {
                softly.assertThat(output).as(what + " integers stay whole").allMatch(text -> WHOLE.matcher(text).matches());
                checkDecimals(softly, what, seed, output);
            }
            case NUMBER -> checkDecimals(softly, what, seed, output);
            case DATE, DATETIME -> softly.assertThat(shapes(seed)).as(what + " dates keep their layout").containsAll(shapes(output));
            case STRING -> {
                if (field.model() == FieldModel.CATEGORICAL) {
                    softly.assertThat(seed).as(what + " categories keep their spelling and case").containsAll(output);
                }
            }
            default -> { }
        }
    }

    private static void checkDecimals(SoftAssertions softly, String what, Set<String> seed, Set<String> output) {
        int most = seed.stream().mapToInt(SpellingRoundTripTest::decimals).max().orElse(0);
        Set<Integer> seedDecimals = new HashSet<>(seed.stream().map(SpellingRoundTripTest::decimals).toList());
        softly.assertThat(output).as(what + " has at most " + most + " decimals").allMatch(text -> decimals(text) <= most);
        softly.assertThat(output).as(what + " is never written in scientific notation").noneMatch(text -> text.contains("E"));
        if (seedDecimals.size() == 1) {
            softly.assertThat(output).as(what + " keeps exactly " + most + " decimals").allMatch(text -> decimals(text) == most);
        }
    }

    private static int decimals(String number) {
        int point = number.indexOf('.');
        return point < 0 ? 0 : number.length() - point - 1;
    }

    private static Set<String> shapes(Set<String> texts) {
        Set<String> shapes = new HashSet<>();
        texts.forEach(text -> shapes.add(text.replaceAll("\\d", "9")));
        return shapes;
    }

    /** The present values as text, without the field's missing-value marker. */
    private static Set<String> texts(List<Object> values, FieldDefinition field) {
        Set<String> texts = new HashSet<>();
        values.stream().filter(Objects::nonNull).map(Object::toString)
                .filter(text -> !text.equals(field.representation().missingText()))
                .forEach(texts::add);
        return texts;
    }

    private static List<Object> column(Table table, String name) {
        return table.column(table.columnIndex(name));
    }
}
