package dev.synthesis.app.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs axe-core (the engine of most accessibility checkers) on the page the browser shows, and fails
 * on what blocks users: violations of impact "serious" or "critical". The SPA's own copy of axe-core
 * is used (a dev dependency of the front end), named by the system property {@code synthesis.axe}
 * that the build sets, so the check and the SPA's unit tests agree on one version.
 */
final class AxeCheck {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** How many elements of one violation a failure names; the rest are counted. */
    private static final int TARGETS_SHOWN = 3;

    /** Returns plain values only: the whole result (with every node's HTML) is large and not needed. */
    private static final String RUN = """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.map(v => ({
                id: v.id, impact: v.impact ?? 'unknown', help: v.help,
                nodes: v.nodes.length,
                targets: v.nodes.slice(0, %d).map(n => n.target.join(' ')),
              }));
            }""".formatted(TARGETS_SHOWN);

    private static String source;

    private AxeCheck() {}

    /** Fails, listing rule, impact, help and the first elements, when the page has a serious or critical violation. */
    static void assertNoSeriousViolations(Page page, String pageName) {
        List<Violation> blocking = violations(page).stream().filter(v -> BLOCKING.contains(v.impact())).toList();
        if (!blocking.isEmpty()) {
            throw new AssertionError("axe-core finds " + blocking.size() + " serious or critical violation(s) on " + pageName
                    + " (" + page.url() + "):\n" + blocking.stream().map(Violation::toString).collect(Collectors.joining("\n")));
        }
    }

    /** Every violation axe-core finds on the page as it is now, of any impact. */
    static List<Violation> violations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe?.run === 'function'"))) {
            page.evaluate(source());
        }
        return ((List<?>) page.evaluate(RUN)).stream().map(Map.class::cast).map(Violation::of).toList();
    }

    private static synchronized String source() {
        if (source == null) {
            Path file = Path.of(System.getProperty("synthesis.axe", "../../frontend/node_modules/axe-core/axe.min.js"));
            try {
                source = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing at " + file.toAbsolutePath()
                        + "; build the front end first (it installs axe-core into frontend/node_modules)", e);
            }
        }
        return source;
    }

    /** One rule broken on {@code nodes} elements; {@code targets} are the CSS selectors of the first few. */
    record Violation(String id, String impact, String help, int nodes, List<String> targets) {

        static Violation of(Map<?, ?> found) {
            List<String> targets = ((List<?>) found.get("targets")).stream().map(String::valueOf).toList();
            return new Violation(String.valueOf(found.get("id")), String.valueOf(found.get("impact")), String.valueOf(found.get("help")),
                    ((Number) found.get("nodes")).intValue(), targets);
        }

        @Override
        public String toString() {
            String more = nodes > targets.size() ? " and " + (nodes - targets.size()) + " more" : "";
            return "  - " + id + " (" + impact + "): " + help + "; at " + String.join(", ", targets) + more;
        }
    }
}
