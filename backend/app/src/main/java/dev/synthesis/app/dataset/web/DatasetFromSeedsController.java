package dev.synthesis.app.dataset.web;

import dev.synthesis.app.dataset.DatasetView;
import dev.synthesis.app.dataset.Datasets;
import dev.synthesis.app.seed.SeedId;
import dev.synthesis.app.seed.SeedLibrary;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A dataset from uploaded seeds, one per table, usually as detection proposed it ({@link DatasetDetectionController}) after the user's edits. */
@RestController
class DatasetFromSeedsController {

    private final Datasets datasets;
    private final SeedLibrary seeds;

    DatasetFromSeedsController(Datasets datasets, SeedLibrary seeds) {
        this.datasets = datasets;
        this.seeds = seeds;
    }

    /** Creates one schema per table (its seed as source) and the dataset, all or nothing. */
    @PostMapping("/api/datasets/from-seeds")
    ResponseEntity<DatasetView> create(@Valid @RequestBody FromSeedsRequest request, Authentication caller) {
        // a seed of another tenant, or none, is refused before anything is created
        request.tables().forEach(table -> seeds.get(new SeedId(table.seedId())));
        DatasetView created = datasets.createWithSchemas(request.name(), request.description(), request.domain(),
                request.drafts(), request.relationshipsOrNone(), caller.getName());
        return ResponseEntity.created(URI.create("/api/datasets/" + created.id())).body(created);
    }
}
