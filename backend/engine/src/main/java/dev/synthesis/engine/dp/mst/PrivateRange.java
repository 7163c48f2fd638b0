package dev.synthesis.engine.dp.mst;

import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.schema.FieldType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A field's range on its axis without reading its minimum or maximum: rows are counted in a fixed,
 * data-independent set of buckets (numbers: sign × powers of two of |x|, from 2⁻¹⁰ to 2⁶⁴, plus one
 * bucket around zero; dates and date-times: calendar years {@value #FIRST_YEAR}–{@value #LAST_YEAR} with
 * one bucket below and one above), every bucket's count gets discrete Gaussian noise (one row is in one
 * bucket: L2 sensitivity 1), and the range spans the buckets that {@link Denoising#significantOnly} keeps:
 * single buckets or runs of neighbouring buckets whose noisy total stands out of the noise, so the
 * thin but wide spread of small amounts counts where no single bucket would. A spurious far bucket
 * would cost the fine bins their resolution, hence the strict bar. The span is widened
 * by one bucket on each side, since a small table's thinnest tails rarely stand out (all of this is
 * post-processing). Values outside the range are clipped to it. Declared bounds replace the private
 * ones side by side.
 */
final class PrivateRange {

    static final int FIRST_YEAR = 1800;
    static final int LAST_YEAR = 2200;
    private static final int STEPS_PER_OCTAVE = 1;
    private static final int LOWEST_EXPONENT = -10 * STEPS_PER_OCTAVE;
    private static final int HIGHEST_EXPONENT = 64 * STEPS_PER_OCTAVE;
    private static final int HALF = HIGHEST_EXPONENT - LOWEST_EXPONENT;

    private PrivateRange() {}

    /** The number of buckets of a type: the size of the noisy histogram. */
    static int buckets(FieldType type) {
        return type.isTemporal() ? LAST_YEAR - FIRST_YEAR + 3 : 2 * HALF + 1;
    }

    static int bucket(FieldType type, double x) {
        if (type.isTemporal()) {
            int year = year(type, x);
            return Math.max(0, Math.min(LAST_YEAR - FIRST_YEAR + 2, year - FIRST_YEAR + 1));
        }
        double magnitude = Math.abs(x);
        if (magnitude < Math.pow(2, LOWEST_EXPONENT / (double) STEPS_PER_OCTAVE)) {
            return HALF;
        }
        int step = (int) Math.floor(STEPS_PER_OCTAVE * Math.log(magnitude) / Math.log(2));
        int offset = Math.max(0, Math.min(HALF - 1, step - LOWEST_EXPONENT)) + 1;
        return x > 0 ? HALF + offset : HALF - offset;
    }

    /** The range covered by the buckets from {@code first} to {@code last}, on the type's axis, clipped to declared bounds. */
    static AxisBounds span(FieldType type, int first, int last, AxisBounds declared) {
        double lower = type.isTemporal() ? yearStart(type, first) : bucketLower(first);
        double upper = type.isTemporal() ? yearStart(type, last + 1) - 1 : bucketUpper(last);
        if (type == FieldType.INTEGER) {
            lower = Math.floor(lower);
            upper = Math.ceil(upper);
        }
        AxisBounds merged = declared.orElse(lower, upper);
        return merged.lower() <= merged.upper() ? merged : new AxisBounds(merged.lower(), merged.lower());
    }

    /** The buckets the range spans, as [first, last]: those denoising keeps, or the fullest one; widened by one bucket. */
    static int[] passing(long[] noisy, double sigma) {
        double[] counts = new double[noisy.length];
        int fullest = 0;
        for (int i = 0; i < noisy.length; i++) {
            counts[i] = noisy[i];
            fullest = noisy[i] > noisy[fullest] ? i : fullest;
        }
        double[] kept = Denoising.significantOnly(counts, sigma);
        int first = -1;
        int last = -1;
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] > 0) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        int low = first < 0 ? fullest : first;
        int high = first < 0 ? fullest : last;
        return new int[] {Math.max(0, low - 1), Math.min(noisy.length - 1, high + 1)};
    }

    private static double bucketLower(int bucket) {
        if (bucket == HALF) {
            return -edge(LOWEST_EXPONENT);
        }
        return bucket > HALF ? edge(bucket - HALF - 1 + LOWEST_EXPONENT) : -edge(HALF - bucket + LOWEST_EXPONENT);
    }

    private static double bucketUpper(int bucket) {
        if (bucket == HALF) {
            return edge(LOWEST_EXPONENT);
        }
        return bucket > HALF ? edge(bucket - HALF + LOWEST_EXPONENT) : -edge(HALF - bucket - 1 + LOWEST_EXPONENT);
    }

    private static double edge(int step) {
        return Math.pow(2, step / (double) STEPS_PER_OCTAVE);
    }

    private static int year(FieldType type, double x) {
        return type == FieldType.DATE ? LocalDate.ofEpochDay((long) Math.floor(x)).getYear()
                : LocalDateTime.ofEpochSecond((long) Math.floor(x), 0, ZoneOffset.UTC).getYear();
    }

    /** The first day (or second) of the year a bucket stands for; the outer buckets reach a century further. */
    private static double yearStart(FieldType type, int bucket) {
        int year = bucket == 0 ? FIRST_YEAR - 100 : bucket > LAST_YEAR - FIRST_YEAR + 2 ? LAST_YEAR + 100 : FIRST_YEAR + bucket - 1;
        long day = LocalDate.of(year, 1, 1).toEpochDay();
        return type == FieldType.DATE ? day : day * 86_400.0;
    }
}
