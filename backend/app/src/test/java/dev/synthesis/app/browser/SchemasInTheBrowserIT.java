package dev.synthesis.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.TestPlatform;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives the real SPA in Debian's headless Chromium through the real Keycloak login page. The
 * test command installs {@code /usr/bin/chromium} when it is missing; Playwright must not download
 * a browser of its own (there is no such download here).
 */
class SchemasInTheBrowserIT extends IntegrationTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("synthesis.chromium", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void acmeCreatesASchemaThatGlobexNeverSees() {
        String name = "Browser patients " + UUID.randomUUID().toString().substring(0, 8);
        Page page = browser.newContext().newPage();

        page.navigate(TestPlatform.appUrl() + "/schemas");
        logIn(page, "alice");
        assertThat(page.getByText("Tenant: acme")).isVisible();
        createSchema(page, name);
        assertThat(schemaRows(page).filter(new Locator.FilterOptions().setHasText(name))).hasCount(1);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
        logIn(page, "bob");
        assertThat(page.getByText("Tenant: globex")).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Schemas"))).isVisible();
        assertThat(schemaRows(page).filter(new Locator.FilterOptions().setHasText(name))).hasCount(0);
    }

    private static void createSchema(Page page, String name) {
        page.getByLabel("Schema name").fill(name);
        page.getByLabel("Field name").first().fill("patient_id");
        page.getByLabel("Field type").first().selectOption("string");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create schema")).click();
    }

    private static Locator schemaRows(Page page) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Schemas")).getByRole(AriaRole.ROW);
    }

    /** Keycloak 26 may ask for the username and the password on separate pages; handle both. */
    private static void logIn(Page page, String user) {
        page.locator("#username").fill(user);
        Locator password = page.locator("#password");
        if (!password.isVisible()) {
            page.locator("#kc-login").click();
        }
        password.fill(user);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(TestPlatform.appUrl()));
    }
}
