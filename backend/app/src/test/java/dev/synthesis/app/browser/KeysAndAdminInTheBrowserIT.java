package dev.synthesis.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.TestPlatform;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The API keys page and the admin console in headless Chromium, through the real Keycloak login:
 * what the pages do is checked through the API as well, with the key they showed.
 */
@ResourceLock(HeadlessChromium.LOCK)
class KeysAndAdminInTheBrowserIT extends IntegrationTest {

    private static final Pattern SECRET = Pattern.compile("syn_[a-z0-9]{8}_[A-Za-z0-9_-]{20,}");

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    void aliceCreatesAKeyThatWorksOnceCopiedAndStopsWhenRevoked() {
        String name = "browser key " + UUID.randomUUID().toString().substring(0, 8);
        Page page = chromium.newPage();
        page.navigate(TestPlatform.appUrl() + "/keys");
        HeadlessChromium.logIn(page, "alice");

        button(page, "New key").click();
        page.getByLabel("Name").fill(name);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Read")).check();
        button(page, "Create key").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Copy it now: you will not see it again");
        String secret = secretIn(dialog.innerText());

        Api program = Api.withToken(TestPlatform.appUrl(), secret);
        program.get("/api/schemas").expect(200);
        assertThat(program.post("/api/schemas", schemaJson(name)).status()).as("a read key creating a schema").isEqualTo(403);

        button(page, "I have copied it").click();
        assertThat(dialog).isHidden();
        Locator row = keyRows(page).filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).containsText(secret.substring(0, "syn_".length() + 8));
        assertThat(page.locator("body")).not().containsText(secret);

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke")).click();
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm revoke")).click();
        assertThat(row).containsText(word("revoked"));
        assertThat(program.get("/api/schemas").status()).as("the revoked key").isEqualTo(401);
        PageShots.takeAndAssertNoOverflow(page, "keys-after-revoke");
    }

    @Test
    void theAdminCreatesLimitsSuspendsAndResumesATenantAndSeesItInTheTrail() {
        String id = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        Page page = chromium.newPage();
        page.navigate(TestPlatform.appUrl() + "/admin/tenants");
        HeadlessChromium.logIn(page, "admin");

        button(page, "New tenant").click();
        page.getByLabel("Tenant id").fill(id);
        page.getByLabel("Name").fill("Browser Co " + id);
        button(page, "Create tenant").click();
        // a new tenant opens on its own page, where its limits are set
        Locator rowsPerDay = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Rows generated a day"));
        rowsPerDay.getByLabel("Platform default").uncheck();
        rowsPerDay.getByLabel(Pattern.compile("^Own value")).fill("12345");
        button(page, "Save limits").click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Limits saved"))).isVisible();
        long saved = Api.asUser(TestPlatform.appUrl(), "admin").get("/api/admin/tenants/" + id + "/quotas").expect(200)
                .json().get("rowsPerDay").asLong();
        assertThat(saved).isEqualTo(12345);
        PageShots.takeAndAssertNoOverflow(page, "admin-tenant");

        page.navigate(TestPlatform.appUrl() + "/admin/tenants");
        Locator row = tenantRows(page).filter(new Locator.FilterOptions().setHasText(id));
        assertThat(row).hasCount(1);
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Suspend")).click();
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm suspend")).click();
        assertThat(row).containsText(word("suspended"));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resume")).click();
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm resume")).click();
        assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Suspend").setExact(true))).isVisible();
        assertThat(row).containsText(word("active"));
        AxeCheck.assertNoSeriousViolations(page, "admin tenants");
        PageShots.takeAndAssertNoOverflow(page, "admin-tenants");

        page.navigate(TestPlatform.appUrl() + "/admin/audit?tenant=" + id);
        Locator trail = page.getByRole(AriaRole.TABLE);
        assertThat(trail).containsText("admin");
        assertThat(trail.getByRole(AriaRole.ROW)).not().hasCount(1);
        AxeCheck.assertNoSeriousViolations(page, "admin audit");
        PageShots.takeAndAssertNoOverflow(page, "admin-audit");

        page.navigate(TestPlatform.appUrl() + "/admin/jobs");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        AxeCheck.assertNoSeriousViolations(page, "admin jobs");
        PageShots.takeAndAssertNoOverflow(page, "admin-jobs");
    }

    @Test
    void aTenantUserSeesNoAdminAreaAndIsNotAllowedIn() {
        Page page = chromium.newPage();
        page.navigate(TestPlatform.appUrl() + "/admin/tenants");
        HeadlessChromium.logIn(page, "alice");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Not allowed");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tenants"))).hasCount(0);
    }

    /**
     * A status badge's word, whatever case the theme writes it in. Playwright runs the pattern as a
     * JavaScript regular expression, which knows no {@code \Q…\E}: the words are plain letters.
     * Cells' texts run together without spaces, so no word boundary either.
     */
    private static Pattern word(String status) {
        return Pattern.compile(status, Pattern.CASE_INSENSITIVE);
    }

    private static String secretIn(String text) {
        Matcher secret = SECRET.matcher(text);
        assertThat(secret.find()).as("the dialog shows the key: " + text).isTrue();
        return secret.group();
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator keyRows(Page page) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("API keys")).getByRole(AriaRole.ROW);
    }

    private static Locator tenantRows(Page page) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Tenants")).getByRole(AriaRole.ROW);
    }
}
