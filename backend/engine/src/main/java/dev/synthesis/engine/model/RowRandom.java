package dev.synthesis.engine.model;

import java.util.random.RandomGenerator;

/**
 * A counter-based random stream: its state is a pure function of (seed, stream, row), so any row's
 * values can be produced on any thread, in any partition, and come out identical.
 *
 * <p>Steps with SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014), the generator behind {@link java.util.SplittableRandom}. One instance is reused per
 * thread and {@link #reset reset} for each (stream, row), so generation allocates nothing per value.
 */
public final class RowRandom implements RandomGenerator {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long ROW_MULTIPLIER = 0xD1B54A32D192ED03L;

    private long state;

    public RowRandom reset(long seed, long stream, long row) {
        state = mix(mix(seed + stream * GOLDEN) ^ (row * ROW_MULTIPLIER));
        return this;
    }

    @Override
    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** SplitMix64's finaliser; a bijection on 64-bit values. */
    public static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
