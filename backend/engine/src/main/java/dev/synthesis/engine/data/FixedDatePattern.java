package dev.synthesis.engine.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A date pattern of fixed-width numbers and separators ({@code yyyy-MM-dd}, {@code dd/MM/yyyy HH:mm:ss}),
 * printed digit by digit: {@link java.time.format.DateTimeFormatter} per value showed in the writers'
 * profile. It prints exactly what the formatter prints, and declines what it cannot be sure of
 * (other letters, quotes, years outside 0-9999, a value without the pattern's fields).
 */
final class FixedDatePattern {

    private static final String SEPARATORS = "-/:. ";

    /** One piece of the pattern: a two- or four-digit field, or a literal character (field NONE). */
    private record Piece(Field field, char literal) {}

    private enum Field { YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, NONE }

    private final List<Piece> pieces;
    private final boolean hasTime;

    private FixedDatePattern(List<Piece> pieces) {
        this.pieces = pieces;
        this.hasTime = pieces.stream().anyMatch(piece -> piece.field().ordinal() >= Field.HOUR.ordinal() && piece.field() != Field.NONE);
    }

    static Optional<FixedDatePattern> of(String pattern) {
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char letter = pattern.charAt(i);
            int run = 1;
            while (i + run < pattern.length() && pattern.charAt(i + run) == letter) {
                run++;
            }
            Field field = field(letter, run);
            if (field == null && (run > 1 || SEPARATORS.indexOf(letter) < 0)) {
                return Optional.empty();
            }
            pieces.add(new Piece(field == null ? Field.NONE : field, letter));
            i += run;
        }
        return Optional.of(new FixedDatePattern(pieces));
    }

    /** The text, or empty when the formatter's own rules are needed. */
    Optional<String> print(TemporalAccessor value) {
        LocalDateTime local = switch (value) {
            case LocalDate date when !hasTime -> date.atStartOfDay();
            case LocalDateTime dateTime -> dateTime;
            case OffsetDateTime offset -> offset.toLocalDateTime();
            default -> null;
        };
        if (local == null || local.getYear() < 0 || local.getYear() > 9999) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(24);
        for (Piece piece : pieces) {
            switch (piece.field()) {
                case YEAR -> digits(text, local.getYear(), 4);
                case MONTH -> digits(text, local.getMonthValue(), 2);
                case DAY -> digits(text, local.getDayOfMonth(), 2);
                case HOUR -> digits(text, local.getHour(), 2);
                case MINUTE -> digits(text, local.getMinute(), 2);
                case SECOND -> digits(text, local.getSecond(), 2);
                case NONE -> text.append(piece.literal());
            }
        }
        return Optional.of(text.toString());
    }

    /** The pattern letters as {@link java.time.format.DateTimeFormatter} reads them, at the widths that are zero-padded numbers. */
    private static Field field(char letter, int run) {
        return switch (letter) {
            case 'y', 'u' -> run == 4 ? Field.YEAR : null;
            case 'M' -> run == 2 ? Field.MONTH : null;
            case 'd' -> run == 2 ? Field.DAY : null;
            case 'H' -> run == 2 ? Field.HOUR : null;
            case 'm' -> run == 2 ? Field.MINUTE : null;
            case 's' -> run == 2 ? Field.SECOND : null;
            default -> null;
        };
    }

    private static void digits(StringBuilder text, int value, int width) {
        for (int power = width == 4 ? 1000 : 10; power > 0; power /= 10) {
            text.append((char) ('0' + value / power % 10));
        }
    }
}
