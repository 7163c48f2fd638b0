package dev.synthesis.localplatform;

import java.util.Map;
import java.util.stream.Collectors;

/** Formats variables as POSIX shell {@code export} lines, or a command's assignments, that survive any value. */
final class ShellExports {

    private ShellExports() {}

    static String format(Map<String, String> variables) {
        return variables.entrySet().stream()
                .map(e -> "export " + e.getKey() + "=" + quote(e.getValue()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** One command line with {@code variables} set for that command alone. */
    static String command(Map<String, String> variables, String command) {
        String assignments = variables.entrySet().stream()
                .map(e -> e.getKey() + "=" + quote(e.getValue()))
                .collect(Collectors.joining(" "));
        return assignments + " " + command;
    }

    /** Single quotes keep everything literal; a single quote itself is closed, escaped, reopened. */
    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
