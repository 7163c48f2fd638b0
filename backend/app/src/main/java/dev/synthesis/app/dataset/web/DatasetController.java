package dev.synthesis.app.dataset.web;

import dev.synthesis.app.dataset.DatasetDraft;
import dev.synthesis.app.dataset.DatasetView;
import dev.synthesis.app.dataset.Datasets;
import dev.synthesis.app.request.SortKeys;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Datasets of existing schemas: create, read, list (paged like schemas), update (a new version) and delete. */
@RestController
@RequestMapping("/api/datasets")
class DatasetController {

    private static final SortKeys SORTABLE = new SortKeys("name", "createdAt", "updatedAt");

    private final Datasets datasets;

    DatasetController(Datasets datasets) {
        this.datasets = datasets;
    }

    @PostMapping
    ResponseEntity<DatasetView> create(@Valid @RequestBody DatasetDraft draft, Authentication caller) {
        DatasetView created = datasets.create(draft, caller.getName());
        return ResponseEntity.created(URI.create("/api/datasets/" + created.id())).body(created);
    }

    @GetMapping
    PagedModel<DatasetView> list(Pageable pageable) {
        return new PagedModel<>(datasets.list(SORTABLE.check(pageable)));
    }

    @GetMapping("/{id}")
    DatasetView get(@PathVariable UUID id) {
        return datasets.get(id);
    }

    @PutMapping("/{id}")
    DatasetView update(@PathVariable UUID id, @Valid @RequestBody DatasetDraft draft, Authentication caller) {
        return datasets.update(id, draft, caller.getName());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        datasets.delete(id);
        return ResponseEntity.noContent().build();
    }
}
