package dev.synthesis.app.support;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that run the whole app against real PostgreSQL, Redis, S3 and Keycloak. All such
 * tests share one configuration, so Spring starts the app once for the whole suite; test classes
 * run in parallel against it (see junit-platform.properties), so a test never assumes it is alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class IntegrationTest {

    /** Small partitions, so that modest test jobs still run in several and a crash cuts one short. */
    public static final long ROWS_PER_PARTITION = 50_000;

    /**
     * How long this app waits for an instance's heartbeat before it takes over that instance's
     * jobs. App processes beat every second ({@link AppProcess}), so this is death, not load.
     */
    public static final Duration HEARTBEAT_TIMEOUT = Duration.ofSeconds(8);

    /**
     * The whole suite calls as a few demo users, from three classes at once and from browsers, far
     * faster than people do, and keeps many jobs queued: the platform's rate and job limits would
     * refuse it. Tests of those limits set them for tenants of their own.
     */
    public static final Map<String, String> SUITE_QUOTAS = Map.of(
            "synthesis.quotas.requests-per-minute-per-key", "1000000",
            "synthesis.quotas.requests-per-minute-per-tenant", "1000000",
            "synthesis.quotas.concurrent-jobs", "1000");

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        TestPlatform.environment().forEach((name, value) -> registry.add(name, () -> value));
        // Keycloak only redirects back to the app URL it was started with, so the port is fixed up front.
        registry.add("server.port", TestPlatform::appPort);
        // scheduled deployment batches are looked for often, so a test sees them within seconds
        registry.add("synthesis.deployments.poll-interval", () -> "2s");
        registry.add("synthesis.generation.rows-per-partition", () -> ROWS_PER_PARTITION);
        // this app is the survivor that takes over the jobs of app processes that tests kill
        registry.add("synthesis.jobs.heartbeat-interval", () -> "1s");
        registry.add("synthesis.jobs.heartbeat-timeout", HEARTBEAT_TIMEOUT::toString);
        SUITE_QUOTAS.forEach((name, value) -> registry.add(name, () -> value));
    }

    protected static Api as(String user) {
        return Api.asUser(TestPlatform.appUrl(), user);
    }

    protected static Api anonymous() {
        return Api.anonymous(TestPlatform.appUrl());
    }

    /** A small valid schema with a name unique to the calling test. */
    protected static String schemaJson(String name) {
        return """
                {"name": "%s", "description": "test", "domain": "healthcare",
                 "fields": [
                   {"name": "patient_id", "type": "string", "constraints": {"required": true, "unique": true, "pattern": "P[0-9]{6}"}},
                   {"name": "age", "type": "integer", "constraints": {"min": 0, "max": 120}}],
                 "targetVolume": {"recordsPerDay": 1000, "days": 7}}""".formatted(name);
    }
}
