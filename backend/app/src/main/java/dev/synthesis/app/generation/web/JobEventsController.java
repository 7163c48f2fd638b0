package dev.synthesis.app.generation.web;

import dev.synthesis.app.jobs.progress.JobEvents;
import dev.synthesis.app.jobs.progress.JobProgress;
import dev.synthesis.app.jobs.progress.JobProgressEvent;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live progress of a generation job or a training run as Server-Sent Events: the latest snapshot at once, then every
 * event the job publishes through Redis, closing after the last one. When Redis cannot be reached
 * the stream falls back to reading the job's status from PostgreSQL every second.
 */
@RestController
class JobEventsController {

    private static final long TIMEOUT_MILLIS = Duration.ofMinutes(30).toMillis();
    private static final ScheduledExecutorService POLLER = Executors.newScheduledThreadPool(1, Thread.ofVirtual().factory());

    private final JobSnapshots snapshots;
    private final JobProgress progress;
    private final JobEvents events;

    JobEventsController(JobSnapshots snapshots, JobProgress progress, JobEvents events) {
        this.snapshots = snapshots;
        this.progress = progress;
        this.events = events;
    }

    @GetMapping(value = "/api/jobs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable UUID id) throws IOException {
        JobProgressEvent job = snapshots.of(id);
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        String first = job.finished() ? progress.toJson(job) : progress.latest(id).orElseGet(() -> progress.toJson(job));
        emitter.send(first, MediaType.APPLICATION_JSON);
        if (job.finished()) {
            emitter.complete();
            return emitter;
        }
        follow(id, emitter, progress.fromJson(first).rowsDone());
        return emitter;
    }

    private void follow(UUID id, SseEmitter emitter, long shownFirst) {
        try {
            AtomicLong shown = new AtomicLong(shownFirst);
            AutoCloseable subscription = events.subscribe(id, event -> forwardIfNewer(emitter, event, shown));
            emitter.onCompletion(() -> close(subscription));
            emitter.onTimeout(() -> close(subscription));
            emitter.onError(failure -> close(subscription));
            // the job may have ended between the snapshot and the subscription
            JobProgressEvent now = snapshots.of(id);
            if (now.finished()) {
                forward(emitter, progress.toJson(now));
            }
        } catch (RuntimeException redisDown) {
            poll(id, emitter, TenantContext.require());
        }
    }

    /** The fallback without Redis: the job table, once a second, until the job ends. */
    private void poll(UUID id, SseEmitter emitter, TenantId tenant) {
        ScheduledFuture<?> polling = POLLER.scheduleAtFixedRate(() -> TenantContext.callAs(tenant, () -> {
            forward(emitter, progress.toJson(snapshots.of(id)));
            return null;
        }), 1, 1, TimeUnit.SECONDS);
        emitter.onCompletion(() -> polling.cancel(false));
        emitter.onTimeout(() -> polling.cancel(false));
        emitter.onError(failure -> polling.cancel(false));
    }

    /**
     * Partitions publish concurrently and the listener container hands each message to its own
     * thread, so counts can arrive out of order; a client only ever sees the count grow. The check
     * and the send happen under one lock, or an older count could overtake a newer one on the wire.
     */
    private void forwardIfNewer(SseEmitter emitter, String event, AtomicLong shown) {
        JobProgressEvent parsed = progress.fromJson(event);
        synchronized (shown) {
            if (parsed.finished() || parsed.rowsDone() >= shown.get()) {
                shown.set(Math.max(shown.get(), parsed.rowsDone()));
                forward(emitter, event);
            }
        }
    }

    private void forward(SseEmitter emitter, String event) {
        try {
            emitter.send(event, MediaType.APPLICATION_JSON);
            if (event.contains("\"finished\":true")) {
                emitter.complete();
            }
        } catch (IOException | IllegalStateException clientGone) {
            emitter.completeWithError(clientGone);
        }
    }

    private static void close(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception ignored) {
            // the listener is gone either way; nothing else holds it
        }
    }
}
