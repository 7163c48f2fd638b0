package dev.synthesis.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {

    @Test
    void writesDecimalsAsBigDecimalRoundsThemHalfUp() {
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 100_000; i++) {
            int decimals = random.nextInt(7);
            // Values exactly representable at the scale, so half-up rounding has one answer in both arithmetics.
            long scaled = random.nextLong(-10_000_000_000L, 10_000_000_000L);
            double value = scaled / Math.pow(10, decimals);
            boolean trailingZeros = random.nextBoolean();
            BigDecimal expected = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);

            assertThat(decimal(value, decimals, trailingZeros))
                    .isEqualTo((trailingZeros ? expected : expected.stripTrailingZeros()).toPlainString());
        }
    }

    @Test
    void roundTripsAnyDoubleAtTheSeedsPrecision() {
        SplittableRandom random = new SplittableRandom(16);
        for (int i = 0; i < 100_000; i++) {
            int decimals = random.nextInt(7);
            double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(9));
            String text = decimal(value, decimals, false);
            double read = Double.parseDouble(text);

            assertThat(Math.abs(read - value)).isLessThanOrEqualTo(0.5 / Math.pow(10, decimals) * (1 + 1e-9));
            assertThat(text).doesNotContain("E").matches("-?\\d+(\\.\\d{0," + decimals + "})?");
            assertThat(decimal(read, decimals, false)).isEqualTo(text);
        }
    }

    @Test
    void writesNegativeAndSmallNumbersWithTheirSignAndLeadingZero() {
        assertThat(decimal(-0.5, 1, false)).isEqualTo("-0.5");
        assertThat(decimal(-0.04, 1, false)).isEqualTo("0");
        assertThat(decimal(0.05, 2, true)).isEqualTo("0.05");
        assertThat(decimal(-12.5, 3, true)).isEqualTo("-12.500");
        assertThat(decimal(-12.5, 3, false)).isEqualTo("-12.5");
        assertThat(decimal(1200, 2, false)).isEqualTo("1200");
        assertThat(decimal(2.675, 0, false)).isEqualTo("3");
        assertThat(decimal(1.005, 2, true)).isEqualTo("1.00").as("1.005 is stored as 1.00499…");
    }

    @Test
    void writesLongsAndUtf8Text() {
        Utf8Buffer buffer = new Utf8Buffer(4);
        buffer.append(Long.MIN_VALUE);
        buffer.append(',');
        buffer.append(-7L);
        buffer.append(',');
        buffer.append(0L);
        buffer.append(',');
        buffer.append(Long.MAX_VALUE);
        buffer.append(',');
        buffer.append(1_000_000_000L);
        buffer.append(',');
        buffer.append("naïve € 😀 \uD800");

        assertThat(buffer.toString()).isEqualTo(Long.MIN_VALUE + ",-7,0," + Long.MAX_VALUE + ",1000000000,naïve € 😀 ?");
    }

    private static String decimal(double value, int decimals, boolean trailingZeros) {
        Utf8Buffer buffer = new Utf8Buffer(1);
        buffer.appendDecimal(value, decimals, trailingZeros);
        return buffer.toString();
    }
}
