package dev.synthesis.engine.model.pattern;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A parsed regular expression that can both draw a random match and enumerate its matches: every
 * index in [0, capacity) decodes to a distinct string (for unambiguous expressions), which is how
 * unique values are made from a permuted row number. Capacities saturate at {@link Long#MAX_VALUE}.
 */
sealed interface RegexNode {

    long capacity();

    /** The length of the longest string the node can produce, saturating at {@link Long#MAX_VALUE}. */
    long longest();

    void random(RandomGenerator random, StringBuilder out);

    void decode(long index, StringBuilder out);

    record Chars(char[] choices) implements RegexNode {
        public long capacity() {
            return choices.length;
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
        public long capacity() {
            long sum = 0;
            for (int count = min; count <= max; count++) {
                sum = add(sum, power(item.capacity(), count));
            }
            return sum;
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
            for (int count = min; count <= max; count++) {
                long size = power(item.capacity(), count);
                if (rest < size) {
                    new Sequence(java.util.Collections.nCopies(count, item)).decode(rest, out);
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

    static long power(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result = multiply(result, base);
        }
        return result;
    }
}
