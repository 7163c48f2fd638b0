package dev.synthesis.app.deployment;

import dev.synthesis.app.deployment.internal.Deployment;
import dev.synthesis.app.deployment.internal.DeploymentBatch;
import dev.synthesis.app.deployment.internal.StoredDeployments;
import dev.synthesis.app.generation.Generation;
import dev.synthesis.app.generation.GenerationJobId;
import dev.synthesis.app.generation.GenerationStatus;
import dev.synthesis.app.generation.GenerationView;
import dev.synthesis.app.schema.SchemaCatalog;
import dev.synthesis.app.schema.SchemaId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Deployments as clients see them, with their schema's name and each batch's job status; a list
 * reads the batches, the jobs and the names of all its deployments in one query each.
 */
@Component
class DeploymentViews {

    private final StoredDeployments deployments;
    private final Generation generation;
    private final SchemaCatalog schemas;

    DeploymentViews(StoredDeployments deployments, Generation generation, SchemaCatalog schemas) {
        this.deployments = deployments;
        this.generation = generation;
        this.schemas = schemas;
    }

    DeploymentView of(Deployment deployment) {
        return all(List.of(deployment)).getFirst();
    }

    List<DeploymentView> all(List<Deployment> list) {
        Map<UUID, List<DeploymentBatch>> batches = deployments.batches(list.stream().map(Deployment::id).toList()).stream()
                .collect(Collectors.groupingBy(DeploymentBatch::deploymentId));
        Map<UUID, GenerationStatus> statuses = generation.statuses(batches.values().stream().flatMap(List::stream)
                        .map(batch -> new GenerationJobId(batch.generationJobId())).toList()).stream()
                .collect(Collectors.toMap(job -> job.id().value(), GenerationView::status));
        Map<SchemaId, String> names = schemas.names(list.stream().map(d -> new SchemaId(d.schemaId())).collect(Collectors.toSet()));
        return list.stream().map(d -> view(d, batches.getOrDefault(d.id(), List.of()), statuses,
                names.getOrDefault(new SchemaId(d.schemaId()), ""))).toList();
    }

    /** Generation jobs are never deleted, so every batch's job is found. */
    private static DeploymentView view(Deployment d, List<DeploymentBatch> batches, Map<UUID, GenerationStatus> statuses,
            String schemaName) {
        List<DeploymentView.Batch> produced = batches.stream()
                .map(b -> new DeploymentView.Batch(b.day(), b.batchDate(), b.generationJobId(), statuses.get(b.generationJobId())))
                .toList();
        return new DeploymentView(d.id(), d.schemaId(), schemaName, d.schemaVersion(), d.recordsPerDay(), d.days(), d.startDate(),
                d.seed(), d.format(), d.gzip(), d.dateField(), d.nextDay(), d.status(), produced);
    }
}
