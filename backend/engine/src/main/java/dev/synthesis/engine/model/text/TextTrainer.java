package dev.synthesis.engine.model.text;

import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.PrivacyLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Fits a {@link TextSampler} on a seed column. Contexts seen fewer than {@code rareBelow} times are
 * pruned, so rare character sequences (the ones that could spell out a single record) are not
 * memorised; at high privacy the order drops to {@value #HIGH_PRIVACY_ORDER} and seed values are
 * forbidden verbatim.
 */
public final class TextTrainer {

    static final int ORDER = 5;
    static final int HIGH_PRIVACY_ORDER = 4;
    private static final int MAX_VALUES = 5_000;

    private TextTrainer() {}

    public static TextSampler fit(FieldDefinition field, List<Object> column, int rareBelow, long seed) {
        List<String> values = column.stream().filter(Objects::nonNull).map(Object::toString)
                .limit(MAX_VALUES).toList();
        boolean high = field.privacyLevel() == PrivacyLevel.HIGH;
        int order = high ? HIGH_PRIVACY_ORDER : ORDER;
        Map<String, Map<Character, Integer>> counts = count(values.isEmpty() ? List.of("text") : values, order);
        Constraints constraints = field.constraints();
        int longest = values.stream().mapToInt(String::length).max().orElse(16);
        int maxLength = constraints.maxLength() != null ? constraints.maxLength() : Math.max(1, longest);
        int minLength = constraints.minLength() != null ? constraints.minLength() : 0;
        long salt = RowRandom.mix(seed);
        long[] forbidden = high ? values.stream().mapToLong(value -> TextSampler.hash(value, salt)).sorted().distinct().toArray()
                : new long[0];
        return new TextSampler(order, toTransitions(counts, rareBelow), minLength, maxLength, salt, forbidden);
    }

    private static Map<String, Map<Character, Integer>> count(List<String> values, int order) {
        Map<String, Map<Character, Integer>> counts = new HashMap<>();
        for (String value : values) {
            String padded = TextSampler.START + value + TextSampler.END;
            for (int i = 1; i < padded.length(); i++) {
                char next = padded.charAt(i);
                for (int length = 0; length < order && length <= i; length++) {
                    counts.computeIfAbsent(padded.substring(i - length, i), key -> new TreeMap<>())
                            .merge(next, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static Map<String, Transitions> toTransitions(Map<String, Map<Character, Integer>> counts, int rareBelow) {
        Map<String, Transitions> result = new HashMap<>();
        counts.forEach((context, next) -> {
            int total = next.values().stream().mapToInt(Integer::intValue).sum();
            if (context.isEmpty() || total >= rareBelow) {
                result.put(context, transitions(next));
            }
        });
        return result;
    }

    private static Transitions transitions(Map<Character, Integer> next) {
        StringBuilder chars = new StringBuilder();
        int[] cumulative = new int[next.size()];
        int running = 0;
        int i = 0;
        for (Map.Entry<Character, Integer> entry : next.entrySet()) {
            chars.append(entry.getKey());
            running += entry.getValue();
            cumulative[i++] = running;
        }
        return new Transitions(chars.toString(), cumulative);
    }
}
