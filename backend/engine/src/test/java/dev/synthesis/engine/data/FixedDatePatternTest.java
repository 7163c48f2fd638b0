package dev.synthesis.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FixedDatePatternTest {

    private static final List<String> PATTERNS = List.of("yyyy-MM-dd", "dd/MM/yyyy", "uuuu.MM.dd", "yyyy-MM-dd HH:mm:ss",
            "dd/MM/yyyy HH:mm", "yyyy-MM-dd'T'HH:mm:ssXXX", "yyyy-MM-dd HH:mm:ss Z", "d/M/yy", "MMM d, yyyy", "EEE dd MMM yyyy");

    @Test
    void printsWhatTheFormatterPrintsForEveryPatternAndValueKind() {
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 5_000; i++) {
            LocalDateTime local = LocalDateTime.of(random.nextInt(-50, 12_000), random.nextInt(1, 13), random.nextInt(1, 29),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(2) * 500_000_000);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18, 19) * 1800 / 2);
            for (TemporalAccessor value : List.of(local.toLocalDate(), local, OffsetDateTime.of(local, offset))) {
                for (String pattern : PATTERNS) {
                    assertThat(TemporalFormat.print(value, pattern)).as(pattern + " " + value).isEqualTo(formatted(value, pattern));
                }
            }
        }
    }

    @Test
    void declinesPatternsItCannotPrintDigitByDigit() {
        assertThat(FixedDatePattern.of("yyyy-MM-dd")).isPresent();
        assertThat(FixedDatePattern.of("yyyy-MM-dd'T'HH:mm")).isEmpty();
        assertThat(FixedDatePattern.of("yyyy-MM-dd HH:mm:ssXXX")).isEmpty();
        assertThat(FixedDatePattern.of("yy-M-d")).isEmpty();
    }

    /** The formatter alone, falling back to ISO text as {@link TemporalFormat#print} always has. */
    private static String formatted(TemporalAccessor value, String pattern) {
        try {
            return TemporalFormat.formatter(pattern).format(value);
        } catch (UnsupportedTemporalTypeException needsMore) {
            return value.toString();
        }
    }
}
