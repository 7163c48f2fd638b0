package dev.synthesis.app.support;

import tools.jackson.databind.JsonNode;

/** A tenant's usage as {@code GET /api/usage} reports it. */
public final class Usage {

    private Usage() {}

    /** What the caller's tenant has used of a limit, e.g. {@code rowsPerDay}. */
    public static long used(Api api, String limit) {
        return item(api, limit).get("used").asLong();
    }

    public static JsonNode item(Api api, String limit) {
        return api.get("/api/usage").expect(200).json().get("items").valueStream()
                .filter(item -> item.get("limit").asString().equals(limit))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no usage item " + limit));
    }

    /** Waits until none of the tenant's jobs is queued or running, so its usage stops changing. */
    public static void awaitNoActiveJobs(Api api) {
        Waits.until("the tenant's jobs to end", () -> used(api, "concurrentJobs"), active -> active == 0);
    }
}
