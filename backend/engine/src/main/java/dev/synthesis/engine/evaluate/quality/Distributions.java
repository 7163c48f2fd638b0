package dev.synthesis.engine.evaluate.quality;

import dev.synthesis.engine.evaluate.EncodedColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Builds {@link Distribution}s over the common range of real and synthetic values. */
final class Distributions {

    static final int HISTOGRAM_BINS = 20;
    static final int MAX_CATEGORIES = 30;
    static final String OTHER = "(other)";

    private Distributions() {
    }

    static Distribution histogram(NumericValues real, NumericValues synthetic) {
        double min = Math.min(real.isEmpty() ? 0 : real.min(), synthetic.isEmpty() ? 0 : synthetic.min());
        double max = Math.max(real.isEmpty() ? 0 : real.max(), synthetic.isEmpty() ? 0 : synthetic.max());
        double width = max > min ? (max - min) / HISTOGRAM_BINS : 1;
        double[] edges = IntStream.rangeClosed(0, HISTOGRAM_BINS).mapToDouble(i -> min + i * width).toArray();
        return new Distribution(edges, null, bins(real.sorted(), min, width), bins(synthetic.sorted(), min, width));
    }

    private static double[] bins(double[] values, double min, double width) {
        double[] shares = new double[HISTOGRAM_BINS];
        for (double value : values) {
            shares[Math.clamp((int) ((value - min) / width), 0, HISTOGRAM_BINS - 1)] += 1.0 / values.length;
        }
        return shares;
    }

    static Distribution frequencies(EncodedColumn real, EncodedColumn synthetic) {
        int codes = real.dictionary().size();
        double[] realShares = Frequencies.of(real.codes(), codes);
        double[] syntheticShares = Frequencies.of(synthetic.codes(), codes);
        List<Integer> shown = IntStream.range(0, codes).boxed()
                .sorted(Comparator.comparingDouble((Integer code) -> -realShares[code]).thenComparing(code -> -syntheticShares[code]))
                .limit(MAX_CATEGORIES).toList();
        List<String> labels = new ArrayList<>(shown.stream().map(real.dictionary()::label).toList());
        boolean pooled = codes > shown.size();
        if (pooled) {
            labels.add(OTHER);
        }
        return new Distribution(null, labels, pick(realShares, shown, pooled), pick(syntheticShares, shown, pooled));
    }

    private static double[] pick(double[] shares, List<Integer> shown, boolean pooled) {
        double[] picked = new double[shown.size() + (pooled ? 1 : 0)];
        double rest = 1;
        for (int i = 0; i < shown.size(); i++) {
            picked[i] = shares[shown.get(i)];
            rest -= picked[i];
        }
        if (pooled) {
            picked[shown.size()] = Math.max(0, rest);
        }
        return picked;
    }
}
