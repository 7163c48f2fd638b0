package dev.synthesis.engine.regex;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Locale;

/**
 * A tenant's regular expression, matched by RE2/J in time linear in the value: unlike
 * {@code java.util.regex}, no pattern such as {@code (a+)+b} can backtrack for minutes on one seed
 * value. The price is RE2's syntax: look-arounds and back-references are refused, with a reason.
 * The pattern's own size is bounded too, written and expanded, so compiling it stays cheap.
 */
public final class LinearPattern {

    /** Longest pattern a tenant may write. */
    public static final int MAX_LENGTH = 1_000;
    /** Largest pattern once counted repetitions are written out (see {@link ExpandedSize}). */
    public static final long MAX_EXPANDED_SIZE = 20_000;

    private final Pattern compiled;

    private LinearPattern(Pattern compiled) {
        this.compiled = compiled;
    }

    /** @throws UnsupportedPattern when the pattern is too large, not valid or uses syntax RE2 refuses */
    public static LinearPattern compile(String pattern) {
        if (pattern.length() > MAX_LENGTH) {
            throw new UnsupportedPattern("is " + pattern.length() + " characters long; a pattern may have at most " + MAX_LENGTH);
        }
        if (ExpandedSize.of(pattern) > MAX_EXPANDED_SIZE) {
            throw new UnsupportedPattern("repeats too much: written out in full it would be more than " + MAX_EXPANDED_SIZE
                    + " characters long; use smaller repetition counts");
        }
        try {
            return new LinearPattern(Pattern.compile(pattern));
        } catch (PatternSyntaxException refused) {
            throw new UnsupportedPattern(reason(refused));
        }
    }

    /** Whether the whole value matches. */
    public boolean matches(String value) {
        return compiled.matches(value);
    }

    private static String reason(PatternSyntaxException refused) {
        String description = refused.getDescription();
        String fragment = refused.getPattern();
        if (description.contains("escape") && fragment.matches("\\\\[1-9k].*")) {
            return "back-references such as " + fragment + " are not supported: matching them can take exponential time";
        }
        if (description.contains("Perl syntax") || description.contains("named capture")) {
            return "look-arounds and atomic groups such as " + fragment + " are not supported: matching them can take exponential time";
        }
        if (description.contains("repeat count")) {
            return "the repetition " + fragment + " is not allowed: counts go up to 1000 and the minimum must not exceed the maximum";
        }
        if (description.contains("nested repetition")) {
            return "possessive or doubled quantifiers such as " + fragment + " are not supported";
        }
        return "is not a valid regular expression: " + description.toLowerCase(Locale.ROOT) + " in " + fragment;
    }
}
