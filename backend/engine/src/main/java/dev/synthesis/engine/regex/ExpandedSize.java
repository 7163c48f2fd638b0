package dev.synthesis.engine.regex;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How large a regular expression becomes once its counted repetitions are written out, which is
 * roughly the size of the program RE2/J compiles: {@code ((a{1000}){1000}){1000}} is 15 characters
 * but a billion instructions, enough to exhaust the heap while compiling. Measured by a scan that
 * knows only what affects the count (escapes, classes, groups, alternation, repetitions), so it
 * works on any text; a pattern it misreads is still compiled, and refused, by RE2/J afterwards.
 */
final class ExpandedSize {

    private static final Pattern REPETITION = Pattern.compile("\\{(\\d+)(,(\\d*))?}");
    private static final Pattern BRACED_ESCAPE = Pattern.compile("\\\\[pPx]\\{[^}]*}");

    private final String pattern;
    private final Deque<Group> groups = new ArrayDeque<>();
    private int position;

    /** One open group: its finished alternatives, the sequence being read and its last item. */
    private static final class Group {
        long alternatives;
        long sequence;
        long last;

        void add(long size) {
            sequence = RegexNode.add(sequence, size);
            last = size;
        }

        long total() {
            return RegexNode.add(alternatives, sequence);
        }
    }

    private ExpandedSize(String pattern) {
        this.pattern = pattern;
        groups.push(new Group());
    }

    static long of(String pattern) {
        return new ExpandedSize(pattern).measure();
    }

    private long measure() {
        while (position < pattern.length()) {
            step(pattern.charAt(position));
        }
        while (groups.size() > 1) {
            close();
        }
        return groups.peek().total();
    }

    private void step(char next) {
        Group current = groups.peek();
        switch (next) {
            case '(' -> {
                groups.push(new Group());
                position++;
            }
            case ')' -> {
                close();
                position++;
            }
            case '|' -> {
                current.alternatives = current.total() + 1;
                current.sequence = 0;
                current.last = 0;
                position++;
            }
            case '{' -> repetition(current);
            case '*', '+', '?' -> {
                current.sequence = RegexNode.add(current.sequence, 1);
                position++;
            }
            case '[' -> {
                skipClass();
                current.add(1);
            }
            case '\\' -> escape(current);
            default -> {
                current.add(1);
                position++;
            }
        }
    }

    private void close() {
        if (groups.size() == 1) {
            return;
        }
        long size = groups.pop().total();
        groups.peek().add(size);
    }

    /** {@code x{n,m}} adds m - 1 more copies of x; a brace that is not a repetition is a literal. */
    private void repetition(Group current) {
        Matcher braces = REPETITION.matcher(pattern).region(position, pattern.length());
        if (!braces.lookingAt()) {
            current.add(1);
            position++;
            return;
        }
        long min = count(braces.group(1));
        long max = braces.group(2) == null ? min : braces.group(3).isEmpty() ? RegexNode.add(min, 1) : count(braces.group(3));
        long copies = Math.max(min, max);
        long grown = RegexNode.multiply(current.last, copies);
        current.sequence = RegexNode.add(current.sequence - current.last, grown);
        current.last = grown;
        position = braces.end();
    }

    private static long count(String digits) {
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    private void escape(Group current) {
        if (pattern.startsWith("\\Q", position)) {
            int end = pattern.indexOf("\\E", position + 2);
            int stop = end < 0 ? pattern.length() : end;
            for (int i = position + 2; i < stop; i++) {
                current.add(1);
            }
            position = end < 0 ? stop : end + 2;
            return;
        }
        Matcher braced = BRACED_ESCAPE.matcher(pattern).region(position, pattern.length());
        position = braced.lookingAt() ? braced.end() : Math.min(position + 2, pattern.length());
        current.add(1);
    }

    /** Skips a class such as {@code [a-z\]]} or {@code [[:alpha:]_]}: whatever it holds, it matches one character. */
    private void skipClass() {
        position++;
        if (position < pattern.length() && pattern.charAt(position) == '^') {
            position++;
        }
        if (position < pattern.length() && pattern.charAt(position) == ']') {
            position++;
        }
        while (position < pattern.length() && pattern.charAt(position) != ']') {
            if (pattern.charAt(position) == '\\') {
                position++;
            } else if (pattern.startsWith("[:", position)) {
                int end = pattern.indexOf(":]", position + 2);
                position = end < 0 ? position : end + 1;
            }
            position++;
        }
        position++;
    }
}
