package dev.synthesis.engine.regex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the subset of regular expressions that identifiers and codes use: literals, escapes,
 * {@code .}, classes with ranges ({@code [A-Z0-9_]}, {@code \d \w \s}), groups (plain, non-capturing
 * and named), alternation and the quantifiers {@code ? * + {n} {n,} {n,m}} (open ones capped at
 * {@value #OPEN_REPEAT} extra repeats). Anything else (negated classes, look-arounds,
 * back-references, flags) is refused with the reason. As in RE2, a brace that does not start a
 * repetition is a literal.
 */
final class RegexParser {

    static final int OPEN_REPEAT = 8;
    private static final String DIGITS = "0123456789";
    private static final String WORD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";
    private static final Pattern REPETITION = Pattern.compile("\\{(\\d+)(,(\\d*))?}");
    private static final Pattern NAMED_GROUP = Pattern.compile("\\?P?<[A-Za-z_][A-Za-z0-9_]*>");

    private final String pattern;
    private int position;

    private RegexParser(String pattern) {
        this.pattern = pattern;
    }

    static RegexNode parse(String pattern) {
        RegexParser parser = new RegexParser(pattern);
        RegexNode node = parser.alternation();
        if (parser.position < pattern.length()) {
            throw parser.unsupported("a ')' closes no group");
        }
        return node;
    }

    private RegexNode alternation() {
        List<RegexNode> options = new ArrayList<>();
        options.add(sequence());
        while (peek() == '|') {
            position++;
            options.add(sequence());
        }
        return options.size() == 1 ? options.getFirst() : new RegexNode.Alternation(options);
    }

    private RegexNode sequence() {
        List<RegexNode> parts = new ArrayList<>();
        while (position < pattern.length() && peek() != '|' && peek() != ')') {
            char next = pattern.charAt(position);
            if (next == '^' || next == '$') {
                position++;
                continue;
            }
            parts.add(quantified(atom()));
        }
        return parts.size() == 1 ? parts.getFirst() : new RegexNode.Sequence(parts);
    }

    private RegexNode atom() {
        char next = pattern.charAt(position++);
        return switch (next) {
            case '(' -> group();
            case '[' -> new RegexNode.Chars(charClass());
            case '.' -> new RegexNode.Chars(WORD.substring(0, 62).toCharArray());
            case '\\' -> new RegexNode.Chars(escape());
            case '*', '+', '?' -> throw unsupported("'" + next + "' needs something to repeat");
            case '{' -> {
                if (repetitionAt(position - 1).isPresent()) {
                    throw unsupported("a repetition needs something to repeat");
                }
                yield new RegexNode.Chars(new char[] {next});
            }
            default -> new RegexNode.Chars(new char[] {next});
        };
    }

    private RegexNode group() {
        Matcher named = NAMED_GROUP.matcher(pattern).region(position, pattern.length());
        if (pattern.startsWith("?:", position)) {
            position += 2;
        } else if (named.lookingAt()) {
            position = named.end();
        } else if (peek() == '?') {
            throw unsupported("look-arounds and flags such as (?=, (?! or (?i) are not supported");
        }
        RegexNode inner = alternation();
        expect(')');
        return inner;
    }

    private char[] charClass() {
        if (peek() == '^') {
            throw unsupported("negated classes such as [^a-z] are not supported");
        }
        Set<Character> chars = new LinkedHashSet<>();
        boolean first = true;
        while (first || peek() != ']') {
            if (position >= pattern.length()) {
                throw unsupported("a '[' is never closed");
            }
            first = false;
            char from = pattern.charAt(position++);
            if (from == '\\') {
                for (char c : escape()) {
                    chars.add(c);
                }
            } else if (peek() == '-' && position + 1 < pattern.length() && pattern.charAt(position + 1) != ']') {
                addRange(chars, from, pattern.charAt(position + 1));
                position += 2;
            } else {
                chars.add(from);
            }
        }
        position++;
        return toArray(chars);
    }

    private void addRange(Set<Character> chars, char from, char to) {
        if (to < from) {
            throw unsupported("the range " + from + "-" + to + " runs backwards");
        }
        for (char c = from; c <= to; c++) {
            chars.add(c);
        }
    }

    private char[] escape() {
        if (position >= pattern.length()) {
            throw unsupported("the pattern ends with a lone backslash");
        }
        char next = pattern.charAt(position++);
        return switch (next) {
            case 'd' -> DIGITS.toCharArray();
            case 'w' -> WORD.toCharArray();
            case 's' -> new char[] {' '};
            default -> {
                if (Character.isLetterOrDigit(next)) {
                    throw unsupported("\\" + next + " is not supported");
                }
                yield new char[] {next};
            }
        };
    }

    private RegexNode quantified(RegexNode atom) {
        char next = peek();
        return switch (next) {
            case '?' -> repeat(atom, 0, 1, 1);
            case '*' -> repeat(atom, 0, OPEN_REPEAT, 1);
            case '+' -> repeat(atom, 1, OPEN_REPEAT + 1, 1);
            case '{' -> repetitionAt(position).map(counts -> repeat(atom, counts[0], counts[1], counts[2])).orElse(atom);
            default -> atom;
        };
    }

    /** {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code start} as {min, max, its length}; counts above int saturate. */
    private Optional<int[]> repetitionAt(int start) {
        Matcher braces = REPETITION.matcher(pattern).region(start, pattern.length());
        if (!braces.lookingAt()) {
            return Optional.empty();
        }
        int min = count(braces.group(1));
        int max = braces.group(2) == null ? min : braces.group(3).isEmpty() ? saturated(min + (long) OPEN_REPEAT) : count(braces.group(3));
        if (min > max) {
            position = start;
            throw unsupported("the repetition " + braces.group() + " has its minimum above its maximum");
        }
        return Optional.of(new int[] {min, max, braces.end() - start});
    }

    private RegexNode repeat(RegexNode atom, int min, int max, int length) {
        position += length;
        if (peek() == '?' || peek() == '+') {
            position++;
        }
        return new RegexNode.Repeat(atom, min, max);
    }

    private static int count(String digits) {
        return digits.length() > 10 ? Integer.MAX_VALUE : saturated(Long.parseLong(digits));
    }

    private static int saturated(long count) {
        return (int) Math.min(count, Integer.MAX_VALUE);
    }

    private char peek() {
        return position < pattern.length() ? pattern.charAt(position) : '\0';
    }

    private void expect(char wanted) {
        if (peek() != wanted) {
            throw unsupported("expected '" + wanted + "'");
        }
        position++;
    }

    private UnsupportedPattern unsupported(String reason) {
        return new UnsupportedPattern("at position " + (position + 1) + ": " + reason);
    }

    private static char[] toArray(Set<Character> chars) {
        char[] result = new char[chars.size()];
        int i = 0;
        for (char c : chars) {
            result[i++] = c;
        }
        return result;
    }
}
