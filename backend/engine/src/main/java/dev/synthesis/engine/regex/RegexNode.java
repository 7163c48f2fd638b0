package dev.synthesis.engine.regex;

import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A parsed regular expression that can both draw a random match and enumerate its matches: every
 * index in [0, capacity) decodes to a distinct string (for unambiguous expressions), which is how
 * unique values are made from a permuted row number. Capacities and lengths saturate at
 * {@link Long#MAX_VALUE}, so {@code a{0,2000000000}} is measured without being walked.
 */
sealed interface RegexNode {

    long capacity();

    /** The length of the shortest string the node can produce. */
    long shortest();

    /** The length of the longest string the node can produce, saturating at {@link Long#MAX_VALUE}. */
    long longest();

    void random(RandomGenerator random, StringBuilder out);

    void decode(long index, StringBuilder out);

    record Chars(char[] choices) implements RegexNode {
        public long capacity() {
            return choices.length;
        }

        public long shortest() {
            return 1;
        }

        public long longest() {
            return 1;
        }

        public void random(RandomGenerator random, StringBuilder out) {
            out.append(choices[random.nextInt(choices.length)]);
        }

        public void decode(long index, StringBuilder out) {
            out.append(choices[(int) index]);
        }
    }

    record Sequence(List<RegexNode> parts) implements RegexNode {
        public long capacity() {
            long product = 1;
            for (RegexNode part : parts) {
                product = multiply(product, part.capacity());
            }
            return product;
        }

        public long shortest() {
            return parts.stream().mapToLong(RegexNode::shortest).reduce(0, RegexNode::add);
        }

        public long longest() {
            return parts.stream().mapToLong(RegexNode::longest).reduce(0, RegexNode::add);
        }

        public void random(RandomGenerator random, StringBuilder out) {
            parts.forEach(part -> part.random(random, out));
        }

        /** Mixed radix, last part least significant, so consecutive indexes differ at the end. */
        public void decode(long index, StringBuilder out) {
            long[] digits = new long[parts.size()];
            long rest = index;
            for (int i = parts.size() - 1; i >= 0; i--) {
                long radix = parts.get(i).capacity();
                digits[i] = radix == Long.MAX_VALUE ? rest : rest % radix;
                rest = radix == Long.MAX_VALUE ? 0 : rest / radix;
            }
            for (int i = 0; i < parts.size(); i++) {
                parts.get(i).decode(digits[i], out);
            }
        }
    }

    record Alternation(List<RegexNode> options) implements RegexNode {
        public long capacity() {
            long sum = 0;
            for (RegexNode option : options) {
                sum = add(sum, option.capacity());
            }
            return sum;
        }

        public long shortest() {
            return options.stream().mapToLong(RegexNode::shortest).min().orElse(0);
        }

        public long longest() {
            return options.stream().mapToLong(RegexNode::longest).max().orElse(0);
        }

        public void random(RandomGenerator random, StringBuilder out) {
            options.get(random.nextInt(options.size())).random(random, out);
        }

        public void decode(long index, StringBuilder out) {
            long rest = index;
            for (RegexNode option : options) {
                if (rest < option.capacity()) {
                    option.decode(rest, out);
                    return;
                }
                rest -= option.capacity();
            }
            throw new IllegalArgumentException("index beyond the alternation's capacity");
        }
    }

    record Repeat(RegexNode item, int min, int max) implements RegexNode {
        /**
         * The matches of each count in [min, max], added up. The loop stops once the sum saturates, so
         * a count of two billion costs as much as the few counts it takes to pass {@link Long#MAX_VALUE};
         * only an item with a single match (whose every count adds one) is summed in closed form.
         */
        public long capacity() {
            long each = item.capacity();
            if (each <= 1) {
                return each == 0 ? (min == 0 ? 1 : 0) : (long) max - min + 1;
            }
            long sum = 0;
            long power = power(each, min);
            for (long count = min; count <= max && sum < Long.MAX_VALUE; count++) {
                sum = add(sum, power);
                power = multiply(power, each);
            }
            return sum;
        }

        public long shortest() {
            return multiply(item.shortest(), min);
        }

        public long longest() {
            return multiply(item.longest(), max);
        }

        public void random(RandomGenerator random, StringBuilder out) {
            int count = min + random.nextInt(max - min + 1);
            for (int i = 0; i < count; i++) {
                item.random(random, out);
            }
        }

        public void decode(long index, StringBuilder out) {
            long rest = index;
            long each = item.capacity();
            for (int count = min; count <= max; count++) {
                long size = power(each, count);
                if (rest < size) {
                    new Sequence(Collections.nCopies(count, item)).decode(rest, out);
                    return;
                }
                rest -= size;
            }
            throw new IllegalArgumentException("index beyond the repetition's capacity");
        }
    }

    static long multiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        return high != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** base to the exponent, saturating; stops multiplying once saturated, so large exponents cost little. */
    static long power(long base, long exponent) {
        if (base <= 1) {
            return exponent == 0 ? 1 : base;
        }
        long result = 1;
        for (long i = 0; i < exponent && result < Long.MAX_VALUE; i++) {
            result = multiply(result, base);
        }
        return result;
    }
}
