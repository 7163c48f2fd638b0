package dev.synthesis.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The page checks of the tour can fail: a check that passes on every page of today's SPA proves
 * nothing until it has been seen to catch what it looks for. No app is needed, only Chromium.
 */
@ResourceLock(HeadlessChromium.LOCK)
class BrowserChecksIT {

    private static final String FITTING = """
            <!doctype html><html lang="en"><head><title>Fits</title></head>
            <body><main><h1>Fits</h1><p>Short text.</p></main></body></html>""";

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    void axeCheckNamesTheRuleAndTheElementOfASeriousViolation() {
        Page page = chromium.newPage();
        page.setContent(FITTING.replace("<p>Short text.</p>", "<img id=\"chart\" src=\"data:,\">"));

        assertThatThrownBy(() -> AxeCheck.assertNoSeriousViolations(page, "a page with an unlabelled image"))
                .hasMessageContaining("a page with an unlabelled image")
                .hasMessageContaining("image-alt (critical)")
                .hasMessageContaining("#chart");
    }

    @Test
    void axeCheckPassesAnAccessiblePage() {
        Page page = chromium.newPage();
        page.setContent(FITTING);

        assertThatCode(() -> AxeCheck.assertNoSeriousViolations(page, "fits")).doesNotThrowAnyException();
    }

    @Test
    void pageShotsNameTheWidthAndTheElementThatSticksOut() {
        Page page = chromium.newPage();
        page.setContent(FITTING.replace("<p>Short text.</p>", "<table id=\"wide\" class=\"rows\"><tr><td style=\"min-width: 1500px\">"
                + "age income segment</td></tr></table>"));

        assertThatThrownBy(() -> PageShots.takeAndAssertNoOverflow(page, "check-overflow"))
                .hasMessageContaining("check-overflow")
                .hasMessageContaining("at 1280 px")
                .hasMessageNotContaining("at 1920 px")
                .hasMessageContaining("table#wide.rows")
                .hasMessageContaining("\"age income segment\"");
        assertThat(PageShots.FOLDER.resolve("check-overflow-1280.png")).exists();
        assertThat(PageShots.FOLDER.resolve("check-overflow-1920.png")).exists();
    }

    @Test
    void pageShotsPassAPageThatFits() {
        Page page = chromium.newPage();
        page.setContent(FITTING);

        assertThatCode(() -> PageShots.takeAndAssertNoOverflow(page, "check-fits")).doesNotThrowAnyException();
    }
}
