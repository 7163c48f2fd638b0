package dev.synthesis.engine.model.text;

import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.schema.Constraints;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.PrivacyLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fits a {@link WordTextSampler}: words seen fewer than {@code rareBelow} times are dropped from the
 * vocabulary and contexts seen fewer than {@code rareBelow} times are pruned (backoff takes over).
 */
public final class WordTextTrainer {

    static final int ORDER = 3;
    private static final int MAX_VALUES = 5_000;

    private WordTextTrainer() {}

    /** Sentence-like columns: on average at least three words per value. */
    public static boolean suits(List<String> values) {
        return !values.isEmpty() && values.stream().mapToInt(value -> value.split("\\s+").length).average().orElse(0) >= 3;
    }

    public static WordTextSampler fit(FieldDefinition field, List<String> column, int rareBelow, long seed) {
        List<String> values = column.stream().limit(MAX_VALUES).toList();
        Map<String, Integer> vocabulary = new HashMap<>();
        values.forEach(value -> Arrays.stream(words(value)).forEach(word -> vocabulary.merge(word, 1, Integer::sum)));
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (String value : values) {
            count(words(value), vocabulary, rareBelow, counts);
        }
        Constraints constraints = field.constraints();
        int longest = values.stream().mapToInt(String::length).max().orElse(80);
        int maxLength = constraints.maxLength() != null ? constraints.maxLength() : longest;
        int minLength = constraints.minLength() != null ? constraints.minLength() : 0;
        long salt = RowRandom.mix(seed);
        long[] forbidden = field.privacyLevel() == PrivacyLevel.HIGH
                ? values.stream().mapToLong(value -> TextSampler.hash(String.join(" ", words(value)), salt)).sorted().distinct().toArray()
                : new long[0];
        return new WordTextSampler(ORDER, transitions(counts, rareBelow), minLength, maxLength, salt, forbidden);
    }

    private static String[] words(String value) {
        String trimmed = value.trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    /** Counts each kept word after its contexts; a rare word breaks the chain (it is never a context either). */
    private static void count(String[] words, Map<String, Integer> vocabulary, int rareBelow,
                              Map<String, Map<String, Integer>> counts) {
        List<String> history = new ArrayList<>(List.of(WordTextSampler.START, WordTextSampler.START));
        List<String> sequence = new ArrayList<>(Arrays.asList(words));
        sequence.add(WordTextSampler.END);
        for (String word : sequence) {
            if (!word.equals(WordTextSampler.END) && vocabulary.get(word) < rareBelow) {
                continue;
            }
            String[] context = history.toArray(String[]::new);
            for (int length = 0; length < ORDER; length++) {
                counts.computeIfAbsent(WordTextSampler.key(context, length), key -> new TreeMap<>()).merge(word, 1, Integer::sum);
            }
            history.removeFirst();
            history.add(word);
        }
    }

    private static Map<String, WordTransitions> transitions(Map<String, Map<String, Integer>> counts, int rareBelow) {
        Map<String, WordTransitions> result = new HashMap<>();
        counts.forEach((context, next) -> {
            int total = next.values().stream().mapToInt(Integer::intValue).sum();
            if (context.isEmpty() || total >= rareBelow) {
                List<String> words = new ArrayList<>(next.keySet());
                int[] cumulative = new int[words.size()];
                int running = 0;
                for (int i = 0; i < words.size(); i++) {
                    running += next.get(words.get(i));
                    cumulative[i] = running;
                }
                result.put(context, new WordTransitions(words, cumulative));
            }
        });
        result.putIfAbsent("", new WordTransitions(List.of("text", WordTextSampler.END), new int[] {1, 2}));
        return result;
    }
}
