package dev.synthesis.app.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Full-page screenshots of a page at the widths the SPA promises to work at, for a person to look
 * at, and the one layout fault a machine can tell for sure: content wider than the window, which
 * makes the whole page scroll sideways.
 */
final class PageShots {

    /** A laptop and a desktop monitor; the "works at 1280 px and 1920 px". */
    static final List<Integer> WIDTHS = List.of(1280, 1920);

    static final int HEIGHT = 900;

    /** The module's target/ (tests run in the module's folder), so {@code mvn clean} removes old shots. */
    static final Path FOLDER = Path.of("target", "screenshots");

    /** How many elements an overflow failure names, widest first. */
    private static final int CULPRITS_SHOWN = 5;

    /**
     * Null when the page fits; otherwise its widths and the widest elements whose right edge is
     * past the window, described so that a reader can find them in the SPA's source.
     */
    private static final String OVERFLOW = """
            limit => {
              const root = document.documentElement;
              if (root.scrollWidth <= root.clientWidth + 1) return null;
              const describe = e => {
                const r = e.getBoundingClientRect();
                const text = (e.innerText ?? e.textContent ?? '').trim().replace(/\\s+/g, ' ').slice(0, 40);
                const cls = typeof e.className === 'string' ? e.className.trim().split(/\\s+/).slice(0, 3).join('.') : '';
                return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (cls ? '.' + cls : '')
                  + ' (' + Math.round(r.width) + ' px wide, right edge at ' + Math.round(r.right + scrollX) + ' px)'
                  + (text ? ' "' + text + '"' : '');
              };
              const out = [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right + scrollX > root.clientWidth + 1)
                .sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)
                .slice(0, limit)
                .map(describe);
              return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits: out };
            }""";

    private PageShots() {}

    /**
     * Takes {@code <name>-<width>.png} at every width, then fails if the page scrolled sideways at
     * any of them. All shots are taken first, so a failure still leaves a picture of each width.
     * The viewport stays at the last width.
     */
    static void takeAndAssertNoOverflow(Page page, String name) {
        List<String> overflows = new ArrayList<>();
        for (int width : WIDTHS) {
            page.setViewportSize(width, HEIGHT);
            settleLayout(page);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(FOLDER.resolve(name + "-" + width + ".png")));
            Map<?, ?> overflow = (Map<?, ?>) page.evaluate(OVERFLOW, CULPRITS_SHOWN);
            if (overflow != null) {
                overflows.add("at " + width + " px the page is " + overflow.get("scrollWidth") + " px wide (window "
                        + overflow.get("clientWidth") + " px); sticking out, widest first:\n"
                        + ((List<?>) overflow.get("culprits")).stream().map(c -> "    - " + c).collect(Collectors.joining("\n")));
            }
        }
        if (!overflows.isEmpty()) {
            throw new AssertionError(name + " (" + page.url() + ") overflows horizontally:\n  " + String.join("\n  ", overflows));
        }
    }

    /** Two animation frames: the resize has been laid out and painted before anything is measured. */
    private static void settleLayout(Page page) {
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }
}
