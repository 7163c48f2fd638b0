package dev.synthesis.app.deployment.web;

import dev.synthesis.app.deployment.DeploymentRequest;
import dev.synthesis.app.deployment.DeploymentView;
import dev.synthesis.app.deployment.Deployments;
import dev.synthesis.app.schema.SchemaId;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DeploymentController {

    private final Deployments deployments;

    DeploymentController(Deployments deployments) {
        this.deployments = deployments;
    }

    /** Deploys the schema's current version: one batch of its target volume a day, from the start date on. */
    @PostMapping("/api/schemas/{id}/deployments")
    ResponseEntity<DeploymentView> deploy(@PathVariable UUID id, @Valid @RequestBody(required = false) DeploymentRequest request,
            Authentication caller) {
        DeploymentRequest asked = request == null ? new DeploymentRequest(null, null, null, null, null, null, null) : request;
        DeploymentView deployment = deployments.deploy(new SchemaId(id), asked, caller.getName());
        return ResponseEntity.created(URI.create("/api/deployments/" + deployment.id())).body(deployment);
    }

    /** The tenant's deployments, newest first (a sort parameter is ignored); {@code schemaId} narrows to one schema. */
    @GetMapping("/api/deployments")
    PagedModel<DeploymentView> list(@RequestParam(required = false) UUID schemaId, Pageable pageable) {
        return new PagedModel<>(deployments.list(Optional.ofNullable(schemaId).map(SchemaId::new), pageable));
    }

    @GetMapping("/api/deployments/{id}")
    DeploymentView get(@PathVariable UUID id) {
        return deployments.get(id);
    }

    /** Produces the next day's batch now (for tests and demos); 409 once every day is produced. */
    @PostMapping("/api/deployments/{id}/run-next")
    ResponseEntity<DeploymentView> runNext(@PathVariable UUID id, Authentication caller) {
        return ResponseEntity.accepted().body(deployments.runNext(id, caller.getName()));
    }
}
