package dev.synthesis.app.seed.web;

import dev.synthesis.app.schema.SchemaCatalog;
import dev.synthesis.app.schema.SchemaId;
import dev.synthesis.app.schema.SchemaView;
import dev.synthesis.app.seed.SeedId;
import dev.synthesis.app.seed.SeedLibrary;
import dev.synthesis.app.seed.SeedValidation;
import dev.synthesis.engine.schema.DataSchema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Where seeds meet schemas: a schema made from a seed's detection, and a seed checked against a schema. */
@RestController
class SchemaFromSeedController {

    private final SeedLibrary seeds;
    private final SchemaCatalog schemas;

    SchemaFromSeedController(SeedLibrary seeds, SchemaCatalog schemas) {
        this.seeds = seeds;
        this.schemas = schemas;
    }

    /**
     * Saves the detected schema. The body may carry the user's edited version of it as
     * {@code schema}, or just a {@code name}/{@code description}/{@code domain} for the detected one.
     */
    @PostMapping("/api/seeds/{id}/schema")
    ResponseEntity<Map<String, Object>> createSchema(@PathVariable UUID id,
            @Valid @RequestBody(required = false) SchemaFromSeedRequest request, Authentication caller) {
        SchemaFromSeedRequest edits = request == null ? SchemaFromSeedRequest.NONE : request;
        DataSchema definition = edits.apply(seeds.profile(new SeedId(id)).schema());
        SchemaView created = schemas.create(definition, id, caller.getName());
        return ResponseEntity.created(URI.create("/api/schemas/" + created.id()))
                .eTag(created.etag())
                .body(Map.of("id", created.id().value(), "version", created.version(), "schema", created.definition()));
    }

    /** Checks every row of a seed against the schema's current version. Body: {@code {"seedId": "..."}}. */
    @PostMapping("/api/schemas/{id}/validate")
    SeedValidation validate(@PathVariable UUID id, @Valid @RequestBody ValidateRequest request) {
        DataSchema schema = schemas.get(new SchemaId(id)).definition();
        return seeds.validate(new SeedId(request.seedId()), schema);
    }

    /** @param seedId the seed to validate against this schema */
    record ValidateRequest(@NotNull(message = "is required: the seed to validate against this schema") UUID seedId) {}
}
