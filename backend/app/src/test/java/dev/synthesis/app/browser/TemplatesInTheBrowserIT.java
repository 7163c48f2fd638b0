package dev.synthesis.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.TestPlatform;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

/**
 * A newcomer's first dataset, as the issue promises it: from the template gallery to the retail
 * template, a dataset made from it in one click, generated without any seed, and downloaded as a
 * zip that holds every table of the template.
 */
@ResourceLock(HeadlessChromium.LOCK)
class TemplatesInTheBrowserIT extends IntegrationTest {

    private static final String TEMPLATE = "retail";
    /** Generation of a small dataset takes seconds; a loaded machine may take many more. */
    private static final double JOB_MILLIS = 180_000;

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    void aNewcomerGoesFromTheGalleryToADownloadedDataset() throws IOException {
        String name = "Shop " + UUID.randomUUID().toString().substring(0, 8);
        Set<String> tables = tablesOf(TEMPLATE);
        Page page = chromium.newPage();
        page.navigate(TestPlatform.appUrl() + "/dashboard");
        HeadlessChromium.logIn(page, "alice");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Templates").setExact(true)).click();
        Locator card = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Retail & e-commerce"));
        assertThat(card).containsText("orders");
        card.getByRole(AriaRole.LINK).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Retail & e-commerce").setLevel(1)))
                .isVisible();
        assertThat(table(page, "Relationships")).containsText("order_items.order_id");
        for (String table : tables) {
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(table + " rows"))).isVisible();
        }
        page.getByLabel("Dataset name").fill(name);
        button(page, "Use this template").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1))).isVisible();
        for (String table : tables) {
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Table " + table))).isVisible();
        }
        PageShots.takeAndAssertNoOverflow(page, "template-dataset-designer");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Train and generate")).click();
        page.getByLabel("Rows of customers").fill("200");
        page.getByLabel("Rows of products").fill("50");
        page.getByLabel("Format").selectOption("csv");
        button(page, "Generate dataset").click();

        Locator downloadAll = button(page, "Download all tables");
        assertThat(downloadAll).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(JOB_MILLIS));
        assertThat(table(page, "Dataset jobs").getByText(Pattern.compile("^COMPLETED$"))).isVisible();
        // the signed manifest, checked in this browser against the published keys, with a file check per table
        assertThat(page.getByText("Verified", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(button(page, "Check a downloaded orders file…")).isVisible();
        PageShots.takeAndAssertNoOverflow(page, "template-dataset-job");
        AxeCheck.assertNoSeriousViolations(page, "dataset job with its provenance");

        Download download = page.waitForDownload(downloadAll::click);
        assertEquals(tables, tablesIn(download.path()), "the zip holds one file per table of the template");
    }

    /** The template's tables, as the API describes it. */
    private static Set<String> tablesOf(String template) {
        JsonNode tables = as("alice").get("/api/templates/" + template).expect(200).json().path("dataset").path("tables");
        return StreamSupport.stream(tables.spliterator(), false)
                .map(table -> table.path("name").asString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The tables a downloaded zip holds: its entries' names without their extension. */
    private static Set<String> tablesIn(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Set<String> names = new TreeSet<>();
            for (ZipEntry entry : Collections.list(file.entries())) {
                assertTrue(entry.getSize() != 0, entry.getName() + " has rows");
                String base = Path.of(entry.getName()).getFileName().toString();
                names.add(base.substring(0, base.indexOf('.') < 0 ? base.length() : base.indexOf('.')));
            }
            return names;
        }
    }

    private static Locator table(Page page, String name) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
