package dev.synthesis.engine.model.text;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The characters seen after one context, with cumulative counts for sampling.
 *
 * @param next       candidate characters ({@link TextSampler#END} ends the text)
 * @param cumulative running totals of their counts
 */
public record Transitions(String next, int[] cumulative) {

    char draw(RandomGenerator random) {
        int target = random.nextInt(cumulative[cumulative.length - 1]);
        int position = Arrays.binarySearch(cumulative, target + 1);
        int index = position >= 0 ? position : -position - 1;
        while (index > 0 && cumulative[index - 1] == cumulative[index]) {
            index--;
        }
        return next.charAt(index);
    }

    boolean onlyEnds() {
        return next.length() == 1 && next.charAt(0) == TextSampler.END;
    }
}
