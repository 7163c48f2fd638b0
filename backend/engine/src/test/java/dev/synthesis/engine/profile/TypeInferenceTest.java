package dev.synthesis.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.schema.FieldType;
import org.junit.jupiter.api.Test;

class TypeInferenceTest {

    @Test
    void readsBooleanSpellingsButNotDigitsAsBooleans() {
        assertThat(infer("yes", "No", "Y")).isEqualTo(TypeGuess.of(FieldType.BOOLEAN));
        assertThat(infer("0", "1", "1")).isEqualTo(TypeGuess.of(FieldType.INTEGER));
    }

    @Test
    void keepsNumbersWithLeadingZerosAsCodes() {
        assertThat(infer("-3", "+7", "120")).isEqualTo(TypeGuess.of(FieldType.INTEGER));
        assertThat(infer("02139", "10001")).isEqualTo(TypeGuess.of(FieldType.STRING));
        assertThat(infer("0.5", "1e-3", "-2")).isEqualTo(TypeGuess.of(FieldType.NUMBER));
        assertThat(infer("007.5", "1.0")).isEqualTo(TypeGuess.of(FieldType.STRING));
    }

    @Test
    void findsTheDateFormatThatFitsEveryValue() {
        assertThat(infer("1981-01-01", "1990-12-31")).isEqualTo(new TypeGuess(FieldType.DATE, "yyyy-MM-dd"));
        assertThat(infer("13/01/2024", "02/03/2024")).isEqualTo(new TypeGuess(FieldType.DATE, "dd/MM/yyyy"));
        assertThat(infer("01/13/2024", "02/03/2024")).isEqualTo(new TypeGuess(FieldType.DATE, "MM/dd/yyyy"));
        assertThat(infer("31.12.1999")).isEqualTo(new TypeGuess(FieldType.DATE, "dd.MM.yyyy"));
    }

    @Test
    void prefersDayFirstWhenDayAndMonthAreAmbiguous() {
        assertThat(infer("01/02/2024", "03/04/2024").format()).isEqualTo("dd/MM/yyyy");
    }

    @Test
    void refusesImpossibleDates() {
        assertThat(infer("2023-02-29").type()).isEqualTo(FieldType.STRING);
    }

    @Test
    void findsDateTimesWithAndWithoutZone() {
        assertThat(infer("2024-01-15T08:30:00Z", "2024-01-15T10:30:00+02:00"))
                .isEqualTo(new TypeGuess(FieldType.DATETIME, "yyyy-MM-dd'T'HH:mm:ssXXX"));
        assertThat(infer("2024-01-15T08:30:00", "2024-01-16T09:00:00"))
                .isEqualTo(new TypeGuess(FieldType.DATETIME, "yyyy-MM-dd'T'HH:mm:ss"));
        assertThat(infer("2024-01-15 08:30:00", "2024-01-16 09:00:59"))
                .isEqualTo(new TypeGuess(FieldType.DATETIME, "yyyy-MM-dd HH:mm:ss"));
    }

    @Test
    void recognisesJsonObjectsAndArrays() {
        assertThat(infer("{\"a\":1}", "[1,2]")).isEqualTo(TypeGuess.of(FieldType.JSON));
        assertThat(infer("[1]", "[]")).isEqualTo(TypeGuess.of(FieldType.ARRAY));
        assertThat(infer("{not json}")).isEqualTo(TypeGuess.of(FieldType.STRING));
    }

    @Test
    void fallsBackToStringForMixedOrEmptyColumns() {
        assertThat(infer("1", "two")).isEqualTo(TypeGuess.of(FieldType.STRING));
        assertThat(TypeInference.infer(ColumnValues.of("empty", java.util.Arrays.asList(null, null))))
                .isEqualTo(TypeGuess.of(FieldType.STRING));
    }

    private static TypeGuess infer(String... values) {
        return TypeInference.infer(Columns.of("column", values));
    }
}
