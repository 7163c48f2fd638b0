package dev.synthesis.app.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Jobs.Seeded;
import dev.synthesis.app.support.TestPlatform;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A tour of every page of the SPA with real data behind it: each page must come up, pass axe-core
 * without serious violations, and fit the window at 1280 and 1920 px without scrolling sideways
 * (screenshots of each land in target/screenshots). Addresses that lead nowhere, including another
 * tenant's ids, must show one clear not-found page and nothing else. The pages are redesigned while
 * this test exists, so it asks only what every page owes: a visible h1 once loading has ended.
 */
@ResourceLock(HeadlessChromium.LOCK)
class EveryPageInTheBrowserIT extends IntegrationTest {

    private static final Pattern NOT_FOUND = Pattern.compile("not found", Pattern.CASE_INSENSITIVE);

    /** Long enough for a loaded machine to render a page; short enough that a page that never comes up does not stall the tour. */
    private static final double READY_MILLIS = 30_000;

    /**
     * True once the page shows an h1 and nothing announces loading: the SPA says "Loading…" in a
     * role="status" element, or marks a region aria-busy, while a query is pending.
     */
    private static final String READY = """
            () => {
              const visible = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
              const loading = [...document.querySelectorAll('[role=status], [aria-busy=true]')]
                .some(e => visible(e) && (e.getAttribute('aria-busy') === 'true' || /loading|signing in/i.test(e.textContent)));
              return [...document.querySelectorAll('h1')].some(visible) && !loading;
            }""";

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    void everyPageComesUpAccessibleAndFitsAt1280And1920() {
        List<Stop> stops;
        Page page = chromium.newPage();
        List<String> pageErrors = new CopyOnWriteArrayList<>();
        // not the common pool: the engine trains in it, and a test blocked there waiting for training would stall it
        try (ExecutorService background = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<Tenants> data = CompletableFuture.supplyAsync(EveryPageInTheBrowserIT::givenDataOnEveryPage, background);
            page.onPageError(pageErrors::add);
            page.navigate(TestPlatform.appUrl() + "/dashboard");
            HeadlessChromium.logIn(page, "alice");
            stops = data.join().stops();
        }

        assertAll("the tour of " + stops.size() + " pages",
                stops.stream().map(stop -> (Executable) () -> visit(page, stop, pageErrors)));
    }

    /** What every page needs to show something: alice's pipeline from seed to deployment, and one job and schema of bob's. */
    private static Tenants givenDataOnEveryPage() {
        Api alice = as("alice");
        Seeded customers = Jobs.trained(alice, "Tour", 1_000);
        String job = customers.generate(alice, "\"rows\": 3000, \"seed\": 3");
        assertFalse(Jobs.awaitCompleted(alice, "/api/generate/" + job + "/status").get("qualityScore").isNull(),
                "the job has a quality report to show");
        String deployment = alice.post("/api/schemas/" + customers.schemaId() + "/deployments",
                "{\"startDate\": \"2030-01-01\", \"days\": 3, \"recordsPerDay\": 100}").expect(201).id();
        alice.post("/api/deployments/" + deployment + "/run-next", null).expect(202);

        Api bob = as("bob");
        String globexSchema = bob.post("/api/schemas", schemaJson("Globex tour " + UUID.randomUUID())).expect(201).id();
        String globexJob = bob.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 10}".formatted(globexSchema)).expect(202).id();
        String dataset = alice.post("/api/templates/retail/instantiate", datasetName("Tour shop")).expect(201).id();
        String globexDataset = bob.post("/api/templates/hr/instantiate", datasetName("Globex tour staff")).expect(201).id();
        return new Tenants(customers, job, deployment, dataset, globexSchema, globexJob, globexDataset);
    }

    private static String datasetName(String prefix) {
        return "{\"name\": \"%s %s\"}".formatted(prefix, UUID.randomUUID());
    }

    private static void visit(Page page, Stop stop, List<String> pageErrors) {
        long start = System.nanoTime();
        pageErrors.clear();
        page.setViewportSize(PageShots.WIDTHS.getFirst(), PageShots.HEIGHT);
        page.navigate(TestPlatform.appUrl() + stop.path());
        awaitReady(page, stop, pageErrors);
        long ready = System.nanoTime();
        String heading = page.locator("h1:visible").first().innerText().strip();
        try {
            assertAll(stop.toString(),
                    () -> assertTrue(pageErrors.isEmpty(), stop + " threw in the browser: " + pageErrors),
                    () -> {
                        if (stop.expect() == Expect.NOT_FOUND) {
                            assertOnlyNotFound(page, stop);
                        } else {
                            assertAPage(page, stop, heading);
                        }
                    },
                    () -> AxeCheck.assertNoSeriousViolations(page, stop.toString()),
                    () -> PageShots.takeAndAssertNoOverflow(page, stop.name()));
        } finally {
            System.out.printf("tour: %-32s h1 \"%s\", up in %d ms, checked in %d ms: %s%n", stop.name(), heading,
                    (ready - start) / 1_000_000, (System.nanoTime() - ready) / 1_000_000, stop.path());
        }
    }

    /** Waits for {@link #READY} twice, a moment apart, so that a query started by the first render is waited for too. */
    private static void awaitReady(Page page, Stop stop, List<String> pageErrors) {
        try {
            do {
                page.waitForFunction(READY, null, new Page.WaitForFunctionOptions().setTimeout(READY_MILLIS));
                page.waitForTimeout(200);
            } while (!Boolean.TRUE.equals(page.evaluate(READY)));
        } catch (PlaywrightException stuck) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(PageShots.FOLDER.resolve(stop.name() + "-stuck.png")));
            String says = String.valueOf(page.evaluate("() => (document.querySelector('main') ?? document.body).innerText"))
                    .strip().replaceAll("\\s+", " ");
            throw new AssertionError(stop + " showed no h1, or kept loading, for " + READY_MILLIS / 1000 + " s; its main part says: \""
                    + says.substring(0, Math.min(says.length(), 300)) + "\"" + (pageErrors.isEmpty() ? "" : "; it threw: " + pageErrors), stuck);
        }
    }

    private static void assertAPage(Page page, Stop stop, String heading) {
        assertFalse(NOT_FOUND.matcher(heading).find(), stop + " shows the not-found page (h1 \"" + heading + "\")");
        assertEquals(1, page.locator("h1:visible").count(), stop + " has one h1");
        assertEquals(0, page.locator("[role=alert]:visible").count(), () -> stop + " shows an error: "
                + page.locator("[role=alert]:visible").allInnerTexts());
    }

    /** One heading, saying "not found", and nothing of a page around it: no forms, tables or further headings. */
    private static void assertOnlyNotFound(Page page, Stop stop) {
        Locator main = page.locator("main");
        List<String> headings = main.locator(":is(h1, h2, h3, h4, h5, h6, [role=heading]):visible").allInnerTexts();
        assertTrue(headings.size() == 1 && NOT_FOUND.matcher(headings.getFirst()).find(),
                stop + " shows one not-found heading, but its headings are " + headings);
        List<?> pageParts = (List<?>) main.locator(":is(form, table, input, select, textarea, [role=table], [role=grid]):visible")
                .evaluateAll("parts => parts.map(p => p.tagName.toLowerCase() + ' ' + (p.getAttribute('aria-label') ?? p.name ?? ''))");
        assertTrue(pageParts.isEmpty(), stop + " shows parts of a page beside its not-found heading: " + pageParts);
    }

    /** The ids the pages show, of alice (acme) and of bob (globex), whose ids acme must not see. */
    private record Tenants(Seeded customers, String job, String deployment, String dataset, String globexSchema, String globexJob,
            String globexDataset) {

        List<Stop> stops() {
            return List.of(
                    page("dashboard", "/dashboard"),
                    page("seeds", "/seeds"),
                    page("seed", "/seeds/" + customers.seedId()),
                    page("seed-schema", "/seeds/" + customers.seedId() + "/schema"),
                    page("seed-validation", "/seeds/" + customers.seedId() + "/validation"),
                    page("schemas", "/schemas"),
                    page("schema-new", "/schemas/new"),
                    page("schema", "/schemas/" + customers.schemaId()),
                    page("schema-edit", "/schemas/" + customers.schemaId() + "/edit"),
                    page("schema-history", "/schemas/" + customers.schemaId() + "/history"),
                    page("datasets", "/datasets"),
                    page("dataset", "/datasets/" + dataset),
                    page("templates", "/templates"),
                    page("template", "/templates/retail"),
                    page("jobs", "/jobs"),
                    page("job", "/jobs/" + job),
                    page("deployments", "/deployments"),
                    page("deployment", "/deployments/" + deployment),
                    page("keys", "/keys"),
                    page("usage", "/usage"),
                    page("audit", "/audit"),
                    new Stop("not-found-path", "/no-such-page/" + UUID.randomUUID(), Expect.NOT_FOUND),
                    new Stop("not-found-seed", "/seeds/" + UUID.randomUUID(), Expect.NOT_FOUND),
                    new Stop("not-found-other-tenants-job", "/jobs/" + globexJob, Expect.NOT_FOUND),
                    new Stop("not-found-other-tenants-schema", "/schemas/" + globexSchema, Expect.NOT_FOUND),
                    new Stop("not-found-other-tenants-dataset", "/datasets/" + globexDataset, Expect.NOT_FOUND),
                    new Stop("not-found-template", "/templates/no-such-template", Expect.NOT_FOUND),
                    new Stop("not-found-other-tenants-schema-edit", "/schemas/" + globexSchema + "/edit", Expect.NOT_FOUND),
                    new Stop("not-found-other-tenants-schema-history", "/schemas/" + globexSchema + "/history", Expect.NOT_FOUND));
        }

        private static Stop page(String name, String path) {
            return new Stop(name, path, Expect.PAGE);
        }
    }

    /** One address of the tour; {@code name} names its screenshots. */
    private record Stop(String name, String path, Expect expect) {

        @Override
        public String toString() {
            return name + " (" + path + ")";
        }
    }

    private enum Expect {
        /** A page of the SPA. */
        PAGE,
        /** The not-found page and nothing else. */
        NOT_FOUND
    }
}
