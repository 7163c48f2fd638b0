package dev.synthesis.engine.evaluate;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Seeded samples of row indexes without replacement, in ascending order. */
public final class RowSample {

    private RowSample() {
    }

    /** All rows when {@code rowCount <= max}, else {@code max} of them drawn uniformly. */
    public static int[] indexes(int rowCount, int max, long seed) {
        int[] all = IntStream.range(0, rowCount).toArray();
        if (rowCount <= max) {
            return all;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < max; i++) {
            int j = i + random.nextInt(rowCount - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        int[] sample = Arrays.copyOf(all, max);
        Arrays.sort(sample);
        return sample;
    }
}
