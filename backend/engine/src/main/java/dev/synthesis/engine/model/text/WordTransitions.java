package dev.synthesis.engine.model.text;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The words seen after one context of words, with cumulative counts for sampling.
 *
 * @param next       candidate words ({@link WordTextSampler#END} ends the text)
 * @param cumulative running totals of their counts
 */
public record WordTransitions(List<String> next, int[] cumulative) {

    String draw(RandomGenerator random) {
        int target = random.nextInt(cumulative[cumulative.length - 1]);
        int position = Arrays.binarySearch(cumulative, target + 1);
        int index = position >= 0 ? position : -position - 1;
        while (index > 0 && cumulative[index - 1] == cumulative[index]) {
            index--;
        }
        return next.get(index);
    }
}
