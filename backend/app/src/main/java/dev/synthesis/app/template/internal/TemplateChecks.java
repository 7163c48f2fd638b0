package dev.synthesis.app.template.internal;

import dev.synthesis.app.template.Template;
import dev.synthesis.engine.dataset.DatasetSchema;
import dev.synthesis.engine.schema.DataSchema;
import java.util.ArrayList;
import java.util.List;

/** What a shipped template must satisfy: named after its file, every table and the dataset valid, default volumes for known tables. */
final class TemplateChecks {

    private TemplateChecks() {}

    static void requireValid(Template template, String fileName) {
        List<String> problems = problems(template, fileName);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("template '" + template.id() + "' (" + fileName + ") is invalid: " + String.join("; ", problems));
        }
    }

    static List<String> problems(Template template, String fileName) {
        List<String> problems = new ArrayList<>();
        if (!fileName.equals(template.id() + ".json")) {
            problems.add("its id must be its file name without .json");
        }
        DatasetSchema dataset = template.dataset();
        for (DataSchema table : dataset.tables()) {
            table.violations().forEach(violation -> problems.add("table " + table.name() + ": " + violation));
        }
        problems.addAll(dataset.violations());
        template.defaultRootRows().forEach((table, rows) -> {
            if (dataset.table(table).isEmpty() || rows == null || rows < 1) {
                problems.add("defaultRootRows names " + table + ", which is not a table, or a count below 1");
            }
        });
        return problems;
    }
}
