package dev.synthesis.app.template.web;

import dev.synthesis.app.dataset.DatasetView;
import dev.synthesis.app.template.Template;
import dev.synthesis.app.template.TemplateCatalog;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/templates")
class TemplateController {

    private final TemplateCatalog catalog;

    TemplateController(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<TemplateSummary> list() {
        return catalog.list().stream().map(TemplateSummary::of).toList();
    }

    @GetMapping("/{id}")
    TemplateDetail get(@PathVariable String id) {
        Template template = catalog.get(id);
        return TemplateDetail.of(template, catalog.preview(id));
    }

    /** The body is optional: without one (or without a name) the dataset is named after the template. */
    @PostMapping("/{id}/instantiate")
    ResponseEntity<DatasetView> instantiate(@PathVariable String id, @Valid @RequestBody(required = false) InstantiateRequest request,
            Authentication caller) {
        DatasetView created = catalog.instantiate(id, request == null ? null : request.name(), caller.getName());
        return ResponseEntity.created(URI.create("/api/datasets/" + created.id())).body(created);
    }
}
