package dev.synthesis.app.dataset;

import dev.synthesis.app.problem.InvalidRequest;
import dev.synthesis.engine.dataset.DatasetModel;
import dev.synthesis.engine.dataset.DatasetPlan;
import dev.synthesis.engine.dataset.DatasetSchema;
import dev.synthesis.engine.dataset.DatasetSynthesizer;
import dev.synthesis.engine.generate.TrainingOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A few rows of every table of a dataset, from its schemas alone, synchronously. The engine generates
 * {@code rows} root rows per root table and all their descendants; {@link PreviewRows} then keeps
 * at most {@code rows} rows per table whose foreign keys point at kept rows, so what is shown is
 * itself a consistent little dataset.
 */
@Component
public class DatasetPreview {

    /** A preview is read by a person: twenty rows per table are plenty, and thirty tables of them stay small. */
    public static final int MAX_ROWS = 20;

    /**
     * Declared children counts multiply down a tree (20 customers x 1,000 accounts x 1,000 transactions);
     * a preview that would generate more than this many rows is refused rather than left to run.
     */
    static final long MAX_GENERATED_ROWS = 200_000;

    /** Rows of each table as the download writes them (text, null where missing), tables in the dataset's order. */
    public Map<String, List<Map<String, String>>> rows(DatasetSchema dataset, int rows, long seed) {
        DatasetModel model = DatasetSynthesizer.train(dataset, Map.of(), TrainingOptions.DEFAULT);
        DatasetPlan plan = model.plan(seed, model.rootTables().stream().collect(Collectors.toMap(table -> table, table -> (long) rows)),
                Long.MAX_VALUE);
        if (plan.totalRows() > MAX_GENERATED_ROWS) {
            throw new InvalidRequest("rows", rows + " root rows make " + plan.totalRows() + " rows in all the tables; a preview makes at most "
                    + MAX_GENERATED_ROWS + ", so ask for fewer rows or declare fewer children per parent");
        }
        Map<String, List<Object[]>> generated = new HashMap<>();
        for (int part = 0; part < plan.parts().size(); part++) {
            model.generate(seed, plan, part, table -> {
                List<Object[]> kept = generated.computeIfAbsent(table, name -> new ArrayList<>());
                // the engine may reuse the array once the sink returns
                return row -> kept.add(row.clone());
            });
        }
        return PreviewRows.consistent(dataset, generated, rows);
    }
}
