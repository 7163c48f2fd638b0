package dev.synthesis.engine.regex;

import java.util.random.RandomGenerator;

/**
 * Strings that match a regular expression, drawn at random or enumerated by index (every index
 * below {@link #capacity()} gives a distinct match, for unambiguous expressions). Lengths and the
 * capacity are measured from the parsed expression alone, so {@code a{0,2000000000}} is refused by
 * its length before anything is generated.
 */
public final class RegexGenerator {

    private final RegexNode node;

    private RegexGenerator(RegexNode node) {
        this.node = node;
    }

    /** @throws UnsupportedPattern when the expression uses syntax the generator does not support */
    public static RegexGenerator parse(String pattern) {
        return new RegexGenerator(RegexParser.parse(pattern));
    }

    /** How many distinct matches the expression has, saturating at {@link Long#MAX_VALUE}. */
    public long capacity() {
        return node.capacity();
    }

    public long shortest() {
        return node.shortest();
    }

    /** The length of the longest match, saturating at {@link Long#MAX_VALUE}. */
    public long longest() {
        return node.longest();
    }

    public String random(RandomGenerator random) {
        StringBuilder out = new StringBuilder();
        node.random(random, out);
        return out.toString();
    }

    /** The match numbered {@code index}, which must be below {@link #capacity()}. */
    public String decode(long index) {
        StringBuilder out = new StringBuilder();
        node.decode(index, out);
        return out.toString();
    }
}
