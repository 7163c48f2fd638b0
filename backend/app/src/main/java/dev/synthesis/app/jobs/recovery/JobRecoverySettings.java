package dev.synthesis.app.jobs.recovery;

import jakarta.validation.constraints.AssertTrue;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How instances tell a dead job from a busy one.
 *
 * @param instanceId        this instance's name; an instance that restarts under the same name
 *                          resumes its own jobs at once instead of after the timeout (default:
 *                          host name and server port)
 * @param heartbeatInterval how often an instance beats for its jobs and looks for abandoned ones
 * @param heartbeatTimeout  a heartbeat older than this means its instance is gone; it must exceed
 *                          the longest pause a live instance may have (GC, CPU starvation)
 */
@Validated
@ConfigurationProperties("synthesis.jobs")
public record JobRecoverySettings(
        String instanceId,
        @DefaultValue("10s") Duration heartbeatInterval,
        @DefaultValue("60s") Duration heartbeatTimeout) {

    @AssertTrue(message = "synthesis.jobs.heartbeat-timeout must be at least three heartbeat intervals")
    public boolean isTimeoutAboveThreeBeats() {
        return heartbeatTimeout.compareTo(heartbeatInterval.multipliedBy(3)) >= 0;
    }
}
