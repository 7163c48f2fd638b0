package dev.synthesis.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.TestPlatform;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Drives the real SPA in headless Chromium through the real Keycloak login page. */
@ResourceLock(HeadlessChromium.LOCK)
class SchemasInTheBrowserIT extends IntegrationTest {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    void acmeCreatesASchemaThatGlobexNeverSees() {
        String name = "Browser patients " + UUID.randomUUID().toString().substring(0, 8);
        Page page = chromium.newPage();

        page.navigate(TestPlatform.appUrl() + "/schemas");
        HeadlessChromium.logIn(page, "alice");
        assertThat(page.getByText("Tenant: acme")).isVisible();
        createSchema(page, name);
        page.navigate(TestPlatform.appUrl() + "/schemas");
        assertThat(schemaRows(page).filter(new Locator.FilterOptions().setHasText(name))).hasCount(1);

        HeadlessChromium.logOut(page);
        HeadlessChromium.logIn(page, "bob");
        assertThat(page.getByText("Tenant: globex")).isVisible();
        page.navigate(TestPlatform.appUrl() + "/schemas");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Schemas"))).isVisible();
        assertThat(schemaRows(page).filter(new Locator.FilterOptions().setHasText(name))).hasCount(0);
    }

    @Test
    void acmeDesignsASchemaWithEnumPatternAndEpsilonAndEditsItIntoVersion2() {
        String name = "Browser wards " + UUID.randomUUID().toString().substring(0, 8);
        Page page = chromium.newPage();
        page.navigate(TestPlatform.appUrl() + "/schemas");
        HeadlessChromium.logIn(page, "alice");

        button(page, "New schema").click();
        page.getByLabel("Schema name").fill(name);
        // the switch's own input, not its label text, which the input covers
        page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName(Pattern.compile("^Differential privacy"))).click();
        page.getByLabel("Epsilon").fill("2");
        Locator first = field(page, 1);
        first.getByLabel("Field name").fill("admission_code");
        first.getByLabel("Pattern").fill("AD-[0-9]{4}");
        assertThat(first.getByText("Sample:")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add field")).click();
        Locator second = field(page, 2);
        second.getByLabel("Field name").fill("ward");
        second.getByLabel("Allowed values").fill("ICU");
        second.getByLabel("Allowed values").press("Enter");
        second.getByLabel("Allowed values").fill("ER");
        second.getByLabel("Allowed values").press("Enter");
        button(page, "Create schema").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
        assertThat(page.getByText("Differential privacy, ε = 2")).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Fields"))).containsText("one of ICU, ER");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit schema")).click();
        Locator ward = field(page, 2);
        ward.getByLabel("Allowed values").fill("WARD");
        ward.getByLabel("Allowed values").press("Enter");
        button(page, "Save changes").click();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Fields"))).containsText("one of ICU, ER, WARD");
        assertThat(page.getByText(Pattern.compile("^Version 2 ·"))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History")).click();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Versions")).getByRole(AriaRole.ROW)).hasCount(3);
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Version 1 to version 2"))).containsText("ICU, ER, WARD");
    }

    private static void createSchema(Page page, String name) {
        button(page, "New schema").click();
        page.getByLabel("Schema name").fill(name);
        page.getByLabel("Field name").first().fill("patient_id");
        page.getByLabel("Field type").first().selectOption("string");
        button(page, "Create schema").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
    }

    /** Buttons and links that look like buttons ("New schema" is a link to the designer). */
    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
                .or(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)));
    }

    private static Locator field(Page page, int position) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Field " + position).setExact(true));
    }

    private static Locator schemaRows(Page page) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Schemas")).getByRole(AriaRole.ROW);
    }
}
