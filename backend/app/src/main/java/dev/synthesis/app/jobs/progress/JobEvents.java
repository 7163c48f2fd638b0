package dev.synthesis.app.jobs.progress;

import dev.synthesis.app.jobs.progress.internal.ProgressKeys;
import dev.synthesis.app.tenancy.TenantContext;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;

/** Listens to one job's events on its tenant's channel, through Boot's listener container (it subscribes on the first listener). */
@Component
public class JobEvents {

    private final RedisMessageListenerContainer listeners;

    JobEvents(RedisMessageListenerContainer listeners) {
        this.listeners = listeners;
    }

    /**
     * Calls {@code onEvent} with each event's JSON until the returned subscription is closed.
     * Fails (unchecked) when Redis cannot be reached, so the caller can fall back to polling.
     */
    public AutoCloseable subscribe(UUID jobId, Consumer<String> onEvent) {
        ChannelTopic topic = new ChannelTopic(ProgressKeys.channel(TenantContext.require(), jobId));
        MessageListener listener = (message, pattern) -> onEvent.accept(new String(message.getBody(), StandardCharsets.UTF_8));
        if (!listeners.isRunning()) {
            listeners.start();
        }
        listeners.addMessageListener(listener, topic);
        return () -> listeners.removeMessageListener(listener, topic);
    }
}
