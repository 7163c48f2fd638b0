package dev.synthesis.app.deployment;

import dev.synthesis.app.deployment.internal.DeploymentScheduler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Looks for due batches every {@code synthesis.deployments.poll-interval} (one minute by default). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeploymentClock {

    private final DeploymentScheduler scheduler;
    private final Deployments deployments;

    DeploymentClock(DeploymentScheduler scheduler, Deployments deployments) {
        this.scheduler = scheduler;
        this.deployments = deployments;
    }

    @Scheduled(fixedDelayString = "${synthesis.deployments.poll-interval:60s}", initialDelayString = "${synthesis.deployments.poll-interval:60s}")
    void runDueBatches() {
        scheduler.runDue(deployments::runIfDue);
    }
}
