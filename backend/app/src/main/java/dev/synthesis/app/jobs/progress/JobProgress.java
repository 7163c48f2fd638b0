package dev.synthesis.app.jobs.progress;

import dev.synthesis.app.jobs.progress.internal.ProgressKeys;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes job progress to Redis. Progress is a convenience: when Redis is down the job goes on,
 * a warning is logged, and status stays available from the job tables.
 */
@Component
public class JobProgress {

    private static final Logger log = LoggerFactory.getLogger(JobProgress.class);
    private static final Duration KEEP = Duration.ofDays(1);
    private static final String ROWS_DONE = "rowsDone";
    private static final String STARTED_AT = "startedAt";
    private static final String LATEST = "latest";
    private static final String QUALITY = "qualityScore";
    private static final String PRIVACY = "privacyScore";

    private static final Duration MUTE = Duration.ofSeconds(30);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private volatile long mutedUntil = System.nanoTime();

    JobProgress(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    /** Marks the start: rows counted from here, the rate measured from now. */
    public void started(UUID jobId, String phase, long rowsTotal) {
        quietly(() -> {
            String hash = ProgressKeys.hash(TenantContext.require(), jobId);
            redis.opsForHash().putIfAbsent(hash, STARTED_AT, Long.toString(System.currentTimeMillis()));
            redis.opsForHash().putIfAbsent(hash, ROWS_DONE, "0");
            publish(JobProgressEvent.phase(jobId, phase, rowsDone(hash), rowsTotal, false));
        });
    }

    /**
     * A partition (re)starts. Rows it counted in an earlier, interrupted run are taken off the
     * total, since the rerun writes them again. A partition runs on one worker at a time, so the
     * read and the decrement cannot race with its own increments.
     */
    public void partitionStarted(UUID jobId, int part) {
        quietly(() -> {
            String hash = ProgressKeys.hash(TenantContext.require(), jobId);
            Object counted = redis.opsForHash().get(hash, partRows(part));
            if (counted != null) {
                redis.opsForHash().increment(hash, ROWS_DONE, -Long.parseLong(counted.toString()));
                redis.opsForHash().delete(hash, partRows(part));
            }
        });
    }

    /** Adds rows written by a partition (the count lives in Redis, so partitions on other machines add up too). */
    public void rowsWritten(UUID jobId, int part, long rows, long rowsTotal, String phase) {
        quietly(() -> {
            String hash = ProgressKeys.hash(TenantContext.require(), jobId);
            redis.opsForHash().increment(hash, partRows(part), rows);
            long done = redis.opsForHash().increment(hash, ROWS_DONE, rows);
            publish(withRate(jobId, phase, done, rowsTotal, hash));
        });
    }

    /** Scores known while the job still runs; every later progress event carries them. */
    public void scored(UUID jobId, double qualityScore, double privacyScore) {
        quietly(() -> {
            String hash = ProgressKeys.hash(TenantContext.require(), jobId);
            redis.opsForHash().put(hash, QUALITY, Double.toString(qualityScore));
            redis.opsForHash().put(hash, PRIVACY, Double.toString(privacyScore));
        });
    }

    /** A phase change or the final event (with scores when known). */
    public void publish(JobProgressEvent event) {
        quietly(() -> {
            TenantId tenant = TenantContext.require();
            String text = json.writeValueAsString(event);
            String hash = ProgressKeys.hash(tenant, event.jobId());
            redis.opsForHash().put(hash, LATEST, text);
            redis.expire(hash, KEEP);
            redis.convertAndSend(ProgressKeys.channel(tenant, event.jobId()), text);
        });
    }

    /** The latest snapshot, if Redis has one. */
    public Optional<String> latest(UUID jobId) {
        try {
            Object latest = redis.opsForHash().get(ProgressKeys.hash(TenantContext.require(), jobId), LATEST);
            return Optional.ofNullable(latest).map(Object::toString);
        } catch (RuntimeException redisDown) {
            return Optional.empty();
        }
    }

    public String toJson(JobProgressEvent event) {
        return json.writeValueAsString(event);
    }

    public JobProgressEvent fromJson(String event) {
        return json.readValue(event, JobProgressEvent.class);
    }

    private long rowsDone(String hash) {
        Object done = redis.opsForHash().get(hash, ROWS_DONE);
        return done == null ? 0 : Long.parseLong(done.toString());
    }

    private JobProgressEvent withRate(UUID jobId, String phase, long done, long total, String hash) {
        List<Object> known = redis.opsForHash().multiGet(hash, List.of(STARTED_AT, QUALITY, PRIVACY));
        Instant started = known.get(0) == null ? Instant.now() : Instant.ofEpochMilli(Long.parseLong(known.get(0).toString()));
        double seconds = Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
        double rate = done / seconds;
        Long eta = rate > 0 ? Math.round(Math.max(0, total - done) / rate) : null;
        return new JobProgressEvent(jobId, phase, done, total, rate, eta, score(known.get(1)), score(known.get(2)), false,
                Instant.now());
    }

    private static Double score(Object stored) {
        return stored == null ? null : Double.valueOf(stored.toString());
    }

    private static String partRows(int part) {
        return "part:" + part;
    }

    /**
     * Runs a Redis call unless Redis failed recently: after a failure, progress is muted for
     * {@link #MUTE} so a job never waits on a dead Redis more than once in that time.
     */
    private void quietly(Runnable redisWork) {
        if (System.nanoTime() < mutedUntil) {
            return;
        }
        try {
            redisWork.run();
        } catch (RuntimeException redisDown) {
            mutedUntil = System.nanoTime() + MUTE.toNanos();
            log.warn("Job progress not published for {} (Redis unavailable: {}); status stays in the job tables",
                    MUTE, redisDown.getMessage());
        }
    }
}
