package dev.synthesis.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.TestPlatform;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Drives the real SPA in headless Chromium through the real Keycloak login page. */
@ResourceLock(HeadlessChromium.LOCK)
class SchemasInTheBrowserIT extends IntegrationTest {

    private static HeadlessChromium chromium;

    @BeforeAll
    static void launchChromium() {
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void acmeCreatesASchemaThatGlobexNeverSees() {
        String name = "Browser patients " + UUID.randomUUID().toString().substring(0, 8);
        Page page = chromium.newPage();

        page.navigate(TestPlatform.appUrl() + "/schemas");
        HeadlessChromium.logIn(page, "alice");
        assertThat(page.getByText("Tenant: acme")).isVisible();
        createSchema(page, name);
        assertThat(schemaRows(page).filter(new Locator.FilterOptions().setHasText(name))).hasCount(1);

        HeadlessChromium.logOut(page);
        HeadlessChromium.logIn(page, "bob");
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
}
