package dev.synthesis.app.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.synthesis.app.support.TestPlatform;
import dev.synthesis.app.support.Waits;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's headless Chromium driven by Playwright, and the real Keycloak login every browser test
 * goes through. The test command installs {@code /usr/bin/chromium} when it is missing; Playwright
 * must not download a browser of its own (there is no such download here). A test class registers
 * one ({@code @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium()}):
 * it is launched before the class's tests and closed after them.
 */
final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {

    /** Browser test classes take turns: two Chromiums at once would cost memory and prove nothing more. */
    static final String LOCK = "headless-chromium";

    private static final Path CHROMIUM = Path.of(System.getProperty("synthesis.chromium", "/usr/bin/chromium"));

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * A page in a fresh context: no cookies or session of any other test. The locale is fixed
     * because the SPA formats numbers in the reader's locale. Every wait, for an element or an
     * assertion, may take as long as any other wait of the suite: a loaded machine renders slowly.
     */
    Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
        context.setDefaultTimeout(Waits.DEADLINE.toMillis());
        context.setDefaultNavigationTimeout(Waits.DEADLINE.toMillis());
        PlaywrightAssertions.setDefaultAssertionTimeout(Waits.DEADLINE.toMillis());
        return context.newPage();
    }

    /**
     * Keycloak 26 may ask for the username and the password on separate pages; handle both. If the
     * browser never gets back to the app, the failure says where it stayed and what that page said.
     */
    static void logIn(Page page, String user) {
        page.locator("#username").fill(user);
        Locator password = page.locator("#password");
        if (!password.isVisible()) {
            page.locator("#kc-login").click();
        }
        password.fill(user);
        page.locator("#kc-login").click();
        try {
            page.waitForURL(url -> url.startsWith(TestPlatform.appUrl()));
        } catch (PlaywrightException stuck) {
            throw new AssertionError("after logging in as " + user + ", the browser stayed at " + page.url() + ", which says: "
                    + page.locator("body").innerText(new Locator.InnerTextOptions().setTimeout(5_000)), stuck);
        }
    }

    /** Ends the session in Keycloak, which shows its login page again. */
    static void logOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
    }
}
