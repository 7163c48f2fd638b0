package dev.synthesis.app.dataset.web;

import dev.synthesis.app.dataset.DatasetDetection;
import dev.synthesis.app.dataset.DetectedDataset;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Proposes tables, keys and relationships from uploaded seeds, one per table; nothing is stored. */
@RestController
class DatasetDetectionController {

    private final DatasetDetection detection;

    DatasetDetectionController(DatasetDetection detection) {
        this.detection = detection;
    }

    @PostMapping("/api/datasets/detect")
    DetectedDataset detect(@Valid @RequestBody DetectRequest request) {
        return detection.detect(request.seedIds());
    }
}
