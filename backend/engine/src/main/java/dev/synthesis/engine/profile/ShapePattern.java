package dev.synthesis.engine.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Infers a regular expression for codes such as {@code P001} or {@code INV-2024-0001}: each value
 * is cut into runs of ASCII digits, upper-case letters and lower-case letters, and single other
 * characters. When every value has the same sequence of runs, a run equal in all values stays
 * literal and a varying one becomes its class with the observed length range
 * ({@code INV-2024-0001}, {@code INV-2024-0002} → {@code INV-2024-[0-9]{4}}). Values with spaces
 * (prose, names) or without digits are not codes.
 */
final class ShapePattern {

    private static final String REGEX_SPECIAL = "\\.[]{}()*+?^$|";

    private enum RunClass { DIGIT, UPPER, LOWER, OTHER }

    private record Run(RunClass runClass, String text) {}

    private ShapePattern() {}

    static Optional<String> infer(List<String> values) {
        if (values.isEmpty() || values.stream().anyMatch(value -> value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)
                || value.chars().noneMatch(c -> c >= '0' && c <= '9'))) {
            return Optional.empty();
        }
        List<List<Run>> shapes = values.stream().map(ShapePattern::runs).toList();
        List<Run> first = shapes.getFirst();
        for (List<Run> shape : shapes) {
            if (!sameClasses(first, shape)) {
                return Optional.empty();
            }
        }
        StringBuilder regex = new StringBuilder();
        boolean varies = false;
        for (int i = 0; i < first.size(); i++) {
            int position = i;
            List<String> texts = shapes.stream().map(shape -> shape.get(position).text()).toList();
            boolean constant = texts.stream().distinct().count() == 1;
            varies |= !constant;
            regex.append(constant ? literal(texts.getFirst()) : runRegex(first.get(i).runClass(), texts));
        }
        return varies ? Optional.of(regex.toString()) : Optional.empty();
    }

    private static String literal(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (REGEX_SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static List<Run> runs(String value) {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        while (start < value.length()) {
            RunClass runClass = classOf(value.charAt(start));
            int end = start + 1;
            while (runClass != RunClass.OTHER && end < value.length() && classOf(value.charAt(end)) == runClass) {
                end++;
            }
            runs.add(new Run(runClass, value.substring(start, end)));
            start = end;
        }
        return runs;
    }

    private static RunClass classOf(char c) {
        if (c >= '0' && c <= '9') {
            return RunClass.DIGIT;
        }
        if (c >= 'A' && c <= 'Z') {
            return RunClass.UPPER;
        }
        return c >= 'a' && c <= 'z' ? RunClass.LOWER : RunClass.OTHER;
    }

    private static boolean sameClasses(List<Run> a, List<Run> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Run left = a.get(i);
            Run right = b.get(i);
            if (left.runClass() != right.runClass() || (left.runClass() == RunClass.OTHER && !left.text().equals(right.text()))) {
                return false;
            }
        }
        return true;
    }

    private static String runRegex(RunClass runClass, List<String> texts) {
        int min = texts.stream().mapToInt(String::length).min().orElseThrow();
        int max = texts.stream().mapToInt(String::length).max().orElseThrow();
        String characters = switch (runClass) {
            case DIGIT -> "[0-9]";
            case UPPER -> "[A-Z]";
            case LOWER -> "[a-z]";
            case OTHER -> throw new IllegalStateException("other characters are always literal");
        };
        return characters + (min == max ? "{" + min + "}" : "{" + min + "," + max + "}");
    }
}
