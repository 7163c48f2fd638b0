package dev.synthesis.engine.model.text;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.FieldSampler;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.SampleContext;
import java.util.Arrays;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A character n-gram language model with backoff to shorter contexts ("stupid backoff", Brants et al.,
 * "Large language models in machine translation", EMNLP 2007, used here for sampling): each next
 * character is drawn after the longest context the model kept. Length limits hold by construction:
 * the end symbol is refused before {@code minLength} and the text stops at {@code maxLength}.
 *
 * @param forbidden sorted salted hashes of the seed values; when non-empty (high privacy) an output
 *                  equal to a seed value is drawn again, so no seed value is emitted verbatim
 */
@JsonTypeName("text")
public record TextSampler(int order, Map<String, Transitions> contexts, int minLength, int maxLength, long salt,
                          long[] forbidden) implements FieldSampler {

    static final char START = '\u0002';
    static final char END = '\u0003';
    private static final int ATTEMPTS = 20;

    @Override
    public Object sample(SampleContext context) {
        RandomGenerator random = context.random();
        String text = draw(random);
        for (int attempt = 0; attempt < ATTEMPTS && isForbidden(text); attempt++) {
            text = draw(random);
        }
        while (isForbidden(text)) {
            text = text.length() < maxLength ? text + contexts.get("").draw(random) : text.substring(1);
        }
        return text;
    }

    static long hash(String value, long salt) {
        long hash = salt;
        for (int i = 0; i < value.length(); i++) {
            hash = RowRandom.mix(hash + value.charAt(i));
        }
        return hash;
    }

    private boolean isForbidden(String text) {
        return forbidden.length > 0 && Arrays.binarySearch(forbidden, hash(text, salt)) >= 0;
    }

    private String draw(RandomGenerator random) {
        StringBuilder padded = new StringBuilder().append(START);
        while (padded.length() - 1 < maxLength) {
            char next = nextChar(padded, random, padded.length() - 1 < minLength);
            if (next == END) {
                break;
            }
            padded.append(next);
        }
        return padded.substring(1);
    }

    private char nextChar(StringBuilder padded, RandomGenerator random, boolean mustContinue) {
        for (int length = Math.min(order - 1, padded.length()); length >= 0; length--) {
            Transitions transitions = contexts.get(padded.substring(padded.length() - length));
            if (transitions == null || (mustContinue && transitions.onlyEnds())) {
                continue;
            }
            char next = transitions.draw(random);
            if (next != END || !mustContinue) {
                return next;
            }
        }
        return anyCharacter(random);
    }

    private char anyCharacter(RandomGenerator random) {
        Transitions unigram = contexts.get("");
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            char next = unigram.draw(random);
            if (next != END) {
                return next;
            }
        }
        return unigram.next().chars().filter(c -> c != END).mapToObj(c -> (char) c).findFirst().orElse('x');
    }
}
