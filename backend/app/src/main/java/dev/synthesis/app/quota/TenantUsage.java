package dev.synthesis.app.quota;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's usage against each of its limits.
 *
 * @param items one per limit
 */
public record TenantUsage(String tenantId, List<Item> items) {

    /** The item of one limit. */
    public Item item(Limit limit) {
        return items.stream().filter(item -> item.limit() == limit).findFirst()
                .orElseThrow(() -> new IllegalStateException("no usage item for " + limit.key()));
    }

    /**
     * Usage of one limit.
     *
     * @param limit    the limit's name, e.g. {@code rowsPerDay}
     * @param label    what it limits, in words for people
     * @param value    the limit in force
     * @param used     what is used of it now; null for limits on one request or upload, and for rate limits
     * @param resetsAt when the usage starts again from zero; null for limits without a period
     */
    public record Item(Limit limit, String label, long value, @Nullable Long used, Limit.Unit unit, @Nullable Instant resetsAt) {}
}
