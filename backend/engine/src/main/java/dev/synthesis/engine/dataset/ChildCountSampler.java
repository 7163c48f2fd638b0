package dev.synthesis.engine.dataset;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.MarginalSampler;
import dev.synthesis.engine.model.SampleContext;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * The number of children a parent row has: an exact discrete distribution (the seed's counts,
 * zeros included, or a declaration), sampled by inverting its CDF, so a copula can couple it with
 * the parent's fields. Also used as the popularity of rows referenced by secondary foreign keys.
 *
 * @param counts     the possible counts, ascending
 * @param cumulative P(count <= counts[i])
 */
@JsonTypeName("child-count")
public record ChildCountSampler(long[] counts, double[] cumulative) implements MarginalSampler {

    private static final int DEFAULT_MAX = 10;
    private static final double DEFAULT_MEAN = 3;

    /** The empirical distribution of observed counts. */
    public static ChildCountSampler learned(long[] observed) {
        if (observed.length == 0) {
            return new ChildCountSampler(new long[] {0}, new double[] {1});
        }
        TreeMap<Long, Integer> frequencies = new TreeMap<>();
        for (long count : observed) {
            frequencies.merge(count, 1, Integer::sum);
        }
        long[] counts = new long[frequencies.size()];
        double[] cumulative = new double[frequencies.size()];
        int i = 0;
        long seen = 0;
        for (var entry : frequencies.entrySet()) {
            seen += entry.getValue();
            counts[i] = entry.getKey();
            cumulative[i++] = (double) seen / observed.length;
        }
        cumulative[cumulative.length - 1] = 1;
        return new ChildCountSampler(counts, cumulative);
    }

    /**
     * A Poisson distribution truncated to [min, max] whose rate is solved (by bisection) so the truncated
     * mean is the declared one: counts of independent events per parent, which is what a mean alone suggests.
     */
    public static ChildCountSampler declared(ChildCount declaration, Cardinality cardinality) {
        ChildCount count = declaration == null ? new ChildCount(null, null, null) : declaration;
        boolean single = cardinality == Cardinality.ONE_TO_ONE;
        int min = count.min() == null ? 0 : count.min();
        int max = count.max() != null ? count.max() : single ? 1 : Math.max(min, DEFAULT_MAX);
        double mean = Math.max(min, Math.min(max, count.mean() != null ? count.mean() : single ? 1 : DEFAULT_MEAN));
        if (mean <= min || mean >= max) {
            return new ChildCountSampler(new long[] {Math.round(mean)}, new double[] {1});
        }
        double low = 1e-9;
        double high = max * 4.0 + 10;
        for (int step = 0; step < 100; step++) {
            double rate = (low + high) / 2;
            if (truncatedMean(poisson(rate, min, max), min) < mean) {
                low = rate;
            } else {
                high = rate;
            }
        }
        double[] probabilities = poisson((low + high) / 2, min, max);
        long[] counts = new long[probabilities.length];
        double[] cumulative = new double[probabilities.length];
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            counts[i] = min + i;
            sum += probabilities[i];
            cumulative[i] = sum;
        }
        cumulative[cumulative.length - 1] = 1;
        return new ChildCountSampler(counts, cumulative);
    }

    private static double[] poisson(double rate, int min, int max) {
        double[] logs = new double[max - min + 1];
        double logFactorial = 0;
        for (int k = 1; k <= min; k++) {
            logFactorial += Math.log(k);
        }
        double top = Double.NEGATIVE_INFINITY;
        for (int k = min; k <= max; k++) {
            if (k > min) {
                logFactorial += Math.log(k);
            }
            logs[k - min] = k * Math.log(rate) - logFactorial;
            top = Math.max(top, logs[k - min]);
        }
        double total = 0;
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.exp(logs[i] - top);
            total += logs[i];
        }
        for (int i = 0; i < logs.length; i++) {
            logs[i] /= total;
        }
        return logs;
    }

    private static double truncatedMean(double[] probabilities, int min) {
        double mean = 0;
        for (int i = 0; i < probabilities.length; i++) {
            mean += (min + i) * probabilities[i];
        }
        return mean;
    }

    @Override
    public Object sample(SampleContext context) {
        return at(context.uniform());
    }

    /** The count at a uniform: the inverse CDF. */
    public long at(double uniform) {
        int index = Arrays.binarySearch(cumulative, uniform);
        index = index >= 0 ? index + 1 : -index - 1;
        return counts[Math.min(index, counts.length - 1)];
    }

    public long max() {
        return counts[counts.length - 1];
    }

    @Override
    public double cdf(Object value, double jitter) {
        if (!(value instanceof Number number)) {
            return jitter;
        }
        int index = Arrays.binarySearch(counts, number.longValue());
        if (index < 0) {
            return jitter;
        }
        double below = index == 0 ? 0 : cumulative[index - 1];
        return below + jitter * (cumulative[index] - below);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChildCountSampler that && Arrays.equals(counts, that.counts)
                && Arrays.equals(cumulative, that.cumulative);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(counts) + Arrays.hashCode(cumulative);
    }

    @Override
    public String toString() {
        return "ChildCountSampler" + Arrays.toString(counts);
    }
}
