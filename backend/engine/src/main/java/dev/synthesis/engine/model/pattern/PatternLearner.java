package dev.synthesis.engine.model.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Infers a regular expression from codes that share one shape, e.g. {@code AB-10293} and
 * {@code XK-55810} give {@code [A-Z]{2}\-[0-9]{5}}: each value becomes runs of upper-case letters,
 * lower-case letters, digits and literal symbols; when at least {@value #AGREEMENT} of the values share
 * the same runs, each run becomes a class with the lengths seen. Only the shape is kept, no value.
 */
public final class PatternLearner {

    static final double AGREEMENT = 0.95;
    private static final int MAX_RUNS = 12;

    private PatternLearner() {}

    public static Optional<String> learn(List<String> values) {
        Map<String, List<int[]>> byShape = new HashMap<>();
        for (String value : values) {
            List<int[]> runs = runs(value);
            if (runs.isEmpty() || runs.size() > MAX_RUNS) {
                return Optional.empty();
            }
            byShape.computeIfAbsent(shape(runs), shape -> new ArrayList<>()).add(lengths(runs));
        }
        return byShape.entrySet().stream()
                .filter(entry -> entry.getValue().size() >= AGREEMENT * values.size())
                .findFirst()
                .map(entry -> regex(entry.getKey(), entry.getValue()));
    }

    /** Runs as {kind, length}; kind is 'A', 'a', '9' or the literal character itself. */
    private static List<int[]> runs(String value) {
        List<int[]> runs = new ArrayList<>();
        for (char c : value.toCharArray()) {
            int kind = kind(c);
            if (kind == ' ' || kind > 126) {
                return List.of();
            }
            if (!runs.isEmpty() && runs.getLast()[0] == kind && isClass(kind)) {
                runs.getLast()[1]++;
            } else {
                runs.add(new int[] {kind, 1});
            }
        }
        return runs;
    }

    private static int kind(char c) {
        if (c >= 'A' && c <= 'Z') {
            return 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return 'a';
        }
        return c >= '0' && c <= '9' ? '9' : c;
    }

    private static boolean isClass(int kind) {
        return kind == 'A' || kind == 'a' || kind == '9';
    }

    private static String shape(List<int[]> runs) {
        StringBuilder shape = new StringBuilder();
        runs.forEach(run -> shape.append((char) run[0]));
        return shape.toString();
    }

    private static int[] lengths(List<int[]> runs) {
        return runs.stream().mapToInt(run -> run[1]).toArray();
    }

    private static String regex(String shape, List<int[]> lengths) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < shape.length(); i++) {
            char kind = shape.charAt(i);
            if (!isClass(kind)) {
                regex.append('\\').append(kind);
                continue;
            }
            int index = i;
            int min = lengths.stream().mapToInt(run -> run[index]).min().orElse(1);
            int max = lengths.stream().mapToInt(run -> run[index]).max().orElse(1);
            regex.append(switch (kind) {
                case 'A' -> "[A-Z]";
                case 'a' -> "[a-z]";
                default -> "[0-9]";
            }).append(min == max ? "{" + min + "}" : "{" + min + "," + max + "}");
        }
        return regex.toString();
    }
}
