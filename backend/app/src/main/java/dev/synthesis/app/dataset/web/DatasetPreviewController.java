package dev.synthesis.app.dataset.web;

import dev.synthesis.app.dataset.DatasetPreview;
import dev.synthesis.app.dataset.Datasets;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A few related rows of every table before any job: from the tables' schemas alone. */
@RestController
class DatasetPreviewController {

    private final Datasets datasets;
    private final DatasetPreview preview;

    DatasetPreviewController(Datasets datasets, DatasetPreview preview) {
        this.datasets = datasets;
        this.preview = preview;
    }

    /** {@code rows} root rows per root table and at most that many rows per table, every foreign key among the parents shown. */
    @PostMapping("/api/datasets/{id}/preview")
    Map<String, Map<String, List<Map<String, String>>>> preview(@PathVariable UUID id,
            @RequestParam(defaultValue = "5") @Min(1) @Max(DatasetPreview.MAX_ROWS) int rows,
            @RequestParam(defaultValue = "1") long seed) {
        return Map.of("tables", preview.rows(datasets.definition(id), rows, seed));
    }
}
