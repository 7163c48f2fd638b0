package dev.synthesis.localplatform;

import java.util.Map;
import java.util.stream.Collectors;

/** Formats variables as POSIX shell {@code export} lines that survive any value. */
final class ShellExports {

    private ShellExports() {}

    static String format(Map<String, String> variables) {
        return variables.entrySet().stream()
                .map(e -> "export " + e.getKey() + "=" + quote(e.getValue()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** Single quotes keep everything literal; a single quote itself is closed, escaped, reopened. */
    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
