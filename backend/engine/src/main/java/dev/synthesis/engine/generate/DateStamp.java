package dev.synthesis.engine.generate;

import dev.synthesis.engine.data.RowSink;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * Puts every row of a daily batch on its day: one date or date-time field takes the batch's date
 * (date-times keep their generated time of day), so a feed's batches advance one day at a time.
 */
public final class DateStamp implements RowSink {

    private final RowSink target;
    private final int field;
    private final LocalDate day;

    public DateStamp(RowSink target, int field, LocalDate day) {
        this.target = target;
        this.field = field;
        this.day = day;
    }

    @Override
    public void accept(Object[] row) {
        row[field] = switch (row[field]) {
            case null -> null;
            case LocalDate ignored -> day;
            case LocalDateTime time -> time.with(day);
            case OffsetDateTime time -> time.with(day);
            default -> throw new IllegalStateException("field " + field + " holds " + row[field].getClass().getSimpleName()
                    + ", not a date or date-time");
        };
        target.accept(row);
    }
}
