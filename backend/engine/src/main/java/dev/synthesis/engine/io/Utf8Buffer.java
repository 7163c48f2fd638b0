package dev.synthesis.engine.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable buffer of UTF-8 text that writers format rows into: digits and ASCII go in as bytes,
 * with no intermediate String and no char encoder, and the buffer goes to the stream in large writes.
 */
final class Utf8Buffer {

    /** Digits of a long, its sign and a decimal point. */
    private static final int MAX_NUMBER_BYTES = 21;
    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    private static final int FAST_DECIMALS = POWERS_OF_TEN.length - 1;
    private static final double FAST_LIMIT = 1e15;
    private static final long[] LONG_POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
        1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L};

    private byte[] bytes;
    private int length;

    Utf8Buffer(int capacity) {
        this.bytes = new byte[capacity];
    }

    int length() {
        return length;
    }

    void append(char ascii) {
        ensure(1);
        bytes[length++] = (byte) ascii;
    }

    /** Text as UTF-8; a lone surrogate becomes {@code ?}, as the JDK's encoders write it. */
    void append(String text) {
        int size = text.length();
        ensure(size);
        for (int i = 0; i < size; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                appendEncoded(text, i);
                return;
            }
            bytes[length++] = (byte) c;
        }
    }

    void append(long value) {
        ensure(MAX_NUMBER_BYTES);
        length = writeDigits(value, bytes, length);
    }

    /**
     * Whether {@link #appendDecimal} can write a value exactly with long arithmetic: few decimals and
     * a scaled magnitude well inside a double's 53-bit mantissa.
     */
    static boolean isFastDecimal(double value, int decimals) {
        return decimals <= FAST_DECIMALS && Math.abs(value) * POWERS_OF_TEN[decimals] < FAST_LIMIT;
    }

    /**
     * A number rounded half-up to {@code decimals} places (as {@link Math#round}), trailing zeros of
     * the fraction dropped unless {@code trailingZeros}; only for {@link #isFastDecimal} values.
     */
    void appendDecimal(double value, int decimals, boolean trailingZeros) {
        long scaled = Math.round(value * POWERS_OF_TEN[decimals]);
        long magnitude = Math.abs(scaled);
        int kept = decimals;
        while (!trailingZeros && kept > 0 && magnitude % 10 == 0) {
            magnitude /= 10;
            kept--;
        }
        ensure(MAX_NUMBER_BYTES);
        if (scaled < 0) {
            bytes[length++] = '-';
        }
        long scale = (long) POWERS_OF_TEN[kept];
        length = writeDigits(magnitude / scale, bytes, length);
        if (kept > 0) {
            bytes[length++] = '.';
            long fraction = magnitude % scale;
            for (int place = kept - 1; place >= 0; place--) {
                long power = (long) POWERS_OF_TEN[place];
                bytes[length++] = (byte) ('0' + fraction / power);
                fraction %= power;
            }
        }
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
        length = 0;
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private void appendEncoded(String text, int from) {
        byte[] encoded = text.substring(from).getBytes(StandardCharsets.UTF_8);
        ensure(encoded.length);
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
    }

    private static int writeDigits(long value, byte[] into, int at) {
        if (value == Long.MIN_VALUE) {
            byte[] text = Long.toString(value).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(text, 0, into, at, text.length);
            return at + text.length;
        }
        int position = at;
        long magnitude = value;
        if (value < 0) {
            into[position++] = '-';
            magnitude = -value;
        }
        int end = position + digitCount(magnitude);
        int write = end;
        do {
            into[--write] = (byte) ('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude > 0);
        return end;
    }

    /** Comparisons, not divisions: counting by division showed in the profile beside writing the digits. */
    private static int digitCount(long magnitude) {
        int count = 1;
        while (count < LONG_POWERS.length && magnitude >= LONG_POWERS[count]) {
            count++;
        }
        return count;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
