package dev.synthesis.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.TestPlatform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The whole pipeline as a user clicks through it: upload, profile, schema, train, generate, download. */
@Order(3)
@ResourceLock(HeadlessChromium.LOCK)
class PipelineInTheBrowserIT extends IntegrationTest {

    private static final Pattern PERCENT = Pattern.compile("\\d+(\\.\\d)? %");
    private static final Pattern EVENT_STREAM = Pattern.compile(".*/api/jobs/[^/]+/events");

    /**
     * Records every value the upload bar, the job's phase and the source of its progress take, so the
     * test can tell afterwards what the page showed even when a step passed faster than a poll of
     * the page could see it.
     */
    private static final String RECORD_PROGRESS = """
            () => {
              window.shown = { upload: [], phases: [], following: [] };
              new MutationObserver(() => {
                const bar = document.querySelector('[role="progressbar"][aria-label="Upload progress"]');
                if (bar) window.shown.upload.push(Number(bar.getAttribute('aria-valuenow')));
                const phase = document.querySelector('.job-progress strong');
                if (phase && window.shown.phases.at(-1) !== phase.textContent) window.shown.phases.push(phase.textContent);
                const following = document.querySelector('.job-progress .hint');
                if (following && !window.shown.following.includes(following.textContent)) window.shown.following.push(following.textContent);
              }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
            }""";

    /** Records every value a job's progress bar on the dashboard takes, for the same reason. */
    private static final String RECORD_DASHBOARD = """
            () => {
              window.dashboardShown = [];
              new MutationObserver(() => {
                document.querySelectorAll('[role="progressbar"][aria-label^="Rows written by"]').forEach(bar => {
                  const value = Number(bar.getAttribute('aria-valuenow'));
                  if (window.dashboardShown.at(-1) !== value) window.dashboardShown.push(value);
                });
              }).observe(document.body, { subtree: true, childList: true, attributes: true });
            }""";

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    void acmeTurnsASeedIntoScoredSyntheticDataThatGlobexNeverSees() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String fileName = "customers-" + run + ".csv";
        Page page = chromium.newPage();
        page.navigate(TestPlatform.appUrl() + "/seeds");
        HeadlessChromium.logIn(page, "alice");
        page.evaluate(RECORD_PROGRESS);
        List<String> requested = new CopyOnWriteArrayList<>();
        page.onRequest(request -> requested.add(request.url()));

        uploadSeed(page, fileName);
        assertThat(page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("segment"))).isVisible();
        assertThat(table(page, "Seed preview")).isVisible();
        assertEquals(100, ((Number) page.evaluate("() => Math.max(...window.shown.upload)")).intValue(),
                "the upload bar reached 100 %");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create schema").setExact(true)).click();
        page.getByLabel("Schema name").fill("Customers " + run);
        button(page, "Create schema").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Customers " + run))).isVisible();

        page.getByLabel("Quality").selectOption("high");
        button(page, "Train").click();
        assertThat(page.getByText("Training completed")).isVisible();
        // no generation job exists yet, so any event stream so far was the training run's
        assertTrue(requested.stream().anyMatch(url -> EVENT_STREAM.matcher(url).matches()),
                "the training status followed the run's event stream: " + requested);
        assertThat(table(page, "Training runs").getByText("COMPLETED")).isVisible();

        // the dashboard in a second tab (same Keycloak session) watches the job run
        Page dashboard = page.context().newPage();
        dashboard.navigate(TestPlatform.appUrl() + "/dashboard");
        assertThat(dashboard.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard").setLevel(1))).isVisible();
        dashboard.evaluate(RECORD_DASHBOARD);

        page.getByLabel("Rows", new Page.GetByLabelOptions().setExact(true)).fill("100000");
        // into synthetic_data too: a few seconds long, so the dashboard, which looks for new jobs every 2 s, sees it run
        page.getByLabel("Write to").selectOption("table");
        button(page, "Generate").click();
        assertThat(page.getByRole(AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName("Generation progress")))
                .isVisible();
        assertThat(page.getByText("Phase: completed")).isVisible();
        assertThat(page.getByText("100,000 of 100,000")).isVisible();
        dashboard.waitForFunction("() => window.dashboardShown.includes(100)");
        List<?> onDashboard = (List<?>) dashboard.evaluate("() => window.dashboardShown");
        assertTrue(onDashboard.stream().anyMatch(value -> ((Number) value).doubleValue() < 100),
                "the dashboard showed the job's progress before it reached 100 %: " + onDashboard);
        dashboard.close();
        List<?> phases = (List<?>) page.evaluate("() => window.shown.phases");
        assertTrue(phases.size() > 1, "the page followed the job before it ended: " + phases);
        assertEquals("completed", phases.getLast());
        assertTrue(((List<?>) page.evaluate("() => window.shown.following")).contains("Live"),
                "the progress came from the event stream, not from polling");

        Locator scores = page.getByLabel("Scores").locator("dd");
        assertThat(scores.nth(0)).hasText(PERCENT);
        assertThat(scores.nth(1)).hasText(PERCENT);
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^Distribution of "))))
                .isVisible();
        assertThat(table(page, "Real correlations")).isVisible();
        assertThat(table(page, "Synthetic correlations")).isVisible();
        Download download = page.waitForDownload(() -> button(page, "Download").click());
        assertTrue(download.suggestedFilename().endsWith(".csv.gz"), download.suggestedFilename());
        assertTrue(Files.size(download.path()) > 0, "the downloaded file has content");

        // the job's signed manifest was checked in this browser against the platform's published keys,
        // and the downloaded file is checked against it part by part
        assertThat(page.getByText("Verified", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText(Pattern.compile("Merkle root of the parts [0-9a-f]{64}"))).isVisible();
        page.locator("input[type=file]").setInputFiles(download.path());
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("The file matches the manifest")))
                .isVisible();

        // the job page's header links its schema by name
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Customers " + run).setExact(true)).click();
        Locator jobRows = table(page, "Generation jobs").getByRole(AriaRole.ROW);
        assertThat(jobRows).hasCount(2);
        assertThat(jobRows.nth(1)).containsText("COMPLETED");
        assertThat(jobRows.nth(1)).containsText("100,000");

        HeadlessChromium.logOut(page);
        HeadlessChromium.logIn(page, "bob");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Seeds")).click();
        assertThat(table(page, "Seeds").or(page.getByText("No seeds yet"))).isVisible();
        assertThat(page.getByText(fileName)).hasCount(0);
    }

    /**
     * The train form's differential privacy: ε spent from the seed's budget, a warning before a run
     * the budget cannot pay for, the measured quality at the chosen ε; then the seed page's ledger.
     */
    @Test
    void theTrainFormSpendsAnEpsilonTheSeedsBudgetCanPayForAndTheSeedPageListsIt() {
        Jobs.Seeded customers = Jobs.seeded(as("alice"), "DP form", 500);
        Page page = chromium.newPage();
        page.navigate(TestPlatform.appUrl() + "/schemas/" + customers.schemaId());
        HeadlessChromium.logIn(page, "alice");

        page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Differential privacy")).check();
        assertThat(page.getByText("This seed has ε = 10 of 10 and δ = 0.00001 of 0.00001 left")).isVisible();
        page.getByLabel("Epsilon (ε)").fill("12");
        assertThat(page.getByRole(AriaRole.ALERT).getByText("would be refused")).isVisible();
        assertThat(button(page, "Train")).isDisabled();
        page.getByLabel("Epsilon (ε)").fill("2");
        button(page, "Advanced settings").click();
        assertThat(page.getByLabel("Delta (δ)")).isVisible();
        assertThat(page.locator("tr[aria-current=true]")).containsText("ε = 1");
        AxeCheck.assertNoSeriousViolations(page, "train form with differential privacy");
        PageShots.takeAndAssertNoOverflow(page, "train-form-dp");
        button(page, "Train").click();
        assertThat(page.getByText("Training completed")).isVisible();

        page.navigate(TestPlatform.appUrl() + "/seeds/" + customers.seedId());
        Locator ledger = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Privacy budget"));
        assertThat(ledger.getByText("Spent ε = 2 of 10")).isVisible();
        assertThat(ledger.getByRole(AriaRole.ROW).nth(1)).containsText("alice");
        AxeCheck.assertNoSeriousViolations(page, "seed page with its privacy ledger");
        PageShots.takeAndAssertNoOverflow(page, "seed-privacy-ledger");
    }

    private static void uploadSeed(Page page, String fileName) {
        byte[] csv = Jobs.customersCsv(5_000).getBytes(StandardCharsets.UTF_8);
        // the drop zone's file input: choosing a file starts the upload
        page.getByLabel("Seed file", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload(fileName, "text/csv", csv));
    }

    private static Locator table(Page page, String name) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
