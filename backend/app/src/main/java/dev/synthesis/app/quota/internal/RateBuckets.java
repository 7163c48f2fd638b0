package dev.synthesis.app.quota.internal;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Token buckets of N requests per minute, kept in Redis by Bucket4j and changed by compare-and-swap,
 * so every instance takes from the same bucket. A bucket vanishes once it has been idle long enough
 * to be full again. The connection (Spring's Lettuce client, with its time-outs) is opened on first
 * use, so the app starts without Redis.
 *
 * <p>When Redis fails, requests are let through (fail open): rate limits protect the platform from
 * bursts, while PostgreSQL quotas guard what costs; refusing every call because a cache is down
 * would turn a Redis outage into an API outage. Redis is then not asked for {@link #MUTE}, so
 * requests do not each wait for a time-out, and a warning is logged at most once a minute. A
 * bucket that many requests change at once (compare-and-swap retries) can also take longer than
 * the time-out on a loaded machine: its requests then pass too.
 */
@Component
public class RateBuckets implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RateBuckets.class);
    private static final Duration MUTE = Duration.ofSeconds(5);
    private static final Duration WARN_EVERY = Duration.ofMinutes(1);
    private static final Duration PER = Duration.ofMinutes(1);

    private final LettuceConnectionFactory redis;
    private StatefulRedisConnection<String, byte[]> connection;
    private LettuceBasedProxyManager<String> buckets;
    private volatile long mutedUntil = System.nanoTime();
    private volatile long nextWarning = System.nanoTime();

    RateBuckets(LettuceConnectionFactory redis) {
        this.redis = redis;
    }

    /** Takes one request from the bucket {@code key} of {@code perMinute}; empty when Redis could not be asked. */
    public Optional<ConsumptionProbe> take(String key, long perMinute) {
        if (System.nanoTime() - mutedUntil < 0) {
            return Optional.empty();
        }
        try {
            BucketConfiguration configuration = BucketConfiguration.builder()
                    .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, PER))
                    .build();
            // the limit is part of the key: a changed limit starts a bucket of its own at once
            return Optional.of(buckets().builder().build(key + ":" + perMinute, () -> configuration).tryConsumeAndReturnRemaining(1));
        } catch (RuntimeException redisDown) {
            mutedUntil = System.nanoTime() + MUTE.toNanos();
            warn(redisDown);
            return Optional.empty();
        }
    }

    private synchronized LettuceBasedProxyManager<String> buckets() {
        if (buckets == null) {
            RedisClient client = (RedisClient) redis.getRequiredNativeClient();
            connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            buckets = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                    .requestTimeout(Duration.ofMillis(redis.getTimeout()))
                    .build();
        }
        return buckets;
    }

    private void warn(RuntimeException redisDown) {
        long now = System.nanoTime();
        if (now - nextWarning >= 0) {
            nextWarning = now + WARN_EVERY.toNanos();
            log.warn("Rate limits not enforced for {} (Redis unavailable: {}); quotas in PostgreSQL still apply", MUTE,
                    redisDown.getMessage());
        }
    }

    @Override
    public synchronized void destroy() {
        if (connection != null) {
            connection.close();
        }
    }
}
