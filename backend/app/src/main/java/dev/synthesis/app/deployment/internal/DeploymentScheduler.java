package dev.synthesis.app.deployment.internal;

import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.Tenants;
import java.util.function.BiConsumer;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs every due batch, each as its deployment's tenant; one failing deployment does not stop the
 * others. A suspended tenant's batches stay due and run once it is resumed, a day per poll.
 */
@Component
public class DeploymentScheduler {

    private static final Logger log = LoggerFactory.getLogger(DeploymentScheduler.class);

    private final DeploymentSchedule schedule;
    private final Tenants tenants;

    DeploymentScheduler(DeploymentSchedule schedule, Tenants tenants) {
        this.schedule = schedule;
        this.tenants = tenants;
    }

    public void runDue(BiConsumer<UUID, String> runNext) {
        for (DeploymentSchedule.Due due : schedule.due()) {
            try {
                TenantContext.callAs(due.tenant(), () -> {
                    if (!tenants.isSuspended(due.tenant())) {
                        runNext.accept(due.deploymentId(), "scheduler");
                    }
                    return null;
                });
            } catch (RuntimeException failed) {
                log.warn("Scheduled batch of deployment {} failed: {}", due.deploymentId(), failed.getMessage());
            }
        }
    }
}
