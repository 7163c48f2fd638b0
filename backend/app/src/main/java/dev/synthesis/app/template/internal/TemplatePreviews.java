package dev.synthesis.app.template.internal;

import dev.synthesis.app.template.Template;
import dev.synthesis.engine.dataset.DatasetModel;
import dev.synthesis.engine.dataset.DatasetPlan;
import dev.synthesis.engine.dataset.DatasetSynthesizer;
import dev.synthesis.engine.generate.TrainingOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A few rows of every table of a template, generated from the template alone. Templates do not change
 * while the app runs, so each preview is made once, on its first request, and kept.
 */
@Component
public class TemplatePreviews {

    static final int ROWS_PER_TABLE = 5;
    /** Enough parents that a table whose parents often have no children (claims per policy) still shows rows. */
    static final long ROOT_ROWS = 20;
    private static final long SEED = 1;

    private final Map<String, Map<String, List<Map<String, Object>>>> previews = new ConcurrentHashMap<>();
    private final JsonMapper mapper;

    TemplatePreviews(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** Up to {@value #ROWS_PER_TABLE} rows per table, each field's value as the download writes it (JSON values as JSON). */
    public Map<String, List<Map<String, Object>>> of(Template template) {
        return previews.computeIfAbsent(template.id(), id -> generate(template));
    }

    private Map<String, List<Map<String, Object>>> generate(Template template) {
        DatasetModel model = DatasetSynthesizer.train(template.dataset(), Map.of(), TrainingOptions.DEFAULT);
        Map<String, Long> roots = model.rootTables().stream().collect(Collectors.toMap(Function.identity(), table -> ROOT_ROWS));
        DatasetPlan plan = model.plan(SEED, roots, Long.MAX_VALUE);
        PreviewSinks sinks = new PreviewSinks(template.dataset(), mapper, ROWS_PER_TABLE);
        for (int part = 0; part < plan.parts().size(); part++) {
            model.generate(SEED, plan, part, sinks);
        }
        return sinks.rows();
    }
}
