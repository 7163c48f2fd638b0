package dev.synthesis.engine.model.pattern;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses the subset of Java regular expressions that identifiers and codes use: literals, escapes,
 * {@code .}, classes with ranges ({@code [A-Z0-9_]}, {@code \d \w \s}), groups, alternation and the
 * quantifiers {@code ? * + {n} {n,} {n,m}} (open ones capped at {@value #OPEN_REPEAT} extra repeats).
 * Anything else (negated classes, look-arounds, back-references) is refused with the reason.
 */
final class RegexParser {

    static final int OPEN_REPEAT = 8;
    private static final String DIGITS = "0123456789";
    private static final String WORD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";

    private final String pattern;
    private int position;

    private RegexParser(String pattern) {
        this.pattern = pattern;
    }

    static RegexNode parse(String pattern) {
        RegexParser parser = new RegexParser(pattern);
        RegexNode node = parser.alternation();
        if (parser.position < pattern.length()) {
            throw parser.unsupported("unexpected ')'");
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
            case '*', '+', '?', '{' -> throw unsupported("a quantifier needs something to repeat");
            default -> new RegexNode.Chars(new char[] {next});
        };
    }

    private RegexNode group() {
        if (pattern.startsWith("?:", position)) {
            position += 2;
        } else if (peek() == '?') {
            throw unsupported("look-arounds and flags are not supported");
        }
        RegexNode inner = alternation();
        expect(')');
        return inner;
    }

    private char[] charClass() {
        if (peek() == '^') {
            throw unsupported("negated classes are not supported");
        }
        Set<Character> chars = new LinkedHashSet<>();
        while (peek() != ']') {
            if (position >= pattern.length()) {
                throw unsupported("unclosed '['");
            }
            char first = pattern.charAt(position++);
            if (first == '\\') {
                for (char c : escape()) {
                    chars.add(c);
                }
            } else if (peek() == '-' && position + 1 < pattern.length() && pattern.charAt(position + 1) != ']') {
                char last = pattern.charAt(position + 1);
                position += 2;
                for (char c = first; c <= last; c++) {
                    chars.add(c);
                }
            } else {
                chars.add(first);
            }
        }
        position++;
        return toArray(chars);
    }

    private char[] escape() {
        char next = pattern.charAt(position++);
        return switch (next) {
            case 'd' -> DIGITS.toCharArray();
            case 'w' -> WORD.toCharArray();
            case 's' -> new char[] {' '};
            case 'D', 'W', 'S', 'b', 'B' -> throw unsupported("\\" + next + " is not supported");
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
            case '?' -> repeat(atom, 0, 1);
            case '*' -> repeat(atom, 0, OPEN_REPEAT);
            case '+' -> repeat(atom, 1, OPEN_REPEAT + 1);
            case '{' -> braces(atom);
            default -> atom;
        };
    }

    private RegexNode repeat(RegexNode atom, int min, int max) {
        position++;
        if (peek() == '?' || peek() == '+') {
            position++;
        }
        return new RegexNode.Repeat(atom, min, max);
    }

    private RegexNode braces(RegexNode atom) {
        int close = pattern.indexOf('}', position);
        if (close < 0) {
            throw unsupported("unclosed '{'");
        }
        String[] bounds = pattern.substring(position + 1, close).split(",", -1);
        int min = Integer.parseInt(bounds[0].trim());
        int max = bounds.length == 1 ? min : bounds[1].isBlank() ? min + OPEN_REPEAT : Integer.parseInt(bounds[1].trim());
        position = close;
        return repeat(atom, min, max);
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

    private IllegalArgumentException unsupported(String reason) {
        return new IllegalArgumentException("pattern '" + pattern + "' at position " + position + ": " + reason);
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
