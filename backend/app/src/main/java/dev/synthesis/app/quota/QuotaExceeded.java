package dev.synthesis.app.quota;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.app.problem.ProblemType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * A request that would take a tenant over one of its limits. The problem detail names the limit,
 * its value, the usage so far, what was asked for and, for a limit per day or month, when it
 * resets; then {@code Retry-After} says the same in seconds.
 */
public class QuotaExceeded extends ApiProblem {

    private final Limit limit;
    private final long value;
    private final @Nullable Long usage;
    private final long requested;
    private final @Nullable Instant resetsAt;
    private final Instant now;

    /**
     * @param usage     what the tenant has used of the limit so far; null for a limit on one request (rows per job)
     * @param requested what the refused request asked for (rows, bytes, jobs); 0 when it asked for none of that
     * @param resetsAt  when the usage starts again from zero; null for limits without a period
     * @param now       the time the usage was read at, from which {@code Retry-After} counts
     */
    public QuotaExceeded(Limit limit, long value, @Nullable Long usage, long requested, @Nullable Instant resetsAt, Instant now) {
        super(ProblemType.QUOTA_EXCEEDED, detail(limit, value, usage, requested, resetsAt));
        this.limit = limit;
        this.value = value;
        this.usage = usage;
        this.requested = requested;
        this.resetsAt = resetsAt;
        this.now = now;
    }

    public Limit limit() {
        return limit;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("limit", limit.key());
        properties.put("value", value);
        properties.put("usage", usage);
        properties.put("requested", requested);
        properties.put("resetsAt", resetsAt == null ? null : resetsAt.toString());
        return properties;
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        if (resetsAt != null) {
            long seconds = (Duration.between(now, resetsAt).toMillis() + 999) / 1000;
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, seconds)));
        }
        return headers;
    }

    private static String detail(Limit limit, long value, @Nullable Long usage, long requested, @Nullable Instant resetsAt) {
        long total = (usage == null ? 0 : usage) + requested;
        String resets = resetsAt == null ? "" : " (resets at " + resetsAt + ")";
        return switch (limit) {
            case ROWS_PER_DAY -> "This job would bring today's generated rows to %s; the limit is %s rows per day%s."
                    .formatted(number(total), number(value), resets);
            case ROWS_PER_MONTH -> "This job would bring this month's generated rows to %s; the limit is %s rows per month%s."
                    .formatted(number(total), number(value), resets);
            case ROWS_PER_JOB -> "This job asks for %s rows; the limit is %s rows per job. Split the volume into several jobs."
                    .formatted(number(requested), number(value));
            case CONCURRENT_JOBS -> ("This tenant already has %s queued or running jobs; the limit is %s at a time. Wait for one"
                    + " to finish, or cancel one.").formatted(number(usage), number(value));
            case TABLE_ROWS -> "This job would bring the rows kept in the synthetic data table to %s; the limit is %s rows."
                    .formatted(number(total), number(value));
            case STORAGE_BYTES -> (requested > 0
                    ? "This upload would bring stored seeds and generated files to %s bytes; the limit is %s bytes.".formatted(
                            number(total), number(value))
                    : "Stored seeds and generated files take %s bytes; the limit is %s bytes, so nothing new can be stored.".formatted(
                            number(usage), number(value)))
                    + " Delete seeds you no longer need.";
            default -> "This request would exceed the limit %s of %s.".formatted(limit.key(), number(value));
        };
    }

    private static String number(@Nullable Long value) {
        return String.format(Locale.ROOT, "%,d", value == null ? 0 : value);
    }
}
