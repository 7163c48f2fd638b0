package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.generation.GenerationSettings;
import dev.synthesis.app.problem.InvalidRequest;
import dev.synthesis.engine.dataset.DatasetModel;
import dev.synthesis.engine.dataset.DatasetPlan;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans a job's rows: as many parts as single-table jobs of the same size would have (at most
 * {@link #MAX_PARTS}), each a range of root rows with all their descendants. The plan is kept on the
 * job's row, so every part, rerun or not, writes exactly its rows.
 */
@Component
class DatasetPlans {

    static final int MAX_PARTS = 256;

    private final long rowsPerPart;
    private final JsonMapper json;

    DatasetPlans(GenerationSettings settings, JsonMapper json) {
        this.rowsPerPart = settings.rowsPerPartition();
        this.json = json;
    }

    PlannedOutput plan(DatasetModel model, long seed, Map<String, Long> requested) {
        Map<String, Long> rootRows = rootRows(model, requested);
        DatasetPlan plan = model.plan(seed, rootRows, rowsPerPart);
        long rows = plan.totalRows();
        if (plan.parts().size() > MAX_PARTS) {
            plan = model.plan(seed, rootRows, rows / MAX_PARTS + 1);
        }
        if (rows == 0) {
            throw new InvalidRequest("rootRows", "the plan has no rows at all; ask for at least one root row");
        }
        return new PlannedOutput(json.writeValueAsString(plan), rows, plan.parts().size());
    }

    DatasetPlan read(DatasetJob job) {
        return json.readValue(job.plan(), DatasetPlan.class);
    }

    /** The request's root rows, checked; a root table it leaves out gets what the engine gives it (the seed's, else its target volume). */
    private static Map<String, Long> rootRows(DatasetModel model, Map<String, Long> requested) {
        Map<String, Long> asked = requested == null ? Map.of() : requested;
        asked.forEach((table, rows) -> {
            if (!model.rootTables().contains(table)) {
                throw new InvalidRequest("rootRows." + table, "is not a root table of the dataset (roots: "
                        + String.join(", ", model.rootTables()) + "); its rows follow from its parent's");
            }
            if (rows == null || rows < 0) {
                throw new InvalidRequest("rootRows." + table, "must be zero or more");
            }
        });
        return asked;
    }
}
