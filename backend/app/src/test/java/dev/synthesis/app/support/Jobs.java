package dev.synthesis.app.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/** Helpers for tests that start jobs and wait for them. */
public final class Jobs {

    private Jobs() {}

    /** Polls a status URL until the job is COMPLETED, FAILED or CANCELLED (or two minutes pass). */
    public static JsonNode awaitFinished(Api api, String statusPath) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonNode status = api.get(statusPath).json();
        while (!status.get("status").asString().matches("COMPLETED|FAILED|CANCELLED") && Instant.now().isBefore(deadline)) {
            sleep();
            status = api.get(statusPath).json();
        }
        return status;
    }

    /** Customers whose income grows with age, so there is a dependence for a model to learn. */
    public static String customersCsv(int rows) {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("age,income,segment\n");
        String[] segments = {"retail", "business", "premium"};
        for (int i = 0; i < rows; i++) {
            int age = 18 + random.nextInt(60);
            long income = Math.round(20_000 + age * 900 + random.nextGaussian() * 5_000);
            csv.append(age).append(',').append(income).append(',').append(segments[random.nextInt(3)]).append('\n');
        }
        return csv.toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
