package dev.synthesis.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.engine.schema.FieldType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class TemporalFormatTest {

    @Test
    void parsesStrictlySoImpossibleDatesFail() {
        assertThat(TemporalFormat.parse(FieldType.DATE, "dd/MM/yyyy", "29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> TemporalFormat.parse(FieldType.DATE, "dd/MM/yyyy", "29/02/2023"))
                .isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void acceptsIsoTextWhateverTheFormat() {
        assertThat(TemporalFormat.parse(FieldType.DATE, "dd/MM/yyyy", "2024-01-31")).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(TemporalFormat.parse(FieldType.DATETIME, "dd/MM/yyyy HH:mm", "2024-01-31T10:15:00+02:00"))
                .isEqualTo(OffsetDateTime.of(2024, 1, 31, 10, 15, 0, 0, ZoneOffset.ofHours(2)));
    }

    @Test
    void givesOffsetDateTimesOnlyWhenTheFormatHasAZone() {
        assertThat(TemporalFormat.parse(FieldType.DATETIME, "yyyy-MM-dd HH:mm:ssXXX", "2024-01-31 10:15:00Z"))
                .isInstanceOf(OffsetDateTime.class);
        assertThat(TemporalFormat.parse(FieldType.DATETIME, "yyyy-MM-dd HH:mm:ss", "2024-01-31 10:15:00"))
                .isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 15));
        assertThat(TemporalFormat.hasOffset("yyyy-MM-dd'T'HH:mm'Z'")).isFalse();
    }

    @Test
    void printsInTheFormatOrIsoWhenTheFormatNeedsWhatTheValueLacks() {
        LocalDateTime noZone = LocalDateTime.of(2024, 3, 1, 8, 0);

        assertThat(TemporalFormat.print(LocalDate.of(2024, 3, 1), "dd.MM.yyyy")).isEqualTo("01.03.2024");
        assertThat(TemporalFormat.print(noZone, "yyyy-MM-dd HH:mmXXX")).isEqualTo("2024-03-01T08:00");
        assertThat(TemporalFormat.print(noZone, null)).isEqualTo("2024-03-01T08:00");
    }
}
