package dev.synthesis.engine.model.identifier;

/**
 * A keyed bijection of [0, size): a balanced Feistel network over the smallest even number of bits
 * that covers {@code size}, with cycle walking for the values beyond it (Black and Rogaway, "Ciphers
 * with arbitrary finite domains", CT-RSA 2002). Row n maps to a distinct value for every n, so
 * uniqueness holds at any volume and across partitions without remembering what was generated.
 */
public final class Permutation {

    /** Largest domain handled; bigger capacities are clipped to it (2^62 values is never exhausted in practice). */
    public static final long MAX_SIZE = 1L << 62;
    private static final int ROUNDS = 4;

    private final long size;
    private final int halfBits;
    private final long halfMask;
    private final long[] keys = new long[ROUNDS];

    public Permutation(long size, long key) {
        if (size < 1) {
            throw new IllegalArgumentException("a permutation needs a non-empty domain");
        }
        this.size = Math.min(size, MAX_SIZE);
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(this.size - 1));
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1L << halfBits) - 1;
        for (int round = 0; round < ROUNDS; round++) {
            keys[round] = dev.synthesis.engine.model.RowRandom.mix(key + round * 0x9E3779B97F4A7C15L);
        }
    }

    public long size() {
        return size;
    }

    /** The image of {@code index}, which must lie in [0, size). */
    public long apply(long index) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index " + index + " outside [0, " + size + ")");
        }
        long value = encrypt(index);
        while (value >= size) {
            value = encrypt(value);
        }
        return value;
    }

    private long encrypt(long value) {
        long left = value >>> halfBits;
        long right = value & halfMask;
        for (long key : keys) {
            long next = left ^ (dev.synthesis.engine.model.RowRandom.mix(right ^ key) & halfMask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }
}
