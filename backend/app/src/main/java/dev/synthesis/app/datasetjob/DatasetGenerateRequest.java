package dev.synthesis.app.datasetjob;

import dev.synthesis.app.request.LongOrDigits;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What to generate from a dataset.
 *
 * @param rootRows rows per root table (a table no relationship nests under a parent); absent: as
 *                 many as the seeds had, or the table's target volume for a schema-only model. Children
 *                 follow from the learned children per parent
 * @param seed     seed for reproducible output; random when absent. A string or a number, as for single-table jobs
 * @param format   csv (default), jsonl, xlsx or sql
 */
public record DatasetGenerateRequest(
        Map<String, Long> rootRows,
        @JsonDeserialize(using = LongOrDigits.class) @Schema(type = "string", format = "int64", example = "8072165390114558381") Long seed,
        DatasetFormat format) {

    public DatasetFormat formatOrDefault() {
        return format == null ? DatasetFormat.CSV : format;
    }
}
