package dev.synthesis.engine.model.text;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.SampleContext;
import java.util.Arrays;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A word n-gram language model with backoff for sentence-like text (comments, descriptions): the same
 * scheme as {@link TextSampler} over words instead of characters, so output is made of real words.
 * Words seen fewer than k times are not in the vocabulary at all, so a rare word (a surname typed into
 * a comment) is never emitted. Lengths are in characters: the end is refused before {@code minLength}
 * and no word is added past {@code maxLength}.
 *
 * @param forbidden sorted salted hashes of seed values (high privacy): an output equal to one is redrawn
 */
@JsonTypeName("word-text")
public record WordTextSampler(int order, Map<String, WordTransitions> contexts, int minLength, int maxLength, long salt,
                              long[] forbidden) implements FieldSampler {

    static final String START = "\u0002";
    static final String END = "\u0003";
    private static final int ATTEMPTS = 20;

    @Override
    public Object sample(SampleContext context) {
        RandomGenerator random = context.random();
        String text = draw(random);
        for (int attempt = 0; attempt < ATTEMPTS && isForbidden(text); attempt++) {
            text = draw(random);
        }
        while (isForbidden(text) && !text.isEmpty()) {
            text = text.substring(0, Math.max(0, text.lastIndexOf(' ')));
        }
        return text;
    }

    private boolean isForbidden(String text) {
        return forbidden.length > 0 && Arrays.binarySearch(forbidden, TextSampler.hash(text, salt)) >= 0;
    }

    private String draw(RandomGenerator random) {
        StringBuilder text = new StringBuilder();
        String[] history = new String[order - 1];
        Arrays.fill(history, START);
        for (int words = 0; words < maxLength; words++) {
            String next = next(history, random, text.length() < minLength);
            int added = text.isEmpty() ? next.length() : next.length() + 1;
            if (next.equals(END) || text.length() + added > maxLength) {
                break;
            }
            text.append(text.isEmpty() ? "" : " ").append(next);
            System.arraycopy(history, 1, history, 0, history.length - 1);
            history[history.length - 1] = next;
        }
        return text.toString();
    }

    private String next(String[] history, RandomGenerator random, boolean mustContinue) {
        for (int length = history.length; length >= 0; length--) {
            WordTransitions transitions = contexts.get(key(history, length));
            if (transitions == null) {
                continue;
            }
            String next = transitions.draw(random);
            if (!next.equals(END) || !mustContinue) {
                return next;
            }
        }
        return contexts.get("").next().stream().filter(word -> !word.equals(END)).findFirst().orElse(END);
    }

    static String key(String[] history, int length) {
        return String.join(" ", Arrays.copyOfRange(history, history.length - length, history.length));
    }
}
