package dev.synthesis.app.quota.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.synthesis.app.quota.Limit;
import dev.synthesis.app.quota.TenantQuota;
import dev.synthesis.app.quota.TenantQuotas;
import dev.synthesis.app.quota.TenantQuotasChanged;
import dev.synthesis.app.tenancy.TenantId;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Decides whether a caller's request may go on: one request is taken from the caller's bucket
 * (a user, or an API key: both get the per-key limit) and one from its tenant's. Limits are the
 * tenant's quotas, kept for {@link #FRESH} so a request does not read PostgreSQL for them; an
 * admin's change applies at once on the instance that made it, within {@link #FRESH} on others.
 */
@Component
public class RateLimits {

    private static final Duration FRESH = Duration.ofSeconds(10);

    private final TenantQuotas quotas;
    private final RateBuckets buckets;
    private final Cache<TenantId, TenantQuota> recent = Caffeine.newBuilder().expireAfterWrite(FRESH).maximumSize(10_000).build();

    RateLimits(TenantQuotas quotas, RateBuckets buckets) {
        this.quotas = quotas;
        this.buckets = buckets;
    }

    public Decision admit(TenantId tenant, String caller) {
        TenantQuota limits = recent.get(tenant, quotas::of);
        long perCaller = limits.requestsPerMinutePerKey();
        long perTenant = limits.requestsPerMinutePerTenant();
        Optional<ConsumptionProbe> callerProbe = buckets.take("synthesis:rate:caller:" + tenant.value() + ":" + caller, perCaller);
        if (callerProbe.isPresent() && !callerProbe.get().isConsumed()) {
            return Decision.refused(Limit.REQUESTS_PER_MINUTE_PER_KEY, perCaller, callerProbe.get());
        }
        Optional<ConsumptionProbe> tenantProbe = buckets.take("synthesis:rate:tenant:" + tenant.value(), perTenant);
        if (tenantProbe.isPresent() && !tenantProbe.get().isConsumed()) {
            return Decision.refused(Limit.REQUESTS_PER_MINUTE_PER_TENANT, perTenant, tenantProbe.get());
        }
        Long remaining = Stream.of(callerProbe, tenantProbe).flatMap(Optional::stream)
                .map(ConsumptionProbe::getRemainingTokens).min(Long::compare).orElse(null);
        return new Decision(true, null, 0, remaining, 0);
    }

    /** After the change commits: a request in between would otherwise cache the old limits again. */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(TenantQuotasChanged change) {
        recent.invalidate(new TenantId(change.tenantId()));
    }

    /**
     * Whether a request may go on.
     *
     * @param limit             the limit that refused it; null when allowed
     * @param remaining         requests left now under both limits (when allowed); null when Redis could not say
     * @param retryAfterSeconds when to try again (when refused)
     */
    public record Decision(boolean allowed, @Nullable Limit limit, long value, @Nullable Long remaining, long retryAfterSeconds) {

        static Decision refused(Limit limit, long value, ConsumptionProbe probe) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1));
            return new Decision(false, limit, value, 0L, seconds);
        }
    }
}
