package dev.synthesis.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateStampTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void putsDatesOnTheBatchDayAndKeepsTheTimeOfDay() {
        List<Object[]> out = new ArrayList<>();
        DateStamp dates = new DateStamp(row -> out.add(row.clone()), 0, DAY);
        DateStamp times = new DateStamp(row -> out.add(row.clone()), 0, DAY);

        dates.accept(new Object[] {LocalDate.of(2020, 1, 1), "a"});
        times.accept(new Object[] {LocalDateTime.of(2021, 5, 6, 13, 45), "b"});
        dates.accept(new Object[] {null, "c"});

        assertThat(out).extracting(row -> row[0]).containsExactly(DAY, LocalDateTime.of(2026, 12, 3, 13, 45), null);
        assertThat(out).extracting(row -> row[1]).containsExactly("a", "b", "c");
    }
}
