package dev.synthesis.app.schema.web;

import dev.synthesis.app.request.SortKeys;
import dev.synthesis.app.schema.SchemaCatalog;
import dev.synthesis.app.schema.SchemaId;
import dev.synthesis.app.schema.SchemaVersionSummary;
import dev.synthesis.app.schema.SchemaView;
import dev.synthesis.engine.schema.DataSchema;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schemas")
class SchemaController {

    private static final SortKeys SORTABLE = new SortKeys("name", "createdAt", "updatedAt");

    private final SchemaCatalog catalog;

    SchemaController(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping
    ResponseEntity<SchemaResponse> create(@RequestBody DataSchema definition, Authentication caller) {
        SchemaView created = catalog.create(definition, caller.getName());
        return ResponseEntity.created(URI.create("/api/schemas/" + created.id()))
                .eTag(created.etag())
                .body(SchemaResponse.of(created));
    }

    @GetMapping
    PagedModel<SchemaResponse> list(Pageable pageable) {
        return new PagedModel<>(catalog.list(SORTABLE.check(pageable)).map(SchemaResponse::of));
    }

    @GetMapping("/{id}")
    ResponseEntity<SchemaResponse> get(@PathVariable UUID id) {
        return withTag(catalog.get(new SchemaId(id)));
    }

    @PutMapping("/{id}")
    ResponseEntity<SchemaResponse> update(@PathVariable UUID id, @RequestBody DataSchema definition,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication caller) {
        return withTag(catalog.update(new SchemaId(id), VersionTags.required(ifMatch), definition, caller.getName()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        catalog.delete(new SchemaId(id), VersionTags.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/versions")
    List<SchemaVersionSummary> versions(@PathVariable UUID id) {
        return catalog.history(new SchemaId(id));
    }

    @GetMapping("/{id}/versions/{version}")
    ResponseEntity<SchemaResponse> version(@PathVariable UUID id, @PathVariable @Positive int version) {
        return withTag(catalog.version(new SchemaId(id), version));
    }

    private static ResponseEntity<SchemaResponse> withTag(SchemaView view) {
        return ResponseEntity.ok().eTag(view.etag()).body(SchemaResponse.of(view));
    }
}
