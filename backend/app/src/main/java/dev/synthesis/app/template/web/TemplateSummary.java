package dev.synthesis.app.template.web;

import dev.synthesis.app.template.Template;
import dev.synthesis.engine.dataset.DatasetSchema;
import java.util.List;

/** A template as the gallery lists it: what it is about and how big it is, without its definition. */
record TemplateSummary(String id, String title, String summary, String domain, List<Table> tables, int relationshipCount) {

    record Table(String name, int fieldCount) {}

    static TemplateSummary of(Template template) {
        DatasetSchema dataset = template.dataset();
        List<Table> tables = dataset.tables().stream().map(table -> new Table(table.name(), table.fields().size())).toList();
        return new TemplateSummary(template.id(), template.title(), template.summary(), dataset.domain(), tables,
                dataset.relationships().size());
    }
}
