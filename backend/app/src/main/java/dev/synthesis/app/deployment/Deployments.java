package dev.synthesis.app.deployment;

import dev.synthesis.app.deployment.internal.Deployment;
import dev.synthesis.app.deployment.internal.DeploymentBatch;
import dev.synthesis.app.deployment.internal.DeploymentBatches;
import dev.synthesis.app.deployment.internal.DeploymentSchedule;
import dev.synthesis.app.deployment.internal.StoredDeployments;
import dev.synthesis.app.generation.Generation;
import dev.synthesis.app.generation.GenerationView;
import dev.synthesis.app.schema.SchemaCatalog;
import dev.synthesis.app.schema.SchemaId;
import dev.synthesis.app.storage.ObjectKeys;
import dev.synthesis.app.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deployment feature's API. Batch d covers rows [d·R, (d+1)·R) of the deployment's model with
 * one seed, so unique values never repeat across days, and it lands under a key dated with its day.
 */
@Service
public class Deployments {

    private final StoredDeployments deployments;
    private final DeploymentBatches batches;
    private final DeploymentSchedule schedule;
    private final DeploymentPlanner planner;
    private final DeploymentViews views;
    private final Generation generation;
    private final SchemaCatalog schemas;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Deployments(StoredDeployments deployments, DeploymentBatches batches, DeploymentSchedule schedule,
            DeploymentPlanner planner, DeploymentViews views, Generation generation, SchemaCatalog schemas, TransactionTemplate transactions,
            Clock clock) {
        this.deployments = deployments;
        this.batches = batches;
        this.schedule = schedule;
        this.planner = planner;
        this.views = views;
        this.generation = generation;
        this.schemas = schemas;
        this.transactions = transactions;
        this.clock = clock;
    }

    public DeploymentView deploy(SchemaId schemaId, DeploymentRequest request, String actor) {
        var plan = planner.plan(schemas.get(schemaId), request);
        return transactions.execute(status -> {
            Deployment deployment = deployments.save(new Deployment(plan, TenantContext.require().value(), actor, clock.instant()));
            schedule.dueOn(deployment.id(), deployment.startDate());
            return views.of(deployment);
        });
    }

    public DeploymentView get(UUID id) {
        return transactions.execute(status -> views.of(find(id)));
    }

    /** The tenant's deployments, newest first; only the schema's when one is given. */
    public Page<DeploymentView> list(Optional<SchemaId> schema, Pageable page) {
        Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "createdAt"));
        return transactions.execute(status -> {
            Page<Deployment> found = schema.map(id -> deployments.findBySchemaId(id.value(), newestFirst))
                    .orElseGet(() -> deployments.findAll(newestFirst));
            return new PageImpl<>(views.all(found.getContent()), found.getPageable(), found.getTotalElements());
        });
    }

    /** Produces the next day's batch now, whatever the schedule says. */
    public DeploymentView runNext(UUID id, String actor) {
        return run(id, actor, false);
    }

    /**
     * Produces the next batch if its day has come. Checked under the row lock, so two schedulers
     * (two app instances) that both saw it due cannot run a later day early.
     */
    public void runIfDue(UUID id, String actor) {
        run(id, actor, true);
    }

    private DeploymentView run(UUID id, String actor, boolean onlyIfDue) {
        Deployment taken = transactions.execute(status -> takeDay(id, onlyIfDue));
        if (taken == null) {
            return get(id);
        }
        int day = taken.nextDay() - 1;
        GenerationView job;
        try {
            job = generation.startBatch(new SchemaId(taken.schemaId()), taken.schemaVersion(), planner.batch(taken, day,
                    ObjectKeys.deploymentBatch(id, taken.dateOf(day))), actor);
        } catch (RuntimeException refused) {
            transactions.executeWithoutResult(status -> giveBack(id));
            throw refused;
        }
        return transactions.execute(status -> {
            batches.save(new DeploymentBatch(new DeploymentBatch.Key(id, day), TenantContext.require().value(),
                    taken.dateOf(day), job.id().value(), clock.instant()));
            return views.of(find(id));
        });
    }

    /** The deployment with its next day taken, or null when only a due day may be taken and it is not due. */
    private Deployment takeDay(UUID id, boolean onlyIfDue) {
        Deployment deployment = deployments.lock(id).orElseThrow(() -> new DeploymentNotFound(id));
        if (deployment.finished()) {
            throw new DeploymentFinished(id, deployment.days());
        }
        if (onlyIfDue && deployment.dateOf(deployment.nextDay()).isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            return null;
        }
        deployment.takeNextDay();
        if (deployment.finished()) {
            schedule.done(id);
        } else {
            schedule.dueOn(id, deployment.dateOf(deployment.nextDay()));
        }
        return deployments.save(deployment);
    }

    private void giveBack(UUID id) {
        Deployment deployment = deployments.lock(id).orElseThrow(() -> new DeploymentNotFound(id));
        deployment.returnDay();
        schedule.dueOn(id, deployment.dateOf(deployment.nextDay()));
        deployments.save(deployment);
    }

    private Deployment find(UUID id) {
        return deployments.findById(id).orElseThrow(() -> new DeploymentNotFound(id));
    }
}
