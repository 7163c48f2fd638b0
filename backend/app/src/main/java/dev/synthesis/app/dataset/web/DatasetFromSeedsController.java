package dev.synthesis.app.dataset.web;

import dev.synthesis.app.dataset.DatasetDetection;
import dev.synthesis.app.dataset.DatasetView;
import dev.synthesis.app.dataset.Datasets;
import dev.synthesis.app.dataset.DetectedDataset;
import dev.synthesis.app.seed.SeedId;
import dev.synthesis.app.seed.SeedLibrary;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** From uploaded seeds to a dataset: detection proposes tables, keys and relationships; the user saves them. */
@RestController
class DatasetFromSeedsController {

    private final DatasetDetection detection;
    private final Datasets datasets;
    private final SeedLibrary seeds;

    DatasetFromSeedsController(DatasetDetection detection, Datasets datasets, SeedLibrary seeds) {
        this.detection = detection;
        this.datasets = datasets;
        this.seeds = seeds;
    }

    @PostMapping("/api/datasets/detect")
    DetectedDataset detect(@Valid @RequestBody DetectRequest request) {
        return detection.detect(request.seedIds());
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
